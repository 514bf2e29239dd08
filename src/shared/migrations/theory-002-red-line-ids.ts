// 1 -> 2. Version 1 kept red lines as sentences, which the comparison cannot check.
// Version 2 keeps the known ones as ids (each tied to a business-model trait) and the
// rest, in the user's own words, as custom red lines. Nothing the user wrote is dropped.
import { RED_LINES } from '../../core/theory/red-lines.ts';
import type { Migration } from './index.ts';

const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export const migration002: Migration = (old) => {
  const ids: string[] = [];
  const custom: string[] = [];
  for (const line of Array.isArray(old.redLines) ? old.redLines : []) {
    if (typeof line !== 'string' || !line.trim()) continue;
    const known = RED_LINES.find(
      (r) =>
        r.id === line || normal(r.label) === normal(line) || normal(r.id.replace(/-/g, ' ')) === normal(line),
    );
    if (known) {
      if (!ids.includes(known.id)) ids.push(known.id);
    } else custom.push(line.trim());
  }
  return { ...old, v: 2, redLines: ids, customRedLines: custom };
};
