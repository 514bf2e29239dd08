// The posting held up against the user's theory of change. For every theme the posting
// claims and every trait of its business model: aligned (with why), in tension (the
// refused tradeoff or red line it hits), or unknown (and so a question to ask). The
// overall verdict follows fixed, stated rules; there is no score.
import { isInferred, withoutMark } from '../business-model/inferred.ts';
import { traitsOf } from '../business-model/traits.ts';
import { MODEL_RULES, STAKEHOLDER_NOUNS } from '../lexicon/business-model.ts';
import { THEME_QUESTIONS, traitQuestions } from '../lexicon/questions.ts';
import { tellsInWords, traitsInWords } from '../lexicon/red-line-words.ts';
import {
  type BusinessTrait,
  THEME_TRADEOFFS,
  TRAIT_TRADEOFFS,
  traitTradeoffs,
} from '../lexicon/tradeoffs.ts';
import {
  type Analysis,
  type Claim,
  CUSTOMERS,
  type Customer,
  type RevenueModel,
  type Theme,
} from '../types.ts';
import type { Comparison, FitItem } from './fit-types.ts';
import { CUSTOMER_NAMES, capitalise, customerName, revenueName, THEME_NAMES } from './labels.ts';
import { sentenceNaming } from './own-words-match.ts';
import { RED_LINES, type RedLine } from './red-lines.ts';
import type { Theory } from './theory.ts';
import { tradeoffByRef } from './tradeoff-refs.ts';

const MAX_PROMPTS = 6;
/** The comparison schema's bound (shared/comparison-schema.ts). */
const MAX_SUMMARY = 600;
const MAX_QUESTIONS = 12;
const QUOTE_CHARS = 110;

