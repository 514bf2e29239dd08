import { HEADING_RULES, type SectionKind } from '../lexicon/claims-sections.ts';

export type { SectionKind };

/** The kind of section a heading opens, or null when the heading says nothing known. */
export function classifyHeading(heading: string): Exclude<SectionKind, 'none'> | null {
  const clean = heading
    .toLowerCase()
    .replace(/[*_#:]+/g, ' ')
    .trim();
  if (!clean || clean.length > 80) return null;
  for (const rule of HEADING_RULES) if (rule.pattern.test(clean)) return rule.kind;
  return null;
}
