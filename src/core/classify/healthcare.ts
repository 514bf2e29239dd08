// PLACEHOLDER until the classifier lands.
import type { HealthcareVerdict, Posting } from '../types.ts';

export function classifyHealthcare(_posting: Posting): HealthcareVerdict {
  return { is: false, segment: 'unclear', confidence: 0, evidence: [] };
}