/** What `compareWithTheory` adds to a FitItem internally, dropped before returning. */
interface Working extends FitItem {
  label: string;
  /** The lexicon key behind the item, for prompts and questions. */
  source:
    | { kind: 'theme'; key: Theme }
    | { kind: 'trait'; key: BusinessTrait }
    | { kind: 'question'; question: string };
  /** A tradeoff prompt to weigh, when this item has one. */
  prompt: string | null;
  redLineOf: RedLine | null;
  /** The user named this theme or trait in their theory (so an unknown matters more). */
  wanted: boolean;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_CHARS) return `“${flat}”`;
  return `“${flat.slice(0, QUOTE_CHARS).replace(/\s\S*$/, '')}…”`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s\S*$/, '')}…`;
}

function joinNames(names: string[], max = 2): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The refs in `refs` that point at this theme or trait, resolved to their text. */
function refsFor(refs: readonly string[], kind: 'theme' | 'trait', key: string): string[] {
  const texts: string[] = [];
  for (const ref of refs) {
    const entry = tradeoffByRef(ref);
    if (entry && entry.kind === kind && entry.key === key) texts.push(entry.text);
  }
  return texts;
}

function claimedThemes(claims: Claim[]): Map<Theme, Claim[]> {
  const byTheme = new Map<Theme, Claim[]>();
  for (const c of claims) byTheme.set(c.theme, [...(byTheme.get(c.theme) ?? []), c]);
  return new Map([...byTheme].sort((a, b) => b[1].length - a[1].length));
}

function themeItem(theme: Theme, claims: Claim[], theory: Theory): Working {
  const name = THEME_NAMES[theme];
  const refused = refsFor(theory.refused, 'theme', theme);
  const accepted = refsFor(theory.accepted, 'theme', theme);
  const wanted = theory.themes.includes(theme);
  const base = {
    kind: 'theme' as const,
    key: theme,
    label: name,
    redLine: false,
    redLineOf: null,
    wanted,
    source: { kind: 'theme' as const, key: theme },
  };
  if (refused[0]) {
    // A specific claim commits the company to the theme, and so to its cost; a vague one
    // may be mere wording, so it is a question rather than a conflict.
    const specific = claims.find((c) => c.specificity === 'specific');
    return specific
      ? {
          ...base,
          verdict: 'tension',
          reason: `The posting is specific about ${name.toLowerCase()} (${quote(specific.text)}), and you refuse its cost: ${refused[0]}`,
          quotes: specific.text,
          prompt: refused[0],
        }
      : {
          ...base,
          wanted: true,
          verdict: 'unknown',
          reason: `The posting speaks of ${name.toLowerCase()} only vaguely; you refuse its cost, so ask whether it applies here: ${refused[0]}`,
          prompt: refused[0],
        };
  }
  const fallbackPrompt = THEME_TRADEOFFS[theme].find((t) => !accepted.includes(t)) ?? null;
  if (wanted) {
    const specific = claims.find((c) => c.specificity === 'specific');
    if (specific) {
      const cost = accepted.length ? ' You have said you accept what it costs.' : '';
      return {
        ...base,
        verdict: 'aligned',
        reason: `${name} is one of your ways forward, and the posting is specific about it: ${quote(specific.text)}.${cost}`,
        quotes: specific.text,
        prompt: accepted.length ? null : fallbackPrompt,
      };
    }
    return {
      ...base,
      verdict: 'unknown',
      reason: `${name} is one of your ways forward, but the posting only speaks of it vaguely (${quote(claims[0]?.text ?? '')}); ask how they actually do it.`,
      ...(claims[0] ? { quotes: claims[0].text } : {}),
      prompt: fallbackPrompt,
    };
  }
  if (accepted.length) {
    return {
      ...base,
      verdict: 'aligned',
      reason: `The posting claims ${name.toLowerCase()}; it is not one of your ways forward, but you accept its cost.`,
      prompt: null,
    };
  }
  return {
    ...base,
    verdict: 'unknown',
    reason: `The posting claims ${name.toLowerCase()}, and your theory does not say where you stand on it.`,
    prompt: fallbackPrompt,
  };
}

/** What the trait is called for this employer (`healthcare`: whether it is in healthcare). */
function traitLabel(trait: BusinessTrait, healthcare: boolean): string {
  if ((CUSTOMERS as readonly string[]).includes(trait))
    return `Paid by ${customerName(trait as Customer, healthcare)}`;
  if (trait === 'software-middleman') return 'Software middleman';
  if (trait === 'payer-unknown') return 'Who pays is not stated';
  return capitalise(revenueName(trait as RevenueModel, healthcare));
}

/**
 * The trait's first tradeoff the user has not accepted, worded for this employer. Accepted
 * tradeoffs are stored by their place in the healthcare list (tradeoff-refs.ts), and the
 * other wording keeps the same places.
 */
function traitPrompt(trait: BusinessTrait, accepted: readonly string[], healthcare: boolean): string | null {
  const i = TRAIT_TRADEOFFS[trait].findIndex((t) => !accepted.includes(t));
  if (i === -1) return null;
  return traitTradeoffs(trait, healthcare)[i] ?? TRAIT_TRADEOFFS[trait][i] ?? null;
}

/** A quote from the business-model evidence that shows this trait, when one does. */
function evidenceFor(trait: BusinessTrait, evidence: string[]): string | null {
  const nouns = STAKEHOLDER_NOUNS.filter((n) => n.customer === trait).map((n) => n.pattern);
  const rules = MODEL_RULES.filter(
    (r) => r.customers.includes(trait as Customer) || r.revenue.includes(trait as RevenueModel),
  ).map((r) => r.pattern);
  for (const pattern of [...nouns, ...rules]) {
    const found = evidence.find((e) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(e));
    if (found) return found;
  }
  return null;
}

/**
 * The trait rests on inference alone: the evidence that shows it is inferred, or there is
 * no stated evidence at all. "Won't say who pays" is stated by the silence itself.
 */
function inferredOnly(trait: BusinessTrait, shown: string | null, all: readonly string[]): boolean {
  if (trait === 'payer-unknown') return false;
  if (shown !== null) return isInferred(shown);
  return all.length > 0 && all.every(isInferred);
}

function traitItem(trait: BusinessTrait, analysis: Analysis, theory: Theory): Working {
  const isCustomer = (CUSTOMERS as readonly string[]).includes(trait) || trait === 'payer-unknown';
  const healthcare = analysis.healthcare.is;
  const label = traitLabel(trait, healthcare);
  const evidence = evidenceFor(trait, analysis.businessModel.evidence);
  const said = evidence ? ` The posting says: ${quote(evidence)}` : '';
  // A red line in the user's own words counts when its words name this trait.
  const ownLine = theory.customRedLines.find((line) => traitsInWords(line).includes(trait));
  const redLineOf: RedLine | null =
    RED_LINES.find((r) => 'trait' in r && r.trait === trait && theory.redLines.includes(r.id)) ??
    (ownLine ? { id: 'own-words', label: ownWords(ownLine), trait } : null);
  const refused = refsFor(theory.refused, 'trait', trait);
  const accepted = refsFor(theory.accepted, 'trait', trait);
  const wanted = isCustomer
    ? theory.customers.includes(trait as Customer)
    : theory.revenue.includes(trait as RevenueModel);
  const base = {
    kind: isCustomer ? ('customer' as const) : ('revenue' as const),
    key: trait,
    label,
    wanted,
    source: { kind: 'trait' as const, key: trait },
  };
  const prompt = traitPrompt(trait, accepted, healthcare);
  const firstPrompt = traitPrompt(trait, [], healthcare);
  if (redLineOf && inferredOnly(trait, evidence, analysis.businessModel.evidence)) {
    // What the company is, or how its posting reads, makes the trait likely, not stated:
    // the line may be crossed, and the question is what settles it.
    return {
      ...base,
      verdict: 'unknown',
      redLine: false,
      mayCross: true,
      redLineOf: null,
      wanted: true,
      reason: `May cross your red line: you won't work for a company that ${redLineOf.label}. The posting does not say so; Mission Lens inferred it${evidence ? ` from ${quote(withoutMark(evidence))}` : ''}. Ask before you go further.`,
      prompt: firstPrompt,
    };
  }
  if (redLineOf) {
    return {
      ...base,
      verdict: 'tension',
      redLine: true,
      redLineOf,
      reason: `Crosses your red line: you won't work for a company that ${redLineOf.label}.${said}`,
      prompt: firstPrompt,
    };
  }
  const rest = { ...base, redLine: false, redLineOf: null };
  if (refused[0]) {
    return {
      ...rest,
      verdict: 'tension',
      reason: `${label}: you refuse this cost: ${refused[0]}`,
      prompt: refused[0],
    };
  }
  if (trait === 'payer-unknown') {
    return {
      ...rest,
      verdict: 'unknown',
      reason:
        "The posting doesn't say who pays the company, so it can't be checked against who you think should pay; ask.",
      prompt,
    };
  }
  if (wanted) {
    const why = isCustomer
      ? `The posting says it is paid by ${customerName(trait as Customer, healthcare)}, who you think should pay.`
      : `${label}: a way of being paid that you back.`;
    return { ...rest, verdict: 'aligned', reason: `${why}${said}`, prompt: accepted.length ? null : prompt };
  }
  if (accepted.length) {
    return {
      ...rest,
      verdict: 'aligned',
      reason: `${label}: not what you named, but you accept what it costs.${said}`,
      prompt: null,
    };
  }
  if (isCustomer && theory.customers.length) {
    const yours = joinNames(
      theory.customers.map((c) => CUSTOMER_NAMES[c]),
      3,
    );
    return {
      ...rest,
      verdict: 'unknown',
      reason: `${label}, not by those you think should pay (${yours}); ask how this buyer's goals fit yours.${said}`,
      prompt,
    };
  }
  return {
    ...rest,
    verdict: 'unknown',
    reason: `${label}: your theory does not say where you stand on this.${said}`,
    prompt,
  };
}

