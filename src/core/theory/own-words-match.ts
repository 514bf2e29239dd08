// A red line in the user's own words that names no payment trait and no tell ("is owned
// by private equity") is still looked for in what the posting says: a sentence that holds
// two of the line's words in a row, in the line's order and with only filler between
// ("private equity", "patient data"), may be where the company crosses it. Word overlap
// is a hint, not a finding, so the comparison asks rather than concludes. On the 320
// corpus postings, ten such lines found 2 sentences (one a private-equity owner, one
// "cancer patients with data-driven insights"); either order or a gap of three words
// found twice as many, half of them wrong.
import { tokens } from '../claims/learned/tokens.ts';

// Words that carry no content of their own in "I won't work for a company that …",
// stemmed as the posting's words are.
const FILLER = new Set(
  tokens(
    'a an the to of for and or in on at by from with into about over as than that which who whom whose its it their them they our we us my me any all every some more most less no not never only just even also very so such this these those is are was were be been being has have had do does did can could will would should may might must company companies business businesses firm organization organizations people person make makes making made money use uses using work way thing something anyone someone',
  ),
);

/** The content words of `text` in order, stemmed as the models stem them. */
function contentWords(text: string): string[] {
  return tokens(text).filter((w) => w.length > 2 && w !== '#num' && !FILLER.has(w));
}

/** The first of `sentences` that holds two of the line's consecutive content words in a row, or null. */
export function sentenceNaming(line: string, sentences: readonly string[]): string | null {
  const words = contentWords(line);
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < words.length; i++)
    if (words[i] !== words[i + 1]) pairs.push([words[i]!, words[i + 1]!]);
  if (pairs.length === 0) return null;
  for (const sentence of sentences) {
    const seen = contentWords(sentence);
    const inRow = new Set(seen.slice(1).map((w, i) => `${seen[i]} ${w}`));
    if (pairs.some(([a, b]) => inRow.has(`${a} ${b}`))) return sentence;
  }
  return null;
}
