// V8 runs a regex the first time in its bytecode interpreter and compiles it to machine
// code on the second run. For the big alternations the analysis builds (every purpose cue
// in one pattern, a lexicon's terms in one scan) the bytecode step alone costs tens of
// milliseconds, and the background worker pays it again at every cold start: Chrome stops
// it after half a minute idle, so most postings find it cold. A first run on a subject of
// 1,000 characters or more goes straight to machine code (V8's tier-up heuristic for long
// subjects), which these patterns need anyway: each is tested on every sentence. Measured
// in Node on a 400-term alternation: 35-54 ms for the first run and 12-19 ms for the second
// on sentences, 13 ms in all after this.

const LONG_SUBJECT = ' '.repeat(1_024);

/** `re`, run once on a long subject so that its machine code is there before first use. */
export function compiledNow(re: RegExp): RegExp {
  re.test(LONG_SUBJECT);
  re.lastIndex = 0;
  return re;
}
