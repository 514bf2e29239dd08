// Finds the tells (lexicon/tells.ts) in a posting: each the first sentence that shows
// it, with its offsets, so the popup can quote it and the page can point at it.
import type { Sentence } from '../claims/segment.ts';
import { TELLS } from '../lexicon/tells.ts';
import type { FoundTell } from '../types.ts';

export function findTells(sentences: readonly Sentence[]): FoundTell[] {
  const out: FoundTell[] = [];
  for (const tell of TELLS) {
    const sentence = sentences.find((s) => tell.pattern.test(s.text));
    if (!sentence) continue;
    out.push({
      id: tell.id,
      label: tell.label,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      tradeoff: tell.tradeoff,
      question: tell.question,
    });
  }
  return out;
}
