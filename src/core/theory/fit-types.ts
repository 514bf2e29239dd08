// How a posting sits against the user's theory of change. Produced by the comparison in
// src/core/theory (run by the background worker), shown by the popup and by the in-page
// cards. Every verdict carries its reason: no unexplained score.

export type FitVerdict = 'aligned' | 'tension' | 'unknown';

export interface FitItem {
  /** What is compared: a claim theme, a business-model trait (who pays, how), a tell
   * (lexicon/tells.ts) that a red line names, or a red line in the user's own words that
   * a posting sentence comes close to. */
  kind: 'theme' | 'customer' | 'revenue' | 'tell' | 'red-line';
  key: string;
  verdict: FitVerdict;
  /** One plain sentence: why aligned, which refused tradeoff or red line, or what to ask. */
  reason: string;
  /** True when a red line of the user's is hit. */
  redLine: boolean;
  /** The posting shows a practice a red line names, without showing that the company
   * crosses it: a question to ask first (`verdict` is then `unknown`). */
  mayCross?: boolean;
  /** A short name for `key` ("Access to care", "Paid by health plans"). */
  label?: string;
  /** The whole posting sentence that `reason` quotes, when it quotes one: a card on another
   * claim of the same theme then says it is quoting another sentence. */
  quotes?: string;
}

export interface Comparison {
  overall: 'aligned' | 'mixed' | 'tension' | 'unknown';
  /** Readable in five seconds. */
  summary: string;
  items: FitItem[];
  /** How `overall` was reached, one short sentence per step. */
  reasoning?: string[];
  /** Tradeoffs worth weighing for this posting under this theory, most pressing first. */
  prompts?: string[];
  /** Questions to ask, ranked: red lines and refused tradeoffs, then unknowns, then the rest. */
  questions?: string[];
  /** False when the user has not written a theory yet; then `items` is empty. */
  hasTheory?: boolean;
}