/**
 * The tells the posting lets slip that one of the user's red lines names, listed ("delays
 * or denies care to hold costs down") or in their own words ("denies care to raise
 * margins"), beside a sentence on prior authorisation. The sentence shows the
 * practice, not that the company crosses the line, so the item says it may, and asks.
 */
function tellItems(analysis: Analysis, theory: Theory): Working[] {
  const out: Working[] = [];
  for (const tell of analysis.tells ?? []) {
    if (out.some((i) => i.key === tell.id)) continue;
    const listed = RED_LINES.find((r) => 'tell' in r && r.tell === tell.id && theory.redLines.includes(r.id));
    const line =
      listed?.label ?? theory.customRedLines.find((l) => (tellsInWords(l) as string[]).includes(tell.id));
    if (!line) continue;
    out.push({
      kind: 'tell',
      key: tell.id,
      label: tell.label,
      verdict: 'unknown',
      redLine: false,
      mayCross: true,
      reason: `May cross your red line: you won't work for a company that ${ownWords(line)}. The posting says: ${quote(tell.text)} ${tell.tradeoff}`,
      quotes: tell.text,
      prompt: tell.tradeoff,
      redLineOf: null,
      wanted: true,
      source: { kind: 'question', question: tell.question },
    });
  }
  return out;
}

/** Listed red lines that name a practice the posting does not show: asked, never silent. */
const unshownPractices = (analysis: Analysis, theory: Theory): string[] =>
  RED_LINES.filter(
    (r) =>
      'tell' in r && theory.redLines.includes(r.id) && !(analysis.tells ?? []).some((t) => t.id === r.tell),
  ).map((r) => r.label);

/**
 * Red lines in the user's own words that name no trait and no tell, looked for in what
 * the posting says (its claims, its business statements, its tells): a sentence that
 * names what the line names may be where the company crosses it.
 */
