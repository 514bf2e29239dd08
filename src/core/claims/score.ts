// How strongly a sentence reads as the employer stating its purpose or impact.
import {
  CLAIM_THRESHOLD,
  type Cue,
  IMPACT_CUE_IDS,
  LIST_SECTIONS,
  MISSION_CUE_IDS,
  NEGATIVE_CUES,
  PURPOSE_CUES,
  SECTION_PRIOR,
  SLOGAN_PURPOSE,
  STRONG_CUE_WEIGHT,
  SUBJECT_CUES,
  VOICE_DAMPING,
  WEAK_CUES_TO_OPEN,
} from '../lexicon/claims-cues.ts';
import { anyOf } from './any-of.ts';
import type { Sentence } from './segment.ts';

export interface ClaimScore {
  score: number;
  /** Ids of the cues that fired, for debugging and tests. */
  cues: string[];
  purpose: number;
}

function sum(cues: readonly Cue[], text: string, fired: string[], skip?: ReadonlySet<string>): number {
  let total = 0;
  for (const cue of cues) {
    if (skip?.has(cue.id) || !cue.pattern.test(text)) continue;
    total += cue.weight;
    fired.push(cue.id);
  }
  return total;
}

const WAIVED_BY_IMPACT: ReadonlySet<string> = new Set(['duty', 'hiring']);
// A team described by its mission ("mission-driven teammates") is culture, not a perk.
const WAIVED_BY_MISSION: ReadonlySet<string> = new Set(['duty', 'hiring', 'workplace']);
const DUTY = NEGATIVE_CUES.find((cue) => cue.id === 'duty')?.pattern ?? /$^/;

type Scored = Pick<Sentence, 'text' | 'section'> & Partial<Pick<Sentence, 'bullet' | 'lineSentences'>>;

/** Any purpose cue at all, in one pass: most sentences of a posting have none. */
const ANY_PURPOSE = anyOf(PURPOSE_CUES.map((cue) => cue.pattern));

export function scoreSentence(sentence: Scored): ClaimScore {
  const text = sentence.text;
  const cues: string[] = [];
  if (ANY_PURPOSE && !ANY_PURPOSE.test(text)) return { score: 0, cues, purpose: 0 };
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
  // "You will work on projects that impact the lives of…" tells the employer's impact,
  // not a duty: the second person does not count against it.
  const impact = cues.some((id) => IMPACT_CUE_IDS.has(id));
  const subject = sum(SUBJECT_CUES, text, cues);
  score += subject;
  const negative = sum(
    NEGATIVE_CUES,
    text,
    cues,
    cues.some((id) => MISSION_CUE_IDS.has(id)) ? WAIVED_BY_MISSION : impact ? WAIVED_BY_IMPACT : undefined,
  );
  score += negative;
  const secondPerson = impact && DUTY.test(text);
  const prior = SECTION_PRIOR[sentence.section];
  const employerVoice =
    (subject > 0 || secondPerson) && !cues.includes('duty') && !cues.includes('requirement');
  // Sections are sticky: a prose paragraph in the employer's voice after a list of
  // requirements or benefits is the company talking again, not one more list item.
  const proseAfterList =
    employerVoice &&
    negative === 0 &&
    LIST_SECTIONS.has(sentence.section) &&
    !sentence.bullet &&
    (sentence.lineSentences ?? 1) > 1;
  if (prior < 0 && employerVoice && sentence.section !== 'legal')
    score += proseAfterList ? 0 : prior * VOICE_DAMPING;
  else score += prior;
  // A fragment of two or three words rarely carries a whole claim, unless it is a
  // slogan dense with purpose ("Changing lives.").
  if (words < 4 && purpose < SLOGAN_PURPOSE) score -= 1.5;
  return { score, cues, purpose };
}

export function isClaim(score: ClaimScore): boolean {
  return score.purpose > 0 && score.score >= CLAIM_THRESHOLD;
}
