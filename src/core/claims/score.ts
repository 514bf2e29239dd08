// How strongly a sentence reads as the employer stating its purpose or impact.
import {
  CLAIM_THRESHOLD,
  type Cue,
  NEGATIVE_CUES,
  PURPOSE_CUES,
  SECTION_PRIOR,
  STRONG_CUE_WEIGHT,
  SUBJECT_CUES,
  VOICE_DAMPING,
  WEAK_CUES_TO_OPEN,
} from '../lexicon/claims-cues.ts';
import type { Sentence } from './segment.ts';

export interface ClaimScore {
  score: number;
  /** Ids of the cues that fired, for debugging and tests. */
  cues: string[];
  purpose: number;
}

function sum(cues: readonly Cue[], text: string, fired: string[]): number {
  let total = 0;
  for (const cue of cues) {
    if (cue.pattern.test(text)) {
      total += cue.weight;
      fired.push(cue.id);
    }
  }
  return total;
}

export function scoreSentence(sentence: Pick<Sentence, 'text' | 'section'>): ClaimScore {
  const text = sentence.text;
  const cues: string[] = [];
  // Without strong purpose language nothing else can make a sentence a claim.
  let purpose = 0;
  let strong = false;
  for (const cue of PURPOSE_CUES) {
    if (!cue.pattern.test(text)) continue;
    purpose += cue.weight;
    strong ||= cue.weight >= STRONG_CUE_WEIGHT;
    cues.push(cue.id);
  }
  if (!strong && purpose < WEAK_CUES_TO_OPEN) return { score: 0, cues, purpose: 0 };
  const words = text.split(/\s+/).length;
  let score = purpose;
  const subject = sum(SUBJECT_CUES, text, cues);
  score += subject;
  score += sum(NEGATIVE_CUES, text, cues);
  const prior = SECTION_PRIOR[sentence.section];
  const employerVoice = subject > 0 && !cues.includes('duty') && !cues.includes('requirement');
  score += prior < 0 && employerVoice && sentence.section !== 'legal' ? prior * VOICE_DAMPING : prior;
  // A fragment of two or three words rarely carries a whole claim.
  if (words < 4) score -= 1.5;
  return { score, cues, purpose };
}

export function isClaim(score: ClaimScore): boolean {
  return score.purpose > 0 && score.score >= CLAIM_THRESHOLD;
}
