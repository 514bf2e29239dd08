// The one analysis pipeline. The background worker (for every posting a content script
// reads) and the `analyze` command both call these functions, so the product's judgement
// is measured on exactly the code that ships.

import { urlFacts } from '../sites/posting-urls.ts';
import { DEFAULT_BUSINESS_MODELS, inferBusinessModel, paidByHealthPlans } from './business-model/infer.ts';
import type { BusinessModels } from './business-model/learned.ts';
import { findClaims } from './claims/find-claims.ts';
import { type ClaimModels, DEFAULT_MODELS } from './claims/learned/models.ts';
import { segmentDescription } from './claims/segment.ts';
import { weighClaims } from './claims/weigh.ts';
import { classifyHealthcare } from './classify/healthcare.ts';
import { type ReadOptions, readPosting } from './extract/read-posting.ts';
import { rankQuestions } from './questions/rank.ts';
import { findTells } from './tells/find-tells.ts';
import type { Analysis, Board, Posting } from './types.ts';

/** `models` and `business` are the learned models: the shipped ones, or a cross-validation fold's. */
export function analyzePosting(
  posting: Posting,
  models: ClaimModels = DEFAULT_MODELS,
  business: BusinessModels = DEFAULT_BUSINESS_MODELS,
): Analysis {
  // Segmented once here; the classifier, the business-model reader and the claim finder read it.
  const sentences = segmentDescription(posting.description);
  let healthcare = classifyHealthcare(posting);
  // Health plans' words fill the posting of a company they pay (care management, community
  // health workers): one that says health plans pay it is not itself a plan.
  if (healthcare.segment === 'payer' && paidByHealthPlans(sentences))
    healthcare = classifyHealthcare(posting, { notA: 'payer' });
  const businessModel = inferBusinessModel(posting, healthcare, sentences, business);
  const found = findClaims(posting.description, healthcare, { sentences, models, company: posting.company });
  const claims = weighClaims(found, businessModel, healthcare);
  const tells = healthcare.is ? findTells(sentences) : [];
  return {
    isJobPosting: true,
    title: posting.title,
    company: posting.company,
    board: posting.board,
    healthcare,
    claims,
    businessModel,
    // A tell's question is about this posting in particular: it comes first.
    questions: [
      ...new Set([...tells.map((t) => t.question), ...rankQuestions({ healthcare, claims, businessModel })]),
    ],
    tells,
  };
}

export function notAPosting(board: Board): Analysis {
  return {
    isJobPosting: false,
    title: null,
    company: null,
    board,
    healthcare: { is: false, segment: 'unclear', confidence: 0, evidence: [] },
    claims: [],
    businessModel: { customers: [], revenue: [], evidence: [] },
    questions: [],
  };
}

export interface DocumentAnalysis {
  posting: Posting | null;
  analysis: Analysis;
}

export function analyzeDocument(
  doc: Document,
  url: string | null,
  options: Omit<ReadOptions, 'urlFacts'>,
): DocumentAnalysis {
  const read = readPosting(doc, url, { urlFacts, ...options });
  if (!read.posting) return { posting: null, analysis: notAPosting(read.board) };
  return { posting: read.posting, analysis: analyzePosting(read.posting) };
}

/** A `.txt`/`.md` posting: line 1 the title, line 2 the company, the rest the description. */
export function postingFromText(text: string): Posting {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const title = lines[0]?.trim() || null;
  const company = lines[1]?.trim() || null;
  const description = lines
    .slice(2)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return {
    title,
    company,
    location: null,
    description,
    board: 'unknown',
    url: null,
    source: 'text',
    industry: null,
    occupationalCategory: null,
    employerDescription: null,
  };
}
