// Scraped postings lose their line breaks and the spaces after full stops: "…for the
// planet.The Engineering Team…", "About RoleThe Data Scientist will…", "Dental
// insuranceHealth insurance". The Unicode sentence rules rightly keep "a.B" and "aB"
// together, so this layer, run on each sentence piece after them, finds those glued
// boundaries: sentence ends, list items run together, and headings glued to the text
// they head (which then open a section as a heading line would). One pass over the
// piece; every look back or ahead is bounded, so the whole stays linear.

import { classifyHeading } from './sections.ts';

/** A stretch of a line, as offsets into it, with what the glue layer found about it. */
export interface GluedPiece {
  start: number;
  end: number;
  /** A heading glued to the text after it ("Who We Are" in "Who We AreWe are…"). */
  heading: boolean;
  /** Starts a block of its own, as if a line break came before it (a glued heading's text, "Benefits: …"). */
  opensLine: boolean;
  /** Starts at a boundary this layer found (not one of the Unicode rules'). */
  glued: boolean;
}

/** ASCII characters at which a glued boundary can be: a full stop, a colon, a closing parenthesis, a capital. */
const ASCII_START: readonly boolean[] = Array.from(
  { length: 0x80 },
  (_, code) => code === 0x2e || code === 0x3a || code === 0x29 || (code >= 65 && code <= 90),
);

/** Longest heading the layer looks for in front of glued text. */
const MAX_HEADING = 60;
const MAX_HEADING_WORDS = 8;
/** How far back a word or a web address is looked for. */
const LOOK_BACK = 64;

const LOWER = /\p{Ll}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const CLOSE = /["'”’»)\]]/;

const isLower = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  return c >= 0x80 && LOWER.test(s[i] ?? '');
};
const isUpper = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  return c >= 0x80 && UPPER.test(s[i] ?? '');
};
const isLetter = (s: string, i: number): boolean => isLower(s, i) || isUpper(s, i);
const allLower = (word: string): boolean => {
  for (let k = 0; k < word.length; k++) if (!isLower(word, k)) return false;
  return true;
};
const isSpace = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
};

// The last word of a heading: "Who We Are", "About the Role", "What You'll Do".
const HEADING_WORDS: ReadonlySet<string> = new Set(
  (
    'us are role description summary overview responsibilities responsibility qualifications qualification ' +
    'requirements requirement benefits benefit perks compensation salary pay do bring offer offers mission ' +
    'values vision purpose impact story culture company organization organisation position opportunity ' +
    'opportunities team experience skills education duties functions accountabilities tasks activities ' +
    'knowledge abilities competencies preferred required needed need have you candidate profile job details ' +
    'information statement employer expect get love exist believe for disclaimer notice diversity inclusion ' +
    'belonging policy privacy accommodations accommodation eligibility certifications licensure'
  ).split(' '),
);

// Words that start a sentence, so that "Who We AreWe are" and "Clinic HoursThe clinic" split.
const STARTERS: ReadonlySet<string> = new Set(
  (
    'The We Our At As In This These You Your Join With For Since Founded Headquartered Established Located ' +
    'Here If Responsibilities Qualifications Requirements'
  ).split(' '),
);
// Starters that end a capitalised word only where a sentence ran into the next one.
const PLAIN_STARTERS: ReadonlySet<string> = new Set(['The', 'We', 'Our', 'This', 'You', 'Your']);
// "LinkedIn", "CheckIn", "ThankYou": a name, not a heading and a sentence.
const NOT_BEFORE_STARTER: ReadonlySet<string> = new Set(
  'Linked Check Sign Log Opt Plug Walk Built Thank Meet Drop Drive Roll Dial Break Stand'.split(' '),
);
// "In" starts a sentence when it goes on with one of these ("In this role…"), not in "LinkedIn is…".
const AFTER_IN = /^ (?:this|the|our|a|an|addition|order|partnership|your|its|each|\d)/;
// Lower-case names that glue a capitalised word on ("bioMérieux", "naviHealth").
const LOWER_NAMES: ReadonlySet<string> = new Set(
  'bio navi athena eureka git get set has web open pay smart'.split(' '),
);
// Small words a title-case heading may keep in lower case.
const SMALL_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or of for to in at on with by from as is are we us you our your do will can be what who ' +
    'why how it its this that these those their my his her'
  ).split(' '),
);
// "www.Example.Com": a domain, not a sentence end.
const DOMAINS: ReadonlySet<string> = new Set('Com Org Net Edu Gov Io COM ORG NET EDU GOV'.split(' '));

