// The options page's only way to the background: typed requests, validated replies.
import type { Theory } from '../core/theory/theory.ts';
import { browser } from '../shared/browser.ts';
import {
  GetTheoryReply,
  type GetTheoryReply as GetTheoryReplyType,
  SaveTheoryReply,
  type SaveTheoryReply as SaveTheoryReplyType,
} from '../shared/messages.ts';

export async function getTheory(): Promise<GetTheoryReplyType> {
  const reply = GetTheoryReply.safeParse(await browser.runtime.sendMessage({ type: 'get-theory' }));
  if (!reply.success) throw new Error('The background worker sent an unexpected reply.');
  return reply.data;
}

export async function saveTheory(theory: Theory): Promise<SaveTheoryReplyType> {
  const reply = SaveTheoryReply.safeParse(await browser.runtime.sendMessage({ type: 'save-theory', theory }));
  if (!reply.success) throw new Error('The background worker sent an unexpected reply.');
  return reply.data;
}

/**
 * Whether this build knows the local demo board: only the demo build (`npm run build --
 * --demo`, used by `npm start`) has host access to 127.0.0.1, where the board is served.
 */
export function demoBoardAvailable(): boolean {
  const hosts = browser.runtime.getManifest().host_permissions ?? [];
  return hosts.some((h) => h.startsWith('http://127.0.0.1'));
}
