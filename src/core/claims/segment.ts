// Cuts a posting description into sentences that keep their offsets, and remembers
// under which heading each one sits. The sentence breaks follow the Unicode sentence
// rules (UAX #29, as Intl.Segmenter applies them) in a small scanner of our own, which
// is several times faster; the fixes here are for what job postings do to those rules:
// bullets without full stops, "Mission:" labels, and abbreviations ("Inc.", "U.S.",
// "L.A.") that read as sentence ends.

import { type GluedPiece, splitGlued } from './glued-text.ts';
import { classifyHeading, type SectionKind } from './sections.ts';

export interface Sentence {
  /** Exact text as in the description (trimmed of bullet markers and white space). */
  text: string;
  start: number;
  end: number;
  section: SectionKind;
  /** The text sits in a list item (a bullet or a short line among others). */
  bullet: boolean;
  /** Index of the line (paragraph or list item) it came from. */
  line: number;
  /** How many sentences that line holds: prose paragraphs hold several, list items one. */
  lineSentences: number;
}

/** Descriptions are bounded upstream, but keep the work bounded here too. */
const MAX_DESCRIPTION = 200_000;
const MAX_SENTENCE = 1_200;

const BULLET = /^[\s>*•·▪◦‣⁃\-–—_#+]*(?:\(?\d{1,2}[.)]\s+)?/;
// A word before a full stop that does not end a sentence.
const ABBREVIATION =
  /(?:\b(?:inc|corp|co|ltd|llc|dr|mr|mrs|ms|st|jr|sr|no|vs|etc|e\.g|i\.e|approx|dept|calif|mass|penn|wash)|\b[A-Z](?:\.[A-Z])*)\.$/i;

// Character classes of the Unicode sentence rules (UAX #29), for the characters
// postings use. ATerm is the full stop; STerm the other sentence ends.
const A_TERM = /[.\u2024\uFE52\uFF0E]/;
const S_TERM =
  /[!?\u0589\u061F\u06D4\u0964\u0965\u203C\u203D\u2047-\u2049\u3002\uFE56\uFE57\uFF01\uFF1F\uFF61]/;
const CLOSE = /["'\p{Ps}\p{Pe}\p{Pi}\p{Pf}\u00AB\u00BB]/u;
const S_CONTINUE =
  /[,\-:;\u055D\u060C\u060D\u07F8\u1802\u1808\u2013\u2014\u3001\uFE10\uFE11\uFE13\uFE14\uFE31\uFE32\uFE50\uFE51\uFE55\uFE58\uFE63\uFF0C\uFF0D\uFF1A\uFF1B\uFF64]/;
const PARA_SEP = /[\n\r\u0085\u2028\u2029]/;
const SPACE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
// Extend and Format characters are transparent to the rules (SB5).
const TRANSPARENT = /[\p{M}\p{Cf}]/u;
const UPPER = /[\p{Uppercase}\p{Lt}]/u;
const LOWER = /\p{Lowercase}/u;
const LETTER = /[\p{Alphabetic}\p{Lowercase}\p{Uppercase}\p{Lt}]/u;
const NUMERIC = /\p{Nd}/u;

/** A stretch of a line, as offsets into it. */
export interface Piece {
  start: number;
  end: number;
}

const charAt = (s: string, i: number) => s[i] ?? '';

/** End of `s` without trailing white space and emphasis markup, not before `from`. */
function trimmedEnd(s: string, from: number): number {
  let e = s.length;
  while (e > from && TRAILING.test(charAt(s, e - 1))) e--;
  return e;
}
const TRAILING = /[\s*_#]/;

/** ASCII characters that can end a sentence or a paragraph, by code. */
const ASCII_END: readonly boolean[] = Array.from({ length: 0x80 }, (_, code) =>
  '.!?\n\r'.includes(String.fromCharCode(code)),
);
const NON_ASCII_END = new RegExp(`${A_TERM.source}|${S_TERM.source}|${PARA_SEP.source}`);

/** Index of the first character at or after `i` that the rules do not skip. */
function skipTransparent(s: string, i: number): number {
  while (i < s.length && TRANSPARENT.test(charAt(s, i))) i++;
  return i;
}

/** The character before `i`, skipping transparent ones. */
function previousChar(s: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && TRANSPARENT.test(charAt(s, k))) k--;
  return charAt(s, k);
}

/**
 * Sentence pieces of one line, as offsets: the breaks of UAX #29 (SB3–SB11). Each piece
 * keeps its trailing closing punctuation and spaces, as Intl.Segmenter's do.
 */
export function sentenceBreaks(line: string): Piece[] {
  const out: Piece[] = [];
  const n = line.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const code = line.charCodeAt(i);
    // Most characters are plain ASCII that cannot end a sentence.
    if (code < 0x80 ? !ASCII_END[code] : !NON_ASCII_END.test(charAt(line, i))) {
      i++;
      continue;
    }
    const c = charAt(line, i);
    if (PARA_SEP.test(c)) {
      // SB3, SB4: break after a paragraph separator (CR LF as one).
      let j = i + 1;
      if (c === '\r' && charAt(line, j) === '\n') j++;
      if (j < n) {
        out.push({ start, end: j });
        start = j;
      }
      i = j;
      continue;
    }
    const aTerm = A_TERM.test(c);
    if (!aTerm && !S_TERM.test(c)) {
      i++;
      continue;
    }
    let j = skipTransparent(line, i + 1);
    if (aTerm) {
      const next = charAt(line, j);
      // SB6: "3.5"; SB7: "U.S", "a.B".
      if (NUMERIC.test(next)) {
        i = j;
        continue;
      }
      const prev = previousChar(line, i);
      if ((UPPER.test(prev) || LOWER.test(prev)) && UPPER.test(next)) {
        i = j;
        continue;
      }
    }
    // SB9, SB10: closing punctuation and spaces stay with the sentence.
    while (j < n && (CLOSE.test(charAt(line, j)) || TRANSPARENT.test(charAt(line, j)))) j++;
    while (j < n && (SPACE.test(charAt(line, j)) || TRANSPARENT.test(charAt(line, j)))) j++;
    if (j >= n) break;
    const after = charAt(line, j);
    if (PARA_SEP.test(after)) {
      // SB9–SB11: the separator ends this sentence too.
      let k = j + 1;
      if (after === '\r' && charAt(line, k) === '\n') k++;
      if (k < n) {
        out.push({ start, end: k });
        start = k;
      }
      i = k;
      continue;
    }
    // SB8a: "?!", "etc.," go on.
    if (S_CONTINUE.test(after) || A_TERM.test(after) || S_TERM.test(after)) {
      i = j;
      continue;
    }
    if (aTerm) {
      // SB8: a full stop followed (past anything but letters and sentence ends) by a lower-case letter.
      let k = j;
      while (k < n) {
        const ch = charAt(line, k);
        if (LETTER.test(ch) || PARA_SEP.test(ch) || A_TERM.test(ch) || S_TERM.test(ch)) break;
        k++;
      }
      if (k < n && LOWER.test(charAt(line, k))) {
        i = k;
        continue;
      }
    }
    out.push({ start, end: j });
    start = j;
    i = j;
  }
  if (start < n) out.push({ start, end: n });
  return out;
}

/**
 * Sentence pieces of one line, as offsets into that line: the Unicode breaks, then the
 * glued boundaries of scraped text (see glued-text.ts), then the pieces cut after an
 * abbreviation or before a lower-case word glued back.
 */
function splitLine(line: string): GluedPiece[] {
  const pieces: GluedPiece[] = [];
  for (const piece of sentenceBreaks(line)) splitGlued(line, piece.start, piece.end, pieces);
  const merged: GluedPiece[] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    // A boundary found in glued text stands: "Acme Inc.The team" has lost its space, not gained a stop.
    if (prev && !prev.heading && !piece.glued && !piece.opensLine && mergesWith(line, prev, piece)) {
      prev.end = piece.end;
      continue;
    }
    merged.push(piece);
  }
  return merged;
}

