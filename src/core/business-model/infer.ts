// PLACEHOLDER until the business-model work lands.
import type { BusinessModel, HealthcareVerdict, Posting } from '../types.ts';

export function inferBusinessModel(_posting: Posting, _healthcare: HealthcareVerdict): BusinessModel {
  return { customers: [], revenue: [], evidence: [] };
}
