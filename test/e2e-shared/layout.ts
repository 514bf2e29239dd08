// Layout as the browser lays it out, for the end-to-end suites of both browsers: plain
// functions to evaluate in a page (Playwright's and puppeteer's `evaluate` send their
// source, WebDriver BiDi's `script.callFunction` takes it as text), so each uses nothing
// from outside its own body.

/**
 * How far down the popup (px from the top of its document) each part of its first
 * screen ends: the verdict, the fit with its first red line, who pays, and the first
 * three questions. A part that is missing ends at Infinity.
 */
export function firstScreenBottoms(): Record<string, number> {
  const bottom = (el: Element | null | undefined) =>
    el ? el.getBoundingClientRect().bottom + scrollY : Number.POSITIVE_INFINITY;
  const questions = [...document.querySelectorAll('[data-testid="questions"] > ol.questions > li')].slice(
    0,
    3,
  );
  return {
    verdict: bottom(document.querySelector('[data-testid="fit-overall"]')),
    fit: bottom(document.querySelector('[data-testid="fit-summary"]')),
    redLine: bottom(document.querySelector('.fit-item.red')),
    whoPays: bottom(document.querySelector('[data-testid="who-pays"]')),
    questions: questions.length === 3 ? Math.max(...questions.map(bottom)) : Number.POSITIVE_INFINITY,
  };
}

/** The elements whose right edge passes the window's (tag and classes of each). */
export function widerThanWindow(): string[] {
  return [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
    .map((el) => el.tagName + (el.className ? `.${el.className}` : ''));
}

/**
 * The elements `selector` matches (in `root`, a shadow root say) that are shown but not
 * wholly inside the window, each with its box; in a frame, the frame's own window.
 */
export function outsideWindow(selector: string, root: ParentNode = document): string[] {
  return [...root.querySelectorAll(selector)]
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.height > 0)
    .filter(({ r }) => r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)
    .map(
      ({ el, r }) =>
        `${el.outerHTML.slice(0, 60)} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${innerWidth}×${innerHeight}`,
    );
}
