// Reads the labelled corpus in ../shared/corpus (beside the repository).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');

export interface LabelledClaim {
  quote: string;
  theme: string;
  specificity: 'vague' | 'specific';
}

export interface Label {
  id: string;
  title: string;
  company: string;
  board: string;
  healthcare: boolean | 'unclear';
  segment: string;
  customers: string[];
  revenue: string[];
  claims: LabelledClaim[];
  borderline: string[];
  /** Where the posting came from (data set, record). */
  source: string;
}

export function readLabels(): Label[] {
  return readFileSync(join(CORPUS_DIR, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
}

export const textPath = (id: string) => join(CORPUS_DIR, 'text', `${id}.txt`);
export const pagePath = (id: string) => join(CORPUS_DIR, 'pages', `${id}.html`);
