// How a posting sits against the user's theory of change. Produced by the comparison in
// src/core/theory (run by the background worker), shown by the popup and by the in-page
// cards. Every verdict carries its reason: no unexplained score.

export type FitVerdict = 'aligned' | 'tension' | 'unknown';

export interface FitItem {
  /** What is compared: a claim theme, or a business-model trait (who pays, how). */
  kind: 'theme' | 'customer' | 'revenue';
  key: string;
  verdict: FitVerdict;
  /** One plain sentence: why aligned, which refused tradeoff or red line, or what to ask. */
  reason: string;
  /** True when a red line of the user's is hit. */
  redLine: boolean;
}

export interface Comparison {
  overall: 'aligned' | 'mixed' | 'tension' | 'unknown';
  /** Readable in five seconds. */
  summary: string;
  items: FitItem[];
}
