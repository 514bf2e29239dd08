import type { BrowserContext, LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH: string;
export function chromiumArgs(extensionDir?: string): string[];
export function launchChromium(
  extensionDir?: string,
  options?: Omit<LaunchOptions, 'args' | 'executablePath'> & {
    viewport?: { width: number; height: number } | null;
  },
): Promise<{ context: BrowserContext; profile: string; dispose: () => Promise<void> }>;
