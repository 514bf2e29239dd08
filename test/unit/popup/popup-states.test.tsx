// The popup's states as a person sees them, rendered with happy-dom; the background is
// replaced by a stub of the popup's api module.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareWithTheory } from '../../../src/core/theory/compare.ts';
import type { TabStateReply } from '../../../src/shared/messages.ts';
import { analysis, claim, theory } from '../theory/fixtures.ts';

const reply = vi.hoisted(() => ({ current: null as unknown }));
// What "Analyse this page anyway" answers, and the popup's storage watcher, to call by hand.
const stub = vi.hoisted(() => ({
  analyzed: { ok: false, reason: 'failed', detail: 'stub' } as unknown,
  changed: null as (() => void) | null,
}));
vi.mock('../../../src/popup/api.ts', () => ({
  targetTab: async () => ({ id: 7, url: 'https://www.linkedin.com/jobs/view/1/' }),
  getTabState: async () => reply.current,
  analyzeTab: async () => stub.analyzed,
  openOptions: vi.fn(),
  watchChanges: (_tabId: number, onChange: () => void) => {
    stub.changed = onChange;
    return () => undefined;
  },
}));
// The saved list's API (src/ui/list-api.ts) talks to the worker; here nothing is saved yet.
vi.mock('../../../src/ui/list-api.ts', () => ({
  entryFor: async () => ({ entry: null }),
  saveTab: async () => ({ ok: false, reason: 'stub' }),
  updateEntry: async () => ({ ok: false, reason: 'stub' }),
  watchList: () => () => undefined,
  openList: vi.fn(),
}));
const { App } = await import('../../../src/popup/App.tsx');

const posting = analysis({
  claims: [claim('equity', 'specific', 'We serve 310,000 Medicaid members.'), claim('transform', 'vague')],
  businessModel: { customers: ['payer'], revenue: [], evidence: ['We partner with health plans.'] },
});
const stateOf = (a = posting) => ({ v: 1 as const, url: 'https://x/', analysis: a, updatedAt: 1 });

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(r: TabStateReply): Promise<HTMLElement> {
  reply.current = r;
  render(<App search="" />, root);
  await vi.waitFor(() => {
    if (root.querySelector('.skeleton')) throw new Error('still loading');
  });
  return root;
}

