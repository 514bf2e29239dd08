// The traits of a business model that carry a tradeoff: who pays, how, and two shapes
// that are not labels of their own (a software middleman, an unknown payer).
import type { BusinessTrait } from '../lexicon/tradeoffs.ts';
import type { BusinessModel, HealthcareVerdict } from '../types.ts';

const MIDDLEMAN_SEGMENTS = new Set(['health-it', 'health-services', 'digital-health']);

export function traitsOf(model: BusinessModel, healthcare: HealthcareVerdict): BusinessTrait[] {
  const traits: BusinessTrait[] = [...model.revenue, ...model.customers];
  const sellsSoftware = model.revenue.includes('subscription-saas') || healthcare.segment === 'health-it';
  const sellsToIncumbents = model.customers.some((c) => c === 'payer' || c === 'provider' || c === 'pharma');
  if (healthcare.is && MIDDLEMAN_SEGMENTS.has(healthcare.segment) && sellsSoftware && sellsToIncumbents) {
    traits.push('software-middleman');
  }
  if (model.customers.length === 0) traits.push('payer-unknown');
  return traits;
}