function ownWordsItems(analysis: Analysis, theory: Theory): Working[] {
  const said = [
    ...analysis.claims.map((c) => c.text),
    ...analysis.businessModel.evidence.map(withoutMark),
    ...(analysis.tells ?? []).map((t) => t.text),
  ];
  return theory.customRedLines.flatMap((line, i): Working[] => {
    if (traitsInWords(line).length > 0 || tellsInWords(line).length > 0) return [];
    const sentence = sentenceNaming(line, said);
    if (!sentence) return [];
    return [
      {
        kind: 'red-line',
        key: `own-words-${i}`,
        label: capitalise(ownWords(line)).slice(0, 120),
        verdict: 'unknown',
        redLine: false,
        mayCross: true,
        reason: `May cross your red line: you won't work for a company that ${ownWords(line)}. The posting says: ${quote(sentence)} Its words are close to yours; ask whether it does.`,
        quotes: sentence,
        prompt: null,
        redLineOf: null,
        wanted: true,
        source: { kind: 'question', question: ownWordsQuestion(line) },
      },
    ];
  });
}

/** A red line in the user's words, asked of the company (it is pasted into interview notes). */
const ownWordsQuestion = (line: string) =>
  `Is there any part of the business, or of a partner it depends on, that ${ownWords(line)}?`;

const ownWords = (line: string) => line.trim().replace(/[.?!]+$/, '');

function salaryPrompt(pct: number): string {
  return pct === 0
    ? 'You said you would not take a pay cut for mission: compare the offer with market pay before the mission pitch sways you.'
    : `You said you would give up at most ${pct}% of salary for mission. If the offer sits further below market than that, this mission has to be worth more to you than you planned.`;
}

function summarise(
  items: Working[],
  analysis: Analysis,
): { overall: Comparison['overall']; summary: string; reasoning: string[] } {
  const aligned = items.filter((i) => i.verdict === 'aligned');
  const tension = items.filter((i) => i.verdict === 'tension');
  const unknown = items.filter((i) => i.verdict === 'unknown');
  const red = tension.filter((i) => i.redLineOf);
  const maybe = items.filter((i) => i.mayCross);
  const names = (list: Working[]) => joinNames(list.map((i) => i.label.toLowerCase()));
  const toAsk = unknown.length ? ` ${plural(unknown.length, 'point', 'points')} to ask about.` : '';

  let overall: Comparison['overall'];
  let summary: string;
  const reasoning = [
    `${plural(aligned.length, 'point fits', 'points fit')} your theory, ${plural(tension.length, 'conflicts', 'conflict')} with it, ${plural(unknown.length, 'is', 'are')} not clear from the posting.`,
  ];
  if (red.length) {
    overall = 'tension';
    summary = `Crosses your red line: the company ${joinNames(red.map((i) => i.redLineOf!.label))}.`;
    reasoning.push('A red line outweighs any fit, so the verdict is “in tension”.');
  } else if (tension.length && aligned.length) {
    overall = 'mixed';
    summary = `Mixed. Fits: ${names(aligned)}. Conflicts: ${names(tension)}.`;
    reasoning.push('Both fit and conflict, so the verdict is “mixed”: weigh the conflict against what fits.');
  } else if (tension.length) {
    overall = 'tension';
    summary = `In tension. Conflicts: ${names(tension)}, a cost you refuse.${toAsk}`;
    reasoning.push(
      'Something conflicts with a tradeoff you refuse and nothing fits, so the verdict is “in tension”.',
    );
  } else if (aligned.length) {
    overall = 'aligned';
    summary = `Fits your theory: ${names(aligned)}.${toAsk}`;
    reasoning.push(
      'Something fits and nothing hits a refused tradeoff or red line, so the verdict is “aligned”.',
    );
  } else {
    overall = 'unknown';
    summary = `Too little said to tell.${toAsk || ' Ask who pays and how.'}`;
    reasoning.push(
      'Nothing in the posting clearly fits or conflicts with your theory, so the verdict is “unknown”.',
    );
  }
  if (maybe.length && !red.length) {
    // Never "fits" beside a possible red line: the question comes first.
    if (overall === 'aligned') overall = 'mixed';
    summary = `May cross your red line (${joinNames(maybe.map((i) => i.label.toLowerCase()))}); ask before you go further. ${summary}`;
    reasoning.push(
      'The posting shows a practice one of your red lines names; whether the company crosses the line is for it to answer, so the verdict cannot be “fits” and that question comes first.',
    );
  }
  if (!analysis.healthcare.is) {
    summary = `Not a healthcare employer. ${summary}`;
    reasoning.push(
      'The employer does not look like a healthcare company, so your theory may not apply at all.',
    );
  }
  return { overall, summary, reasoning };
}

