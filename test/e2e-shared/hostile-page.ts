// What a hostile page and a forged sender do, for the hostile-page suites of both
// browsers: plain functions to evaluate in a page (see layout.ts), each using nothing
// from outside its own body.

/** In a posting's page: ten seconds of mutations, with 100 posted messages (forged port handshakes) every 10 ms. */
export async function mutationStorm(): Promise<void> {
  const box = document.createElement('div');
  document.body.append(box);
  const end = Date.now() + 10_000;
  let n = 0;
  while (Date.now() < end) {
    for (let i = 0; i < 50; i++) {
      const p = document.createElement('p');
      p.textContent = `storm ${n++}`;
      box.append(p);
      if (box.childElementCount > 200) box.firstElementChild?.remove();
    }
    for (let i = 0; i < 100; i++) window.postMessage({ type: 'mission-lens-port', nonce: `${n}-${i}` }, '*');
    await new Promise((r) => setTimeout(r, 10));
  }
  box.remove();
}

/**
 * In an extension page: 10,000 forged and malformed messages to the background, 500 at
 * a time; how many got an answer other than nothing.
 */
export async function sendForgedMessages(): Promise<{ answered: number }> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const big = 'x'.repeat(200_000);
  const shapes = [
    null,
    42,
    'save-theory',
    { type: 'save-theory' },
    { type: 'save-theory', theory: { v: 2, belief: big } },
    { type: 'save-theory', theory: { v: 99 } },
    { type: 'get-tab-state', tabId: -1 },
    { type: 'get-tab-state', tabId: 'all' },
    { type: 'page-report', url: big, posting: null, board: 'linkedin', ms: 0 },
    { type: 'analyze-tab', tabId: 2 ** 40 },
    { type: 'nope' },
    { type: 'get-theory', __proto__: { type: 'save-theory' } },
  ];
  let answered = 0;
  const batch = 500;
  for (let i = 0; i < 10_000; i += batch) {
    const sent: Promise<number>[] = [];
    for (let j = i; j < i + batch; j++)
      sent.push(
        api.runtime.sendMessage(shapes[j % shapes.length]).then(
          (r: unknown) => (r === undefined || r === null ? 0 : 1),
          () => 0,
        ),
      );
    answered += (await Promise.all(sent)).reduce((a, b) => a + b, 0);
  }
  return { answered };
}
