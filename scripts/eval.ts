// `npm run eval`: the product's judgement scored on the labelled corpus (../shared/corpus).
// Each part prints its own scores; see scripts/eval-*.ts.
import { evalClaims } from './eval-claims.ts';
import { evalCrossValidated } from './eval-cv.ts';
import { evalHealthcare } from './eval-healthcare.ts';

const parts = process.argv.slice(2);
const all = parts.length === 0;
if (all || parts.includes('healthcare')) await evalHealthcare();
if (all || parts.includes('claims')) await evalClaims();
if (all || parts.includes('cv')) await evalCrossValidated();