/** Whether `s[from, to)` reads as a heading: short, no sentence punctuation, in title case. */
function titleCase(s: string, from: number, to: number): boolean {
  if (to - from > MAX_HEADING || to <= from || !isUpper(s, from)) return false;
  let words = 0;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(s, i)) i++;
    if (i >= to) break;
    words++;
    if (words > MAX_HEADING_WORDS) return false;
    const wordStart = i;
    while (i < to && !isSpace(s, i)) {
      const c = s[i];
      if (c === '.' || c === '!' || c === '?' || c === ';' || c === ':') return false;
      i++;
    }
    if (isLower(s, wordStart)) {
      let k = wordStart;
      while (k < i && isLetter(s, k)) k++;
      if (!SMALL_WORDS.has(s.slice(wordStart, k))) return false;
    }
  }
  return words > 0;
}

/**
 * Whether `text`, glued to a capitalised word, is a heading. "About X" alone only when X
 * is "Us" or "Company": "About TeamHealth" is a name, not "About Team" and "Health…".
 */
function headingBefore(text: string, lastWord: string): boolean {
  const kind = classifyHeading(text);
  if (!kind) return false;
  if (kind === 'about' && /^about\s+\S+$/i.test(text)) return lastWord === 'us' || lastWord === 'company';
  return true;
}

/** Whether `s[from, to)` is a known heading in capitals ("CORE VALUES", "JOB DESCRIPTION"). */
function capitalsHeading(s: string, from: number, to: number): boolean {
  let letters = 0;
  for (let k = from; k < to; k++) {
    if (isLower(s, k)) return false;
    if (isUpper(s, k)) letters++;
    else if (!isSpace(s, k) && s[k] !== '&' && s[k] !== '/') return false;
  }
  return letters >= 4 && classifyHeading(s.slice(from, to)) !== null;
}

/** Whether the text around `from` (a word start) is part of a web or mail address. */
function inAddress(s: string, from: number, wordEnd: number): boolean {
  const stop = Math.max(0, from - LOOK_BACK);
  for (let k = from - 1; k >= stop && !isSpace(s, k); k--) {
    const c = s[k];
    if (c === '@' || c === '/' || c === '\\' || c === '#' || c === '=') return true;
    if ((c === 'w' || c === 'W') && /^www\./i.test(s.slice(k, k + 4))) return true;
  }
  const next = s[wordEnd];
  if (next === '@' || next === '/') return true;
  return next === '.' && isLetter(s, wordEnd + 1);
}

/** Start of the word that ends just before `end` (letters only), looking back a bounded way. */
function wordStartBefore(s: string, end: number): number {
  const stop = Math.max(0, end - LOOK_BACK);
  let w = end;
  while (w > stop && isLetter(s, w - 1)) w--;
  return w;
}

/** Start of a "Title Case Label:" ending at the colon at `colon`, or -1. */
function labelStart(s: string, from: number, colon: number): number {
  const stop = Math.max(from, colon - 48);
  let start = -1;
  let k = colon;
  let words = 0;
  while (k > stop && words < 5) {
    let w = k;
    while (w > stop && (isLetter(s, w - 1) || s[w - 1] === '’' || s[w - 1] === "'")) w--;
    // "Duties & Responsibilities:", "Education / Training / Experience:".
    if (w === k && (s[w - 1] === '&' || s[w - 1] === '/')) w--;
    if (w === k) break;
    const word = s.slice(w, k);
    if (!isUpper(s, w) && !SMALL_WORDS.has(word) && word !== '&' && word !== '/') break;
    if (isUpper(s, w)) start = w;
    words++;
    if (w === from || !isSpace(s, w - 1)) break;
    k = w - 1;
  }
  if (start <= from) return start;
  if (!isSpace(s, start - 1)) return -1;
  // Inside a sentence ("in line with our Core Values: …", "…, Colorado Compensation Ranges: …") a
  // label is part of it; after a list item that lost its line break it opens a block.
  let p = start - 1;
  while (p > from && isSpace(s, p - 1)) p--;
  const before = s[p - 1] ?? '';
  if (',;:()-'.includes(before)) return -1;
  const w = wordStartBefore(s, p);
  if (w < p && (isUpper(s, w) || SMALL_WORDS.has(s.slice(w, p)))) return -1;
  return start;
}