/** Whether the Unicode rules cut `piece` off `prev` after an abbreviation or before a lower-case word. */
function mergesWith(line: string, prev: Piece, piece: Piece): boolean {
  let s = piece.start;
  while (s < piece.end && /\s/.test(charAt(line, s))) s++;
  if (/[a-z(]/.test(charAt(line, s))) return true;
  let e = prev.end;
  while (e > prev.start && /\s/.test(charAt(line, e - 1))) e--;
  if (charAt(line, e - 1) !== '.') return false;
  // The longest abbreviation is a few letters: the tail is enough, and spares a scan of the whole piece.
  const before = line.slice(Math.max(prev.start, e - 16), e);
  if (ABBREVIATION.test(before)) return true;
  // "L.A. Care": an initial, then a capitalised word.
  return /\b[A-Z]\.$/.test(before.slice(-3)) && /^[A-Z][a-z]*\.?(\s|$)/.test(line.slice(s, piece.end));
}

/** Splits "Mission: L.A. Care's mission is…" into its label and the rest. */
function inlineLabel(text: string): { label: string; rest: number } | null {
  // Scraped text loses the space too: "Benefits:Health insurance", "Responsibilities:· Assist…".
  const m = /^([A-Za-z][A-Za-z &'’/-]{1,40}):(?:\s+(?=\S)|(?=[A-Z\d·•▪]))/.exec(text);
  if (!m?.[1]) return null;
  if (m[1].split(/\s+/).length > 5) return null;
  return { label: m[1], rest: m[0].length };
}

function isHeadingLine(text: string, bullet: boolean): boolean {
  if (/^#{1,6}\s/.test(text)) return true;
  const unmarked = text.replace(BULLET, '');
  const bare = unmarked.slice(0, trimmedEnd(unmarked, 0)).trim();
  if (!bare) return false;
  if (bare.length > 70) return false;
  if (/[.!?]["'”’)]?$/.test(bare)) return false;
  if (bare.endsWith(':')) return true;
  // A short list item is content ("Medical, dental and vision"), not a heading.
  if (bullet) return false;
  return bare.split(/\s+/).length <= 8;
}

/**
 * Sentences of a description in page order, each with the section it belongs to.
 * Heading lines are consumed as section markers and not returned. A line of scraped text
 * may hold several blocks (a heading glued to its text, "Benefits: …" after a sentence):
 * each is read as a line of its own.
 */
export function segmentDescription(description: string): Sentence[] {
  const text = description.length > MAX_DESCRIPTION ? description.slice(0, MAX_DESCRIPTION) : description;
  const out: Sentence[] = [];
  let section: SectionKind = 'none';
  let lineIndex = -1;
  let offset = 0;
  const lines = text.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const rawLine = lines[li] ?? '';
    const lineStart = offset;
    offset += rawLine.length + 1;
    if (!rawLine.trim()) continue;

    const marker = BULLET.exec(rawLine)?.[0] ?? '';
    const bodyStart = marker.length;
    const body = rawLine.slice(bodyStart, trimmedEnd(rawLine, bodyStart));
    if (!body.trim()) {
      lineIndex++;
      continue;
    }
    const pieces = splitLine(body);
    // Blocks of the line: a glued heading is one, and so is the text from it (or from a label) on.
    let from = 0;
    for (let k = 1; k <= pieces.length; k++) {
      const piece = pieces[k];
      const prev = pieces[k - 1]!;
      if (piece && !piece.heading && !piece.opensLine && !prev.heading) continue;
      lineIndex++;
      const block: Block = {
        text,
        body,
        bodyOffset: lineStart + bodyStart,
        pieces: pieces.slice(from, k),
        // The list marker (and so the bullet) belongs to the first block only.
        headingText:
          from === 0 ? rawLine.slice(0, bodyStart + prev.end) : body.slice(pieces[from]!.start, prev.end),
        bullet: from === 0 && /[*•·▪◦‣⁃\-–—]|\d[.)]/.test(marker),
        line: lineIndex,
      };
      section = readBlock(block, section, out);
      from = k;
    }
  }
  return out;
}

interface Block {
  text: string;
  body: string;
  /** Offset of `body` in `text`. */
  bodyOffset: number;
  pieces: GluedPiece[];
  headingText: string;
  bullet: boolean;
  line: number;
}

/** Appends the sentences of one block (a line, or part of a glued one) to `out`; returns the section after it. */
function readBlock(block: Block, section: SectionKind, out: Sentence[]): SectionKind {
  const { body, pieces, bullet } = block;
  let bodyStart = pieces[0]!.start;
  const blockEnd = pieces[pieces.length - 1]!.end;
  const own = body.slice(bodyStart, blockEnd);
  if (!own.trim()) return section;

  if (pieces[0]!.heading || isHeadingLine(block.headingText, bullet)) {
    const kind = classifyHeading(own);
    // An unrecognised short line (a job title, a location) keeps the current section;
    // a short line that reads like a slogan still gets judged as a sentence below.
    if (kind) return kind;
    if (!/\b(?:we|our|us|lives?|health|care|world|mission|people)\b/i.test(own)) return section;
  }

  // An inline label ("Mission: …", "Perks: …") colours its own line only.
  let lineSection = section;
  const label = inlineLabel(own);
  if (label) {
    const kind = classifyHeading(label.label);
    if (kind) lineSection = kind;
    // "Mission: …" keeps the label in the text when it names the mission itself.
    if (kind && kind !== 'mission' && kind !== 'about') bodyStart += label.rest;
  }

  const first = out.length;
  for (const piece of pieces) {
    let s = Math.max(piece.start, bodyStart);
    let e = piece.end;
    while (s < e && /\s/.test(body[s] ?? '')) s++;
    while (e > s && /[\s*_]/.test(body[e - 1] ?? '')) e--;
    // Leading emphasis markers ("_At Aledade…") are markup, not words.
    while (s < e && /[*_]/.test(body[s] ?? '')) s++;
    if (e - s < 3) continue;
    if (e - s > MAX_SENTENCE) e = s + MAX_SENTENCE;
    const start = block.bodyOffset + s;
    const end = block.bodyOffset + e;
    out.push({
      text: block.text.slice(start, end),
      start,
      end,
      section: lineSection,
      bullet,
      line: block.line,
      lineSentences: 0,
    });
  }
  for (let k = first; k < out.length; k++) out[k]!.lineSentences = out.length - first;
  return section;
}
