// A list page's job cards: which company each names, and where that name's text ends on
// screen, for the marks frame to put the status beside it. Read-only: nothing in the
// page is changed or added to.
import type { ToFrame } from '../../shared/frame-commands.ts';
import { MAX_CARDS } from '../../shared/frame-pages.ts';
import type { ListPage } from '../../sites/list-pages.ts';

type CardsMessage = Extract<ToFrame, { type: 'cards' }>;
export type CardSpot = CardsMessage['cards'][number];

export interface Card {
  card: Element;
  company: Element;
  name: string;
}

/** Cards looked at per read: a list page that grew very long (infinite scroll) costs no more. */
const MAX_READ = 1_000;

function firstMatch(doc: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = doc.querySelectorAll(selector);
    if (found.length) return Array.from(found).slice(0, MAX_READ);
  }
  return [];
}

export function readCards(doc: Document, page: ListPage): Card[] {
  const out: Card[] = [];
  for (const card of firstMatch(doc, page.card)) {
    const company = firstMatch(card, page.company)[0];
    const name = company?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 200);
    if (company && name) out.push({ card, company, name });
  }
  return out;
}

/**
 * The cards on screen, each with the end of its company name's last line box: the mark
 * goes just after it, on that line, where a card has nothing else. Cards out of view
 * are left out, so the frame draws at most a screenful.
 */
export function spotsOnScreen(doc: Document, cards: readonly Card[]): CardSpot[] {
  const height = doc.defaultView?.innerHeight ?? 0;
  const spots: CardSpot[] = [];
  const range = doc.createRange();
  for (const { card, company, name } of cards) {
    const box = company.getBoundingClientRect();
    if (box.width === 0 || box.bottom < 0 || box.top > height) continue;
    range.selectNodeContents(company);
    const lines = range.getClientRects();
    const last = lines[lines.length - 1] ?? box;
    spots.push({
      name,
      x: last.right,
      y: last.top,
      h: last.height,
      right: card.getBoundingClientRect().right,
    });
    if (spots.length === MAX_CARDS) break;
  }
  return spots;
}
