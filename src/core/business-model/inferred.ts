// How the evidence marks what was inferred rather than stated: written by infer.ts, read
// by the comparison, which lets only stated evidence cross a red line outright.
const PREFIX = '(inferred) ';

export const inferred = (why: string): string => `${PREFIX}${why}`;

export const isInferred = (evidence: string): boolean => evidence.startsWith(PREFIX);

/** The evidence without its mark, for quoting. */
export const withoutMark = (evidence: string): string =>
  isInferred(evidence) ? evidence.slice(PREFIX.length) : evidence;
