// Where the generic reader waits in the content script's world once injected: a
// property of the isolated world's global, which page script cannot see.
import type { GenericReader } from '../core/extract/generic.ts';

export const GENERIC_READER_KEY = '__missionLensGenericReader';

type Scope = typeof globalThis & { [GENERIC_READER_KEY]?: GenericReader };

export const injectedGenericReader = (): GenericReader | false =>
  (globalThis as Scope)[GENERIC_READER_KEY] ?? false;

export function provideGenericReader(reader: GenericReader): void {
  (globalThis as Scope)[GENERIC_READER_KEY] = reader;
}
