// The background's reply to `page-report`: `{ ok: true, view }`, what the content
// script draws of the worker's analysis (src/shared/page-view.ts). Parsed here so an
// older or newer worker can never hand the content script a shape it does not expect;
// anything else reads as "no answer".
import { type PageView, PageViewSchema } from '../shared/page-view.ts';

/** The worker's answer to a page report, or null when it is missing or malformed. */
export function viewFromReply(raw: unknown): PageView | null {
  const view = PageViewSchema.safeParse(
    typeof raw === 'object' && raw !== null ? (raw as { view?: unknown }).view : undefined,
  );
  return view.success ? view.data : null;
}
