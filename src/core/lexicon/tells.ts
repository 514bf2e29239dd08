// Tells: sentences that bear on the tradeoffs seed 000 says a business model forces,
// whatever the mission paragraph says. Each names what to weigh and what to ask. Typed
// data; the finder is core/tells/find-tells.ts, with real sentences as its tests.

export type TellId =
  | 'utilization-management'
  | 'risk-adjustment'
  | 'completers-only'
  | 'sponsored-study'
  | 'up-to-result';

export interface Tell {
  id: TellId;
  /** Short, for the popup's heading of the tell. */
  label: string;
  pattern: RegExp;
  tradeoff: string;
  question: string;
}

export const TELLS: readonly Tell[] = [
  {
    id: 'utilization-management',
    label: 'Utilization management',
    pattern:
      /\butili[sz]ation (?:management|review)\b|\bprior[- ]auth\w*\b|\bpre-?authori[sz]ation\b|\bmedical necessity (?:review|determination)s?\b/i,
    tradeoff:
      'Reviewing care before it is paid for is how a payer holds costs down; it can also delay or deny care a patient needs.',
    question:
      'How often are requests denied or changed at review, how many denials are overturned on appeal, and is anyone rewarded for a lower approval rate?',
  },
  {
    id: 'risk-adjustment',
    label: 'Documentation for risk adjustment',
    // The diagnosis must be named: "accurate documentation" alone is every clinical job.
    pattern:
      /\brisk[- ]adjust\w*\b|\bhcc (?:coding|codes|capture)\b|\bhierarchical condition categor\w+\b|\b(?:document|documenting|capture|capturing|code|coding) (?:all |each |every )?(?:of )?(?:the )?(?:patient(?:'|’)?s?(?:'|’)? )?(?:diagnos[ei]s|chronic conditions)\b/i,
    tradeoff:
      'Under Medicare Advantage the payment rises with the diagnoses recorded, so documenting every condition is also how the company earns more.',
    question:
      'How is coding reviewed, who sees each clinician’s coding figures, and has an audit ever found diagnoses that could not be supported?',
  },
  {
    id: 'completers-only',
    label: 'Results only for those who stayed',
    pattern:
      /\b(?:members|patients|participants|users|people) who (?:completed|finished|stayed|engaged|remained|used)\b|\bcompleted at least\b|\bengaged (?:members|users|patients)\b|\bamong (?:active|engaged) (?:members|users)\b/i,
    tradeoff:
      'A result measured only on the people who completed the programme leaves out those it did not work for, who often dropped out.',
    question:
      'What share of the people who start the programme complete it, and what happens to those who do not?',
  },
  {
    id: 'sponsored-study',
    label: 'A study the company paid for',
    pattern:
      /\b(?:a |an |the )?(?:study|trial|evaluation|analysis) (?:we|the company) (?:sponsored|funded|ran|conducted|commissioned)\b|\b(?:company|industry)-(?:sponsored|funded) (?:study|trial|research)\b|\bsponsored (?:by us|and published)\b/i,
    tradeoff:
      'A study the company paid for or ran itself is a start, not proof: design and reporting can favour the sponsor.',
    question:
      'Was the study controlled and pre-registered, who ran the analysis, and has anyone outside the company repeated the result?',
  },
  {
    id: 'up-to-result',
    label: '“Up to” results',
    // A result, not a limit ("travel up to 25%"): a change word before it or after it.
    pattern:
      /\b(?:sav|reduc|cut|lower|improv|increas|boost|rais|shorten|fewer)\w*\b[^.;]{0,40}\b(?:up to|as much as) \d[\d,.]*\s?(?:%|percent\b|x\b|times\b)|\bup to \d[\d,.]*\s?(?:%|percent|x|times) (?:fewer|lower|less|more|reduction|savings?|faster|better|improvement|drop)\b/i,
    tradeoff: '“Up to” is the best case, not the typical one.',
    question: 'What is the typical (median) result, not the best one, and for whom was it measured?',
  },
];