// A heading that lost its line break but kept a space: "Position Requirements A Master's
// degree…", "Essential Duties And Responsibilities Drive…". Only these words make one.
const SPACED_HEADINGS: ReadonlySet<string> = new Set(
  'Requirements Qualifications Responsibilities Duties Summary Description Overview Functions Accountabilities'.split(
    ' ',
  ),
);
const SPACED_HEADING_WORDS: ReadonlySet<string> = new Set([
  ...SPACED_HEADINGS,
  ...(
    'Position Job Minimum Preferred Basic Physical Travel Other Essential Key Primary Additional Required ' +
    'Desired Secondary Ethics Role Special General Main Core Technical Professional Major Principal ' +
    'Supervisory Work Your Our And and & of Of'
  ).split(' '),
]);

/** End of a spaced heading at `from` ("Position Requirements" in "Position Requirements A…"), or -1. */
function spacedHeading(s: string, from: number, end: number): number {
  let i = from;
  let last = '';
  for (let words = 0; words < 5; words++) {
    let k = i;
    while (k < end && (isLetter(s, k) || s[k] === '&')) k++;
    const word = s.slice(i, k);
    if (!SPACED_HEADING_WORDS.has(word)) {
      // The words after the heading have to read as a sentence: "A Master's…", "Ability to…".
      if (!SPACED_HEADINGS.has(last) || !isUpper(s, i)) return -1;
      if (word === 'A' || word === 'An') return i;
      return k - i >= 2 && s[k] === ' ' && isLower(s, k + 1) ? i : -1;
    }
    if (s[k] !== ' ') return -1;
    last = word;
    i = k + 1;
  }
  return -1;
}

/** The part being cut off the piece, and what is known of the boundary before it. */
interface Cutter {
  out: GluedPiece[];
  /** Start of the current part. */
  sub: number;
  /** Whether the current part opens a block, and starts at a boundary of this layer. */
  opensLine: boolean;
  glued: boolean;
}

function cut(cutter: Cutter, at: number, heading: boolean, opensNext: boolean): void {
  const { out, sub, opensLine, glued } = cutter;
  out.push({ start: sub, end: at, heading, opensLine, glued });
  cutter.sub = at;
  cutter.opensLine = opensNext;
  cutter.glued = true;
}

/** Cuts off a spaced heading that starts the part at `at`; returns where the scan goes on. */
function afterSpacedHeading(cutter: Cutter, line: string, at: number, end: number): number {
  const heading = spacedHeading(line, at, end);
  if (heading < 0) return at;
  cut(cutter, heading, true, true);
  return heading - 1;
}

/**
 * Splits the sentence piece `line[start, end)` at glued boundaries and appends the parts
 * to `out`. The parts cover the piece exactly and in order.
 */
