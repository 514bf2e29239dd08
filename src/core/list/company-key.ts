// One entry per company however a board spells it: "Harborline Health, Inc.",
// "HARBORLINE HEALTH" and "Harborline Health Inc" are one company. The key drops case,
// accents, punctuation, a leading "The" and trailing legal forms; it keeps every other
// word ("Health" stays: "Harborline" and "Harborline Health" may be two companies).
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'llc',
  'l.l.c',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'pbc',
  'lp',
  'llp',
  'pllc',
  'pc',
  'gmbh',
  'ag',
  'sa',
  'bv',
  'nv',
]);

export function companyKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1)!)) words.pop();
  return words.join('-').slice(0, 120);
}
