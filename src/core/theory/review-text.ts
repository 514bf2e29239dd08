// The theory read back as sentences. The wizard's fields are labelled "I believe…" and
// "…because", so what the user typed usually starts mid-sentence, capitalised or not,
// and sometimes repeats the label ("I believe people should…"). These functions join
// the pieces so the review reads "I believe people should…, because catching…".

/** Words that keep their capital letter in the middle of a sentence. */
const PROPER_NOUNS = new Set([
  'Medicaid',
  'Medicare',
  'Medi-Cal',
  'Obamacare',
  'Congress',
  'America',
  'American',
  'Americans',
  'Black',
  'Indigenous',
  'Native',
  'Latino',
  'Latina',
  'Latinx',
  'Latine',
  'Hispanic',
  'Asian',
  'English',
  'Spanish',
]);

const FIRST_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u;

/** True when `word` keeps its capital mid-sentence: "I", an acronym ("AI", "MRIs"), "McKinsey", "Medicaid's". */
function keepsCapital(word: string, next: string | undefined): boolean {
  if (word === 'I' || /^I['’]/.test(word)) return true;
  // A capital after the first letter: an acronym or a name with inner capitals.
  if (/\p{Lu}/u.test(word.slice(1))) return true;
  if (PROPER_NOUNS.has(word.replace(/['’]s$/, ''))) return true;
  // Two capitalised words in a row are most likely a name: "Kaiser Permanente", "New York".
  return next !== undefined && /^\p{Lu}/u.test(next) && next !== 'I';
}

/** `text` as the continuation of a sentence: its first letter lower-cased unless it starts an acronym or a name. */
export function continueSentence(text: string): string {
  const t = text.trim();
  const first = FIRST_WORD.exec(t)?.[0];
  if (!first || !/^\p{Lu}/u.test(first)) return t;
  const next = FIRST_WORD.exec(t.slice(first.length).trimStart())?.[0];
  if (keepsCapital(first, next)) return t;
  return first[0]!.toLowerCase() + t.slice(1);
}

/** `text` without a leading copy of its field's label: "I believe that…" → "that…", "…because," → "". */
export function stripLead(text: string, lead: 'I believe' | 'because'): string {
  const pattern = lead === 'I believe' ? /^[.…\s]*i\s+believe\b[\s,:]*/i : /^[.…\s]*because\b[\s,:]*/i;
  return text
    .trim()
    .replace(pattern, '')
    .replace(/^[.…]+\s*/, '');
}

const withoutEnd = (s: string) => s.replace(/[\s.,;:]+$/, '');
const ended = (s: string) => (/[.!?…]["”’)]?$/.test(s) ? s : `${s}.`);

/** The belief and its reason as one sentence; "" when neither is written. */
export function beliefSentence(belief: string, because: string): string {
  const b = continueSentence(stripLead(belief, 'I believe'));
  const c = continueSentence(stripLead(because, 'because'));
  if (b && c) return `I believe ${withoutEnd(b)}, because ${ended(c)}`;
  if (b) return `I believe ${ended(b)}`;
  if (c) return `Your reason: ${ended(c)}`;
  return '';
}

/** "a", "a and b", "a, b and c" (or "or"). */
export function joinWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** A phrase as the end of a sentence that introduced it: "… improve: cancer care for rural patients." */
export function clause(text: string): string {
  return ended(continueSentence(text));
}