export function splitGlued(line: string, start: number, end: number, out: GluedPiece[]): void {
  const cutter: Cutter = { out, sub: start, opensLine: false, glued: false };
  // Where the current part's words begin (past spaces and emphasis markers).
  let words = start;
  while (words < end && (isSpace(line, words) || line[words] === '*' || line[words] === '_')) words++;
  const first = spacedHeading(line, words, end);
  if (first > words) cut(cutter, first, true, true);

  for (let i = Math.max(start + 1, cutter.sub); i < end - 1; i++) {
    const code = line.charCodeAt(i);
    // Most characters are lower-case letters, digits, spaces and punctuation that start nothing.
    if (code < 0x80 && !ASCII_START[code]) continue;
    if (cutter.sub > words) words = cutter.sub;
    const c = line[i];
    if (c === '.') {
      // "planet.The": a full stop after a lower-case word, then a capitalised word.
      let j = i + 1;
      while (j < end && j - i <= 3 && CLOSE.test(line[j] ?? '')) j++;
      if (!isUpper(line, j)) continue;
      let k = i;
      while (k > words && CLOSE.test(line[k - 1] ?? '')) k--;
      if (!(isLower(line, k - 1) && isLower(line, k - 2))) continue;
      let r = j + 1;
      if (isLower(line, r)) {
        while (r < end && isLower(line, r)) r++;
      } else {
        // "…the Research Department.CORE VALUES": a heading in capitals (not "Microsoft.NET").
        while (r < end && isUpper(line, r)) r++;
        if (r - j < 3 || isLetter(line, r)) continue;
      }
      if (DOMAINS.has(line.slice(j, r))) continue;
      if (inAddress(line, wordStartBefore(line, k), r)) continue;
      cut(cutter, j, false, false);
      i = afterSpacedHeading(cutter, line, j, end);
      continue;
    }
    if (c === ':') {
      // "… objectives Required Experience: Bachelor's degree…": a label that opens a block.
      // "Benefits:Health insurance" lost its space too.
      if (!isSpace(line, i + 1) && !isUpper(line, i + 1) && !/[\d·•▪]/.test(line[i + 1] ?? '')) continue;
      const ls = labelStart(line, words, i);
      if (ls < 0 || !classifyHeading(line.slice(ls, i))) continue;
      if (ls > words) cut(cutter, ls, false, true);
      else cutter.opensLine = true;
      continue;
    }
    if (c === ')') {
      // "(e.g., SharePoint, MS Teams)Who We Are", "401(k)Dental insurance".
      if (!(isUpper(line, i + 1) && isLower(line, i + 2))) continue;
      let r = i + 2;
      while (r < end && isLower(line, r)) r++;
      if (isLetter(line, r) || inAddress(line, i + 1, r)) continue;
      cut(cutter, i + 1, false, false);
      i = afterSpacedHeading(cutter, line, i + 1, end);
      continue;
    }
    if (isUpper(line, i) && isUpper(line, i - 1) && isLower(line, i + 1)) {
      // "CORE VALUESThe program…": a heading in capitals glued to the text.
      if (i - words <= MAX_HEADING && capitalsHeading(line, words, i)) {
        let r = i + 1;
        while (r < end && isLower(line, r)) r++;
        if (!isLetter(line, r)) cut(cutter, i, true, true);
      }
      continue;
    }
    if (!(isUpper(line, i) && isLower(line, i - 1))) continue;
    // A lower-case letter, then a capital: "skillsAbility", "RoleThe", "McKinsey". The
    // capitalised word has to end there ("getElementsByTagName" goes on).
    let r = i + 1;
    while (r < end && isLower(line, r)) r++;
    if (isLetter(line, r)) continue;
    const after = line[r] ?? '';
    const single = r === i + 1;
    if (single && !((line[i] === 'A' || line[i] === 'I') && after === ' ')) continue;
    const w = wordStartBefore(line, i);
    if (inAddress(line, w, r)) continue;
    const left = line.slice(w, i);

    if (i - words <= MAX_HEADING && titleCase(line, words, i)) {
      const right = line.slice(i, r);
      const lower = left.toLowerCase();
      const endsWord = after === ' ' || after === ',' || after === "'" || after === '’' || after === '\u00a0';
      const starter =
        STARTERS.has(right) &&
        endsWord &&
        !NOT_BEFORE_STARTER.has(left) &&
        (right !== 'In' || AFTER_IN.test(line.slice(r, r + 13)));
      if (
        left.length >= 2 &&
        (starter || (HEADING_WORDS.has(lower) && headingBefore(line.slice(words, i), lower)))
      ) {
        cut(cutter, i, true, true);
        continue;
      }
    }
    // "…in the United StatesWe would love…": a sentence run into the next.
    if (
      left.length >= 3 &&
      isUpper(line, w) &&
      after === ' ' &&
      PLAIN_STARTERS.has(line.slice(i, r)) &&
      !NOT_BEFORE_STARTER.has(left) &&
      isLower(line, r + 1)
    ) {
      cut(cutter, i, false, false);
      i = afterSpacedHeading(cutter, line, i, end);
      continue;
    }
    // "skillsAbility to…", "insuranceLife insurance": list items run together.
    // Not in code: "ac.createElement(", "parentNode.insertBefore(".
    if (single || after === '(' || line[w - 1] === '.') continue;
    if (left.length >= 3 && allLower(left) && !LOWER_NAMES.has(left)) {
      cut(cutter, i, false, false);
      i = afterSpacedHeading(cutter, line, i, end);
    }
  }
  out.push({ start: cutter.sub, end, heading: false, opensLine: cutter.opensLine, glued: cutter.glued });
}
