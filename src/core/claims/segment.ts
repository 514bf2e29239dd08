// Cuts a posting description into sentences that keep their offsets, and remembers
// under which heading each one sits. Intl.Segmenter does the hard part; the fixes here
// are for what job postings do to it: bullets without full stops, "Mission:" labels,
// and abbreviations ("Inc.", "U.S.", "L.A.") that it mistakes for sentence ends.

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
}

/** Descriptions are bounded upstream, but keep the work bounded here too. */
const MAX_DESCRIPTION = 200_000;
const MAX_SENTENCE = 1_200;

const BULLET = /^[\s>*•·▪◦‣⁃\-–—_#+]*(?:\(?\d{1,2}[.)]\s+)?/;
const TRAILING_MARKUP = /[\s*_#]+$/;
// A word before a full stop that does not end a sentence.
const ABBREVIATION =
  /(?:\b(?:inc|corp|co|ltd|llc|dr|mr|mrs|ms|st|jr|sr|no|vs|etc|e\.g|i\.e|approx|dept|calif|mass|penn|wash)|\b[A-Z](?:\.[A-Z])*)\.$/i;

let segmenter: Intl.Segmenter | null = null;
function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

interface Piece {
  start: number;
  end: number;
}

/** Sentence pieces of one line, as offsets into that line. */
function splitLine(line: string): Piece[] {
  const raw: Piece[] = [];
  for (const seg of sentenceSegmenter().segment(line)) {
    raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  // Glue back pieces that were cut after an abbreviation or before a lower-case word.
  const merged: Piece[] = [];
  for (const piece of raw) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const before = line.slice(prev.start, prev.end).trimEnd();
      const after = line.slice(piece.start, piece.end).trimStart();
      const shortInitial = /\b[A-Z]\.$/.test(before) && /^[A-Z][a-z]*\.?(\s|$)/.test(after);
      if (ABBREVIATION.test(before) || /^[a-z(]/.test(after) || shortInitial) {
        prev.end = piece.end;
        continue;
      }
    }
    merged.push({ ...piece });
  }
  return merged;
}

/** Splits "Mission: L.A. Care's mission is…" into its label and the rest. */
function inlineLabel(text: string): { label: string; rest: number } | null {
  const m = /^([A-Za-z][A-Za-z &'’/-]{1,40}):\s+(?=\S)/.exec(text);
  if (!m?.[1]) return null;
  if (m[1].split(/\s+/).length > 5) return null;
  return { label: m[1], rest: m[0].length };
}

function isHeadingLine(text: string, bullet: boolean): boolean {
  if (/^#{1,6}\s/.test(text)) return true;
  const bare = text.replace(BULLET, '').replace(TRAILING_MARKUP, '').trim();
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
 * Heading lines are consumed as section markers and not returned.
 */
export function segmentDescription(description: string): Sentence[] {
  // The claim finder and the business-model reader segment the same description in turn.
  if (description === lastInput && lastOutput) return lastOutput;
  const out = segment(description);
  lastInput = description;
  lastOutput = out;
  return out;
}

let lastInput: string | null = null;
let lastOutput: Sentence[] | null = null;

function segment(description: string): Sentence[] {
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
    lineIndex++;

    const marker = BULLET.exec(rawLine)?.[0] ?? '';
    const bullet = /[*•·▪◦‣⁃\-–—]|\d[.)]/.test(marker);
    let bodyStart = marker.length;
    let body = rawLine.slice(bodyStart).replace(TRAILING_MARKUP, '');
    if (!body.trim()) continue;

    if (isHeadingLine(rawLine, bullet)) {
      const kind = classifyHeading(body);
      // An unrecognised short line (a job title, a location) keeps the current section;
      // a short line that reads like a slogan still gets judged as a sentence below.
      if (kind) {
        section = kind;
        continue;
      }
      if (!/\b(?:we|our|us|lives?|health|care|world|mission|people)\b/i.test(body)) continue;
    }

    // An inline label ("Mission: …", "Perks: …") colours its own line only.
    let lineSection = section;
    const label = inlineLabel(body);
    if (label) {
      const kind = classifyHeading(label.label);
      if (kind) lineSection = kind;
      // "Mission: …" keeps the label in the text when it names the mission itself.
      if (kind && kind !== 'mission' && kind !== 'about') {
        bodyStart += label.rest;
        body = body.slice(label.rest);
      }
    }

    for (const piece of splitLine(body)) {
      let s = piece.start;
      let e = piece.end;
      while (s < e && /\s/.test(body[s] ?? '')) s++;
      while (e > s && /[\s*_]/.test(body[e - 1] ?? '')) e--;
      // Leading emphasis markers ("_At Aledade…") are markup, not words.
      while (s < e && /[*_]/.test(body[s] ?? '')) s++;
      if (e - s < 3) continue;
      if (e - s > MAX_SENTENCE) e = s + MAX_SENTENCE;
      const start = lineStart + bodyStart + s;
      const end = lineStart + bodyStart + e;
      out.push({ text: text.slice(start, end), start, end, section: lineSection, bullet, line: lineIndex });
    }
  }
  return out;
}
