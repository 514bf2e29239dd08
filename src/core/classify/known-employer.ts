// Is the posting's employer one of the known employers (lexicon/known-employers.ts)? The
// employer's name is compared word by word with each entry: it must be the entry, or
// start with it ("Kaiser Permanente Northern California", "Merck & Co., Inc."), never
// merely contain it, so "Health", "Blue" or a name inside another name never matches.
import type { EvidenceSegment } from '../lexicon/healthcare-term.ts';
import { KNOWN_EMPLOYERS, type KnownEmployerGroup } from '../lexicon/known-employers.ts';
import { companyKey } from '../list/company-key.ts';
import type { Customer } from '../types.ts';

export interface KnownEmployer {
  /** The entry as the lexicon spells it. */
  name: string;
  segment: EvidenceSegment;
  /** Who pays it, where its business makes that unmistakable; empty otherwise. */
  customers: readonly Customer[];
}

/** The words of a name, as the saved list keys a company (case, accents, punctuation and legal forms dropped). */
const nameWords = (name: string): string[] => companyKey(name.slice(0, 200)).split('-').filter(Boolean);

// Built on the first lookup, not when the worker starts: a worker woken for the popup or
// the saved list never needs it, and keying 780 names costs a few milliseconds.
let index: ReadonlyMap<string, KnownEmployer> | null = null;
function knownIndex(): ReadonlyMap<string, KnownEmployer> {
  if (index) return index;
  const built = new Map<string, KnownEmployer>();
  for (const [segment, groups] of Object.entries(KNOWN_EMPLOYERS) as [
    EvidenceSegment,
    KnownEmployerGroup[],
  ][]) {
    for (const { names, paidBy = [] } of groups)
      for (const name of names) built.set(nameWords(name).join(' '), { name, segment, customers: paidBy });
  }
  index = built;
  return built;
}

/** The known employer `company` is (the longest entry its name starts with), or null. */
export function knownEmployer(company: string | null | undefined): KnownEmployer | null {
  if (!company) return null;
  const words = nameWords(company);
  const entries = knownIndex();
  for (let n = words.length; n > 0; n--) {
    const hit = entries.get(words.slice(0, n).join(' '));
    if (hit) return hit;
  }
  return null;
}
