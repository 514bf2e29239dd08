// What the wizard ends on: the theory is saved, and the next thing to do is to open a
// job posting and see it at work. The editor is one button away, not the landing page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { openList } from '../ui/list-api.ts';
import { demoBoardAvailable } from './api.ts';
import { DEMO_POSTING, JOB_BOARDS } from './next-steps.ts';

export function NextSteps(props: { status: { kind: string; text: string }; onEdit: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [demo] = useState(demoBoardAvailable);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby="next-title" class="next-steps" data-testid="next-steps">
      <h2 id="next-title" ref={heading} tabIndex={-1}>
        Your theory is saved. Next: open a job posting
      </h2>
      <p class="status" role="status" data-testid="save-status" data-kind={props.status.kind}>
        {props.status.text}
      </p>
      <p>
        On a job posting, Mission Lens marks the mission claims on the page. Its button in the browser's
        toolbar says how the posting sits with your theory, and which questions to ask the company.
      </p>
      {demo ? (
        <p class="next-action">
          <a class="button" href={DEMO_POSTING.url} target="_blank" rel="noreferrer">
            Open a demo posting
          </a>{' '}
          <span class="muted">
            {DEMO_POSTING.title} at {DEMO_POSTING.company}, a made-up posting on the demo board.
          </span>
        </p>
      ) : (
        <div class="next-action">
          <p id="boards-label">Go to a job board and open a posting:</p>
          <ul class="boards" aria-labelledby="boards-label">
            {JOB_BOARDS.map((b) => (
              <li key={b.name}>
                <a href={b.url} target="_blank" rel="noreferrer">
                  Healthcare jobs on {b.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="inline">
        <button type="button" class="secondary" onClick={() => openList()}>
          Open your saved list
        </button>
        <button type="button" class="secondary" onClick={props.onEdit}>
          Review or change my theory
        </button>
      </div>
    </section>
  );
}
