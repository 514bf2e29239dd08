// Splits a posting's description into sentences and says, for each, how much it speaks for
// the employer's business: boilerplate (benefits, pay, EEO: not at all), the employer talking
// about itself ("we", "our", its name, an "About us" section: the most), or the job's duties.
import {
  BENEFIT_OFFER_PATTERNS,
  BENEFIT_WORD_PATTERNS,
  BOILERPLATE_HEADING_PATTERNS,
  BOILERPLATE_SENTENCE_PATTERNS,
  JOB_HEADING_PATTERNS,
  SELF_HEADING_PATTERNS,
} from '../lexicon/healthcare-boilerplate.ts';
import { anyOf } from './term-matcher.ts';

/**
 * boilerplate: benefits, pay, legal text; aside: other text inside a benefits section (perks
 * sections sometimes carry a line about the work); self: the employer about itself; plain: the rest.
 */
export type SentenceContext = 'boilerplate' | 'aside' | 'self' | 'identity' | 'plain';

export interface Sentence {
  start: number;
  end: number;
  context: SentenceContext;
}

const BOILERPLATE_SENTENCE = anyOf(BOILERPLATE_SENTENCE_PATTERNS, 'g');
const BENEFIT_WORD = anyOf(BENEFIT_WORD_PATTERNS, 'g');
const BENEFIT_OFFER = anyOf(BENEFIT_OFFER_PATTERNS, 'g');
const headingRegex = (patterns: readonly string[]) =>
  new RegExp(`^(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
// Job headings are checked first: "About the role" must not open an "about us" section.
const JOB_HEADING = headingRegex(JOB_HEADING_PATTERNS);
const BOILERPLATE_HEADING = headingRegex(BOILERPLATE_HEADING_PATTERNS);
const SELF_HEADING = headingRegex(SELF_HEADING_PATTERNS);
const SELF_WORDS = /\b(?:we|we're|we’re|we've|we’ve|our|ours|us)\b/gi;
// The employer saying what it is ("We are a…", "Acme is the world's leading…"): what it
// makes and sells, which speaks for the business more than what one project touches.
const IDENTITY =
  /^\W*(?:we(?: are|'re|’re)|(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s){1,5}(?:\([^)]{1,20}\)\s)?(?:,[^,]{1,80},\s)?(?:is|has been|remains))\s(?:a|an|the|one of|now)\s/u;

const MAX_HEADING_CHARS = 80;
const MAX_HEADING_WORDS = 7;
const SHORT_ITEM_WORDS = 6;
// Splits after ., ! or ? (and any closing quote or bracket) followed by white space.
const SENTENCE_END = /[.!?]+["'”’)\]]*\s+/g;
const LIST_MARKER = /^[\s•*·\-–—#>\d.)]*/u;

// Company-name suffixes and generic words that would make every sentence look self-referential.
const NAME_NOISE =
  /\b(?:inc|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|plc|gmbh|group|holdings|united states|us|usa|uk)\b\.?/giu;
const GENERIC_FIRST_WORDS = new Set([
  'the',
  'health',
  'healthcare',
  'medical',
  'care',
  'community',
  'national',
  'american',
  'united',
  'general',
  'first',
  'new',
  'global',
  'north',
  'south',
  'east',
  'west',
  'central',
  'university',
  'commonwealth',
  'state',
  'county',
  'city',
]);

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for the ways a posting refers to its employer by name, or null if it has none. */
export function companyNameMatcher(company: string | null): RegExp | null {
  if (!company) return null;
  // One regex per name: each posting is read twice (description, employer text) and a
  // user meets one company's postings again and again, and compiling a `u` regex with
  // `\p{L}` costs more than running it. The bound only guards against a hostile page.
  const known = nameMatchers.get(company);
  if (known !== undefined) return known;
  if (nameMatchers.size > 1_000) nameMatchers.clear();
  const made = makeNameMatcher(company);
  nameMatchers.set(company, made);
  return made;
}
const nameMatchers = new Map<string, RegExp | null>();

function makeNameMatcher(company: string): RegExp | null {
  const cleaned = company
    .replace(/\([^)]*\)/g, ' ')
    .replace(NAME_NOISE, ' ')
    .replace(/[^\p{L}\p{N}&' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  if (cleaned.length < 3) return null;
  const forms = [escapeRegex(cleaned)];
  const first = cleaned.split(' ')[0] ?? '';
  if (first.length >= 4 && !GENERIC_FIRST_WORDS.has(first.toLowerCase())) forms.push(escapeRegex(first));
  return new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'giu');
}

type HeadingKind = 'job' | 'boilerplate' | 'self' | 'other';

/** What section a line opens, or null when it is not a heading. */
function headingKind(line: string): HeadingKind | null {
  const text = line.replace(LIST_MARKER, '').trim();
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return null;
  const colon = text.indexOf(':');
  // "Pay Range: $42,673" is a field, not a heading.
  if ((colon !== -1 && colon !== text.length - 1) || /[\d$£€]/.test(text)) return null;
  if (colon === -1 && (/[.!,;]$/.test(text) || text.split(/\s+/).length > MAX_HEADING_WORDS)) return null;
  if (JOB_HEADING.test(text)) return 'job';
  if (BOILERPLATE_HEADING.test(text)) return 'boilerplate';
  if (SELF_HEADING.test(text)) return 'self';
  // An unknown heading that looks like one (ends with a colon, or is in capitals).
  if (colon !== -1 || (text === text.toUpperCase() && /\p{Lu}/u.test(text))) return 'other';
  return null;
}

/** "Benefits: medical, dental" or "Disclaimer: ..." on one line. */
function isBoilerplateField(line: string): boolean {
  const text = line.replace(LIST_MARKER, '').trim();
  const colon = text.indexOf(':');
  return colon > 0 && colon < MAX_HEADING_CHARS && BOILERPLATE_HEADING.test(text.slice(0, colon));
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/**
 * Where a pattern occurs in the whole text, asked about sentences in text order: one scan
 * per pattern instead of one per sentence.
 */
class Occurrences {
  private readonly starts: number[] = [];
  private next = 0;

  constructor(regex: RegExp | null, text: string) {
    if (!regex) return;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      this.starts.push(m.index);
      if (m[0].length === 0) regex.lastIndex++;
    }
  }

  /** Whether one starts in [start, end); `start` must not go backwards between calls. */
  within(start: number, end: number): boolean {
    while (this.next < this.starts.length && (this.starts[this.next] ?? end) < start) this.next++;
    const at = this.starts[this.next];
    return at !== undefined && at < end;
  }
}

function nextSection(section: SentenceContext, heading: HeadingKind | null): SentenceContext {
  if (heading === null) return section;
  if (heading === 'job') return 'plain';
  if (heading === 'other') return section === 'boilerplate' ? 'plain' : section;
  return heading;
}

export function splitSentences(description: string, company: string | null): Sentence[] {
  const boilerplate = new Occurrences(BOILERPLATE_SENTENCE, description);
  const benefitWord = new Occurrences(BENEFIT_WORD, description);
  const benefitOffer = new Occurrences(BENEFIT_OFFER, description);
  const selfWord = new Occurrences(SELF_WORDS, description);
  const name = new Occurrences(companyNameMatcher(company), description);
  // A bare list item ("Health insurance") under whatever heading is a benefit.
  const isBoilerplate = (start: number, end: number, text: string) =>
    boilerplate.within(start, end) ||
    (benefitWord.within(start, end) &&
      (benefitOffer.within(start, end) || wordCount(text) <= SHORT_ITEM_WORDS));
  const sentences: Sentence[] = [];
  let section: SentenceContext = 'plain';
  let lineStart = 0;
  while (lineStart <= description.length) {
    const newline = description.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? description.length : newline;
    const line = description.slice(lineStart, lineEnd);
    if (line.trim()) {
      section = nextSection(section, headingKind(line));
      const field = isBoilerplateField(line);
      let start = 0;
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(line); ; m = SENTENCE_END.exec(line)) {
        const end = m ? m.index + m[0].length : line.length;
        const text = line.slice(start, end);
        const from = lineStart + start;
        const to = lineStart + end;
        if (text.trim()) {
          let context: SentenceContext = section === 'boilerplate' ? 'aside' : section;
          if (field || isBoilerplate(from, to, text)) context = 'boilerplate';
          // Short items in a benefits list are perks; only a full sentence there may be about the work.
          else if (context === 'aside' && wordCount(text) <= SHORT_ITEM_WORDS + 2) context = 'boilerplate';
          else if (context === 'plain' && (selfWord.within(from, to) || name.within(from, to)))
            context = IDENTITY.test(text) ? 'identity' : 'self';
          sentences.push({ start: from, end: to, context });
        }
        if (!m) break;
        start = end;
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return sentences;
}

/** The sentence containing `offset`, by binary search over sentences in text order. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) return undefined;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
