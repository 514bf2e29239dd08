import type { Segment } from '../types.ts';

/** The segments a piece of evidence can point to: a healthcare segment, or away from healthcare. */
export type EvidenceSegment = Exclude<Segment, 'unclear'>;

/**
 * One piece of vocabulary the healthcare classifier weighs.
 *
 * `weight` is in log-odds units: positive points towards a healthcare employer, negative away
 * from it. A term counts once per posting however often it appears (repeats only add a small,
 * capped bonus), so a long posting cannot win on one word said many times.
 */
export interface HealthcareTerm {
  /** What the user sees as evidence when the page's own wording is not used. */
  label: string;
  /** Regular-expression sources, matched whole-word and case-insensitively unless `caseSensitive`. */
  patterns: readonly string[];
  weight: number;
  segment: EvidenceSegment | null;
  /** Acronyms such as "NHS" or "RN" that are ordinary words in lower case. */
  caseSensitive?: boolean;
}

export const MAX_TERM_WEIGHT = 5;
