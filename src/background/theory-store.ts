// The theory of change lives under one key in storage.sync, so it follows the user
// between browsers, and under the same key in storage.local, so a sync that is off,
// failing or full never loses it. Reads take whichever copy is newer.
import type { Theory } from '../core/theory/theory.ts';
import { browser } from '../shared/browser.ts';
import type { GetTheoryReply, SaveTheoryReply } from '../shared/messages.ts';
import {
  readTheory,
  THEORY_KEY,
  THEORY_MAX_BYTES,
  TheorySchema,
  theoryBytes,
} from '../shared/theory-schema.ts';

export interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export interface Areas {
  sync: Area;
  local: Area;
}

const defaultAreas = (): Areas => ({ sync: browser.storage.sync, local: browser.storage.local });

async function readArea(area: Area): Promise<{ raw: unknown; error: string | null }> {
  try {
    return { raw: (await area.get(THEORY_KEY))[THEORY_KEY], error: null };
  } catch (error) {
    return { raw: undefined, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function loadTheory(areas: Areas = defaultAreas()): Promise<GetTheoryReply> {
  const [sync, local] = await Promise.all([readArea(areas.sync), readArea(areas.local)]);
  const candidates: { theory: Theory; place: 'sync' | 'local' }[] = [];
  const problems: string[] = [];
  for (const [place, got] of [
    ['sync', sync],
    ['local', local],
  ] as const) {
    if (got.raw === undefined) continue;
    const read = readTheory(got.raw);
    if (read.ok) candidates.push({ theory: read.theory, place });
    else problems.push(`The copy in ${place} storage could not be read: ${read.reason}`);
  }
  // Newest wins; on a tie the synced copy does.
  candidates.sort((a, b) => b.theory.updatedAt - a.theory.updatedAt);
  const best = candidates[0];
  return {
    theory: best?.theory ?? null,
    place: best?.place ?? null,
    problem: best ? null : (problems[0] ?? null),
  };
}

export async function saveTheory(input: Theory, areas: Areas = defaultAreas()): Promise<SaveTheoryReply> {
  const parsed = TheorySchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'The theory is not valid, so nothing was saved.' };
  const theory = parsed.data;
  if (theoryBytes(theory) > THEORY_MAX_BYTES)
    return { ok: false, reason: 'The theory is too long to store; shorten the longer answers.' };
  let localError: string | null = null;
  try {
    await areas.local.set({ [THEORY_KEY]: theory });
  } catch (error) {
    localError = error instanceof Error ? error.message : String(error);
  }
  try {
    await areas.sync.set({ [THEORY_KEY]: theory });
    return { ok: true, place: 'sync', note: null };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (localError) return { ok: false, reason: `Neither sync nor local storage accepted it (${why}).` };
    return { ok: true, place: 'local', note: `Saved on this device only; sync storage refused it (${why}).` };
  }
}
