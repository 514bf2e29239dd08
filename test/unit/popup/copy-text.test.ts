import { describe, expect, it } from 'vitest';
import { questionsAsMarkdown, questionsAsText } from '../../../src/popup/copy-text.ts';

const qs = ['Who pays you?', 'What is your *north star* metric?'];

describe('questions as text to paste', () => {
  it('plain text: a heading naming the company and role, then a numbered list', () => {
    expect(questionsAsText(qs, { title: 'Nurse', company: 'Acme Health' })).toBe(
      'Questions to ask Acme Health (Nurse):\n\n1. Who pays you?\n2. What is your *north star* metric?\n',
    );
  });

  it('Markdown: a heading and a list, with page text escaped', () => {
    expect(questionsAsMarkdown(qs, { title: null, company: 'A_B' })).toBe(
      '## Questions to ask A\\_B\n\n1. Who pays you?\n2. What is your \\*north star\\* metric?\n',
    );
  });

  it('copes with an unnamed posting', () => {
    expect(questionsAsText(['Q?'], { title: null, company: null })).toMatch(/^Questions to ask:/);
  });
});
