// A posting as the content script read it, on its way to the background worker, which
// runs the analysis. The page wrote every field: bounded and validated on arrival.
import { z } from 'zod/mini';
import { BOARDS } from '../core/types.ts';

const text = (max: number) => z.nullable(z.string().check(z.maxLength(max)));

export const PostingSchema = z.object({
  title: text(500),
  company: text(300),
  location: text(500),
  // The reader bounds JSON-LD at 1 MB a script; the analysis reads the first 200,000 characters.
  description: z.string().check(z.maxLength(1_000_000)),
  board: z.enum(BOARDS),
  url: text(8_192),
  source: z.enum(['json-ld', 'adapter', 'generic', 'text']),
  industry: text(500),
  occupationalCategory: text(500),
  employerDescription: text(20_000),
});
