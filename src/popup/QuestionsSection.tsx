// The questions to ask, ranked, each copyable and all copyable at once. The first three
// are on the popup's first screen; the rest wait behind "more".
import { useRef, useState } from 'preact/hooks';
import { type QuestionContext, questionsAsMarkdown, questionsAsText } from './copy-text.ts';

const FIRST = 3;

export function QuestionsSection({
  questions,
  context,
}: {
  questions: readonly string[];
  context: QuestionContext;
}) {
  const [status, setStatus] = useState('');
  const clear = useRef<ReturnType<typeof setTimeout> | null>(null);
  if (!questions.length) return null;

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied ${what}.`);
    } catch {
      setStatus('Could not copy: the browser refused access to the clipboard.');
    }
    if (clear.current) clearTimeout(clear.current);
    clear.current = setTimeout(() => setStatus(''), 4_000);
  };

  const item = (q: string, i: number) => (
    <li key={q}>
      <span class="question-text">{q}</span>
      <button
        type="button"
        class="copy"
        aria-label={`Copy question ${i + 1}`}
        onClick={() => void copy(q, `question ${i + 1}`)}
      >
        Copy
      </button>
    </li>
  );

  return (
    <details class="card section" open data-testid="questions">
      <summary>
        <h2>Questions to ask</h2>
        <span class="muted"> most important first</span>
      </summary>
      <ol class="questions">{questions.slice(0, FIRST).map(item)}</ol>
      {questions.length > FIRST && (
        <details class="more-questions" data-testid="more-questions">
          <summary>
            {questions.length - FIRST} more {questions.length - FIRST === 1 ? 'question' : 'questions'}
          </summary>
          <ol class="questions" start={FIRST + 1}>
            {questions.slice(FIRST).map((q, i) => item(q, i + FIRST))}
          </ol>
        </details>
      )}
      <div class="copy-all">
        <button type="button" onClick={() => void copy(questionsAsText(questions, context), 'all questions')}>
          Copy all
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => void copy(questionsAsMarkdown(questions, context), 'all questions as Markdown')}
        >
          Copy as Markdown
        </button>
      </div>
      <p class="copy-status" role="status" data-testid="copy-status">
        {status}
      </p>
    </details>
  );
}
