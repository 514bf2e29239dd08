// The marks frame: shown over a list page, it hears from the content script which job
// cards are on screen, asks the worker for the saved companies' statuses, and marks the
// cards of those companies. Everything here is in the extension's origin; the page sees
// an iframe it cannot read, and the content script never hears which cards matched.
import { companyKey } from '../core/list/company-key.ts';
import { STATUS_NAMES, type Status } from '../core/list/list-types.ts';
import { acceptPort } from '../frame/port.ts';
import { browser } from '../shared/browser.ts';
import type { ToFrame } from '../shared/frame-commands.ts';
import { ENTRY_PREFIX } from '../shared/list-schema.ts';
import { ListMarksReply } from '../shared/messages.ts';
import { placeMark } from './place.ts';

type Cards = Extract<ToFrame, { type: 'cards' }>['cards'];

const root = document.getElementById('marks')!;
let cards: Cards = [];
let statuses: Promise<Record<string, Status>> | null = null;

const FINISHED: ReadonlySet<Status> = new Set(['declined', 'not-a-fit', 'archived']);

async function readStatuses(): Promise<Record<string, Status>> {
  const reply = ListMarksReply.safeParse(await browser.runtime.sendMessage({ type: 'list-marks' }));
  return reply.success ? reply.data.statuses : {};
}

async function draw(): Promise<void> {
  statuses ??= readStatuses().catch(() => ({}));
  const known = await statuses;
  const marks = cards.flatMap((spot) => {
    const status = known[companyKey(spot.name)];
    if (!status) return [];
    const mark = document.createElement('span');
    mark.className = `mark${status === 'offer' ? ' offer' : FINISHED.has(status) ? ' done' : ''}`;
    mark.textContent = STATUS_NAMES[status];
    mark.title = `${spot.name} is on your list: ${STATUS_NAMES[status]}`;
    mark.setAttribute('data-company', spot.name);
    return [{ mark, spot }];
  });
  root.replaceChildren(...marks.map((m) => m.mark));
  // Measured once all are in, so the layout is read once.
  for (const { mark, spot } of marks) {
    const { left, top, height } = placeMark(spot, mark.offsetWidth);
    mark.style.left = `${left}px`;
    mark.style.top = `${top}px`;
    mark.style.height = `${height}px`;
  }
  // Not after a requestAnimationFrame: a frame the page has not shown yet gets none.
  channel.send('drawn');
}

const channel = acceptPort((message) => {
  if (message.type !== 'cards') return;
  cards = message.cards;
  void draw();
});

// A status changed, a company was saved or removed (here, in the popup, in another tab).
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !Object.keys(changes).some((k) => k.startsWith(ENTRY_PREFIX))) return;
  statuses = null;
  void draw();
});
