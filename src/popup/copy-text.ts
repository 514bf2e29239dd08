// The questions as text to paste: plain (an email, a notes app) or Markdown.
export interface QuestionContext {
  title: string | null;
  company: string | null;
}

function heading({ title, company }: QuestionContext): string {
  if (company && title) return `Questions to ask ${company} (${title})`;
  if (company) return `Questions to ask ${company}`;
  if (title) return `Questions to ask about ${title}`;
  return 'Questions to ask';
}

/** Page text may contain Markdown syntax; escape what would change the rendering. */
function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function questionsAsText(questions: readonly string[], ctx: QuestionContext): string {
  return `${heading(ctx)}:\n\n${questions.map((q, i) => `${i + 1}. ${q}`).join('\n')}\n`;
}

export function questionsAsMarkdown(questions: readonly string[], ctx: QuestionContext): string {
  return `## ${escapeMarkdown(heading(ctx))}\n\n${questions.map((q, i) => `${i + 1}. ${escapeMarkdown(q)}`).join('\n')}\n`;
}