describe('popup states', () => {
  it('no theory yet: invites one and shows the analysis meanwhile', async () => {
    const el = await show({
      state: stateOf(),
      comparison: compareWithTheory(posting, null),
      hasTheory: false,
    });
    expect(el.querySelector('[data-state="no-theory"] button')?.textContent).toBe(
      'Write my theory of change',
    );
    expect(el.querySelectorAll('.claim')).toHaveLength(2);
    expect(el.querySelector('[data-testid="customers"]')?.textContent).toBe('health plans');
    expect(el.querySelectorAll('.question-text').length).toBe(posting.questions.length);
  });

  it('a red line: the verdict leads with it, in words not only colour', async () => {
    const c = compareWithTheory(posting, theory({ redLines: ['sells-to-payers'], themes: ['equity'] }));
    const el = await show({ state: stateOf(), comparison: c, hasTheory: true });
    expect(el.querySelector('[data-testid="fit-overall"]')?.textContent).toBe('In tension with your theory');
    expect(el.querySelector('.fit-item .fit-verdict')?.textContent).toMatch(/Red line/);
    expect(el.querySelector('[data-testid="fit-summary"]')?.textContent).toMatch(/sells to health plans/);
  });

  it('a red line the posting may cross: said in words, among the first points, never "fits"', async () => {
    const { TELLS } = await import('../../../src/core/lexicon/tells.ts');
    const um = TELLS.find((t) => t.id === 'utilization-management')!;
    const text = 'Work with the utilization management team on prior authorizations.';
    const withTell = analysis({
      ...posting,
      tells: [
        {
          id: um.id,
          label: um.label,
          text,
          start: 0,
          end: text.length,
          tradeoff: um.tradeoff,
          question: um.question,
        },
      ],
    });
    const c = compareWithTheory(
      withTell,
      theory({ customers: ['payer'], customRedLines: ['denies care to raise margins'] }),
    );
    const el = await show({ state: stateOf(withTell), comparison: c, hasTheory: true });
    expect(el.querySelector('[data-testid="fit-overall"]')?.textContent).toBe('Mixed fit');
    const first = [...el.querySelectorAll('.fit-items.compact .fit-item')].map((li) => li.textContent);
    expect(first.join('\n')).toMatch(/May cross a red line\s*Utilization management/);
    expect(el.querySelector('[data-testid="fit-summary"]')?.textContent).toMatch(
      /^May cross your red line \(utilization management\)/,
    );
  });

  it('claims are grouped vague and specific, with their reasons', async () => {
    const el = await show({ state: stateOf(), comparison: null, hasTheory: false });
    const groups = [...el.querySelectorAll('.claim-group h3')].map((h) => h.textContent);
    expect(groups).toEqual(['Vague (1)', 'Specific (1)']);
  });

  it('not healthcare: says so and still shows the claims', async () => {
    const other = analysis({
      healthcare: { is: false, segment: 'non-healthcare', confidence: 0.9, evidence: [] },
      claims: [claim('outcomes', 'vague')],
    });
    const el = await show({ state: stateOf(other), comparison: null });
    expect(el.querySelector('[data-testid="verdict"]')?.textContent).toBe('Not a healthcare employer');
    expect(el.querySelector('[data-state="not-healthcare"]')).not.toBeNull();
    expect(el.querySelectorAll('.claim')).toHaveLength(1);
  });

  it('not healthcare: who pays is said without patients or visits', async () => {
    // Gridwell: "Homeowners pay us for each project".
    const bm = {
      customers: ['patient'],
      revenue: ['fee-for-service', 'product-sales'],
      evidence: [],
    } as const;
    const heatPumps = analysis({
      healthcare: { is: false, segment: 'non-healthcare', confidence: 0.9, evidence: [] },
      businessModel: { ...bm, customers: [...bm.customers], revenue: [...bm.revenue], evidence: [] },
    });
    let el = await show({ state: stateOf(heatPumps), comparison: null });
    expect(el.querySelector('[data-testid="who-pays"]')?.textContent).toBe(
      'Paid by customers directly; how: paid per job or service, selling a product.',
    );
    expect(el.querySelector('[data-testid="customers"]')?.textContent).toBe('customers directly');
    render(null, root);
    // The same model at a healthcare employer keeps the healthcare words.
    const clinic = analysis({ businessModel: { ...heatPumps.businessModel } });
    el = await show({ state: stateOf(clinic), comparison: null });
    expect(el.querySelector('[data-testid="who-pays"]')?.textContent).toBe(
      'Paid by patients themselves; how: paid per visit or procedure, selling a product (drugs, devices).',
    );
  });

  it('not a posting: offers to analyse the page anyway', async () => {
    const el = await show({ state: null, comparison: null });
    expect(el.querySelector('[data-state="not-a-posting"] button')?.textContent).toBe(
      'Analyse this page anyway',
    );
  });

  it('not a posting after "analyse anyway": its note stays when the tab’s stored state changes', async () => {
    const notAPosting = { ...stateOf(), analysis: { ...posting, isJobPosting: false } };
    stub.analyzed = { ok: true, state: notAPosting };
    const el = await show({ state: null, comparison: null });
    el.querySelector<HTMLButtonElement>('[data-state="not-a-posting"] button')!.click();
    const note = () => el.querySelector('[data-state="not-a-posting"] [role="status"]')?.textContent;
    await vi.waitFor(() =>
      expect(note()).toBe('Mission Lens read the page and found no single job posting on it.'),
    );
    // The worker stores what the page's reading found: the popup reads the tab again.
    reply.current = { state: notAPosting, comparison: null };
    stub.changed?.();
    await new Promise((r) => setTimeout(r, 50));
    expect(note()).toBe('Mission Lens read the page and found no single job posting on it.');
    stub.analyzed = { ok: false, reason: 'failed', detail: 'stub' };
  });

  it('copies one question and all of them, and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const el = await show({ state: stateOf(), comparison: null });
    (el.querySelector('button[aria-label="Copy question 1"]') as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(el.querySelector('[data-testid="copy-status"]')?.textContent).toBe('Copied question 1.'),
    );
    expect(writeText).toHaveBeenLastCalledWith(posting.questions[0]);
    const all = [...el.querySelectorAll('.copy-all button')].find(
      (b) => b.textContent === 'Copy all',
    ) as HTMLButtonElement;
    all.click();
    await vi.waitFor(() =>
      expect(el.querySelector('[data-testid="copy-status"]')?.textContent).toBe('Copied all questions.'),
    );
    expect(writeText).toHaveBeenLastCalledWith(
      expect.stringMatching(/^Questions to ask Example Health \(Care Manager\):/),
    );
  });

  it('says when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    const el = await show({ state: stateOf(), comparison: null });
    (el.querySelector('button[aria-label="Copy question 1"]') as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(el.querySelector('[data-testid="copy-status"]')?.textContent).toMatch(/Could not copy/),
    );
  });
});