export function compareWithTheory(analysis: Analysis, theory: Theory | null): Comparison {
  if (!analysis.isJobPosting) {
    return {
      overall: 'unknown',
      summary: 'This page is not a job posting, so there is nothing to compare.',
      items: [],
      reasoning: [],
      prompts: [],
      questions: [],
      hasTheory: theory !== null,
    };
  }
  if (!theory) {
    const prompts = [...new Set(analysis.claims.flatMap((c) => c.tradeoffs))].slice(0, MAX_PROMPTS);
    return {
      overall: 'unknown',
      summary: 'Write your theory of change to see how this posting fits it.',
      items: [],
      reasoning: ['There is no theory of change to compare with yet.'],
      prompts,
      questions: analysis.questions.slice(0, MAX_QUESTIONS),
      hasTheory: false,
    };
  }

  const themes = claimedThemes(analysis.claims);
  // A theory of change is about healthcare: "access to clean energy" says nothing of
  // access to care, so outside healthcare the claims' themes are not held against it.
  const themeItems = [...(analysis.healthcare.is ? themes : [])]
    .filter(
      ([theme]) =>
        theme !== 'other' ||
        theory.themes.includes('other') ||
        theory.refused.some((r) => r.startsWith('theme:other:')),
    )
    .map(([theme, claims]) => themeItem(theme, claims, theory));
  const traitItems = traitsOf(analysis.businessModel, analysis.healthcare).map((t) =>
    traitItem(t, analysis, theory),
  );
  const order = { tension: 0, aligned: 1, unknown: 2 } as const;
  const items = [
    ...traitItems,
    ...tellItems(analysis, theory),
    ...ownWordsItems(analysis, theory),
    ...themeItems,
  ].sort(
    (a, b) =>
      order[a.verdict] - order[b.verdict] ||
      Number(b.redLine) - Number(a.redLine) ||
      Number(Boolean(b.mayCross)) - Number(Boolean(a.mayCross)) ||
      Number(b.wanted) - Number(a.wanted),
  );

  const { overall, summary, reasoning } = summarise(items, analysis);
  const unread = theory.customRedLines.filter(
    (line) => traitsInWords(line).length === 0 && tellsInWords(line).length === 0,
  );
  if (theory.customRedLines.length > unread.length)
    reasoning.push(
      'Red lines in your own words that name how a company is paid, or a practice such as denying care or coding for risk scores, are checked against the posting.',
    );
  if (unread.length) {
    reasoning.push(
      'Red lines in your own words that name nothing a posting shows cannot be checked, so they are among the questions.',
    );
  }

  // Items are already in order (conflicts first), and an accepted cost carries no prompt.
  const prompts = [...new Set(items.flatMap((i) => (i.prompt ? [i.prompt] : [])))];
  const mentionsMission = analysis.claims.some((c) => c.theme === 'mission-culture');
  if (mentionsMission || overall === 'aligned' || overall === 'mixed')
    prompts.unshift(salaryPrompt(theory.salaryTradePct));

  const questionsOf = (i: Working): readonly string[] =>
    i.source.kind === 'theme'
      ? THEME_QUESTIONS[i.source.key]
      : i.source.kind === 'question'
        ? [i.source.question]
        : traitQuestions(i.source.key, analysis.healthcare.is);
  const questions = [
    ...items.filter((i) => i.redLine).flatMap(questionsOf),
    ...items.filter((i) => i.mayCross).flatMap(questionsOf),
    ...items.filter((i) => i.verdict === 'tension').flatMap(questionsOf),
    ...items.filter((i) => i.verdict === 'unknown' && i.wanted).flatMap(questionsOf),
    ...items.filter((i) => i.key === 'payer-unknown').flatMap(questionsOf),
    // The user's lines complete "I won't work for a company that …".
    ...[...unshownPractices(analysis, theory), ...theory.customRedLines].map(ownWordsQuestion),
    ...analysis.questions,
  ];

  return {
    overall,
    // The user's own lines can be long: the summary stays within what the schema allows.
    summary: clip(summary, MAX_SUMMARY),
    items: items.map(({ kind, key, verdict, reason, redLine, mayCross, label, quotes }) => ({
      kind,
      key,
      verdict,
      reason,
      redLine,
      ...(mayCross ? { mayCross } : {}),
      label,
      ...(quotes === undefined ? {} : { quotes }),
    })),
    reasoning,
    prompts: prompts.slice(0, MAX_PROMPTS),
    questions: [...new Set(questions)].slice(0, MAX_QUESTIONS),
    hasTheory: true,
  };
}
