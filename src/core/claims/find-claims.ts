// PLACEHOLDER until the claims work lands.
import type { Claim, HealthcareVerdict } from '../types.ts';

export function findClaims(_description: string, _healthcare: HealthcareVerdict): Claim[] {
  return [];
}
