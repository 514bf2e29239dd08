import { describe, expect, it } from 'vitest';
import {
  beliefSentence,
  clause,
  continueSentence,
  joinWords,
  stripLead,
} from '../../../src/core/theory/review-text.ts';

describe('continueSentence', () => {
  it('lower-cases an ordinary first word', () => {
    expect(continueSentence('People should have lab tests')).toBe('people should have lab tests');
    expect(continueSentence('Catching disease early saves lives.')).toBe(
      'catching disease early saves lives.',
    );
    expect(continueSentence('  Personalised, data-driven outreach')).toBe(
      'personalised, data-driven outreach',
    );
    expect(continueSentence('A cheaper option')).toBe('a cheaper option');
  });

  it('keeps acronyms, "I" and words with inner capitals', () => {
    expect(continueSentence('AI should handle refills')).toBe('AI should handle refills');
    expect(continueSentence('MRIs every six months')).toBe('MRIs every six months');
    expect(continueSentence('HIV care should be free')).toBe('HIV care should be free');
    expect(continueSentence('I think clinics')).toBe('I think clinics');
    expect(continueSentence("I'd rather")).toBe("I'd rather");
    expect(continueSentence('McKinsey-style consulting')).toBe('McKinsey-style consulting');
  });

  it('keeps proper nouns, known ones and two capitalised words in a row', () => {
    expect(continueSentence('Medicaid patients wait longest')).toBe('Medicaid patients wait longest');
    expect(continueSentence("Medicare's rules")).toBe("Medicare's rules");
    expect(continueSentence('Black mothers die more often')).toBe('Black mothers die more often');
    expect(continueSentence('Kaiser Permanente shows')).toBe('Kaiser Permanente shows');
    expect(continueSentence('New York should')).toBe('New York should');
  });

  it('leaves text that starts with no letter, or in lower case, as it is', () => {
    expect(continueSentence('(Routine) care')).toBe('(Routine) care');
    expect(continueSentence('3-6 month scans')).toBe('3-6 month scans');
    expect(continueSentence('already lower')).toBe('already lower');
    expect(continueSentence('')).toBe('');
    expect(continueSentence('Élan matters')).toBe('élan matters');
  });
});

describe('stripLead', () => {
  it('drops a repeated label, in any case and with the label’s ellipsis', () => {
    expect(stripLead('I believe people should', 'I believe')).toBe('people should');
    expect(stripLead('i believe, that care', 'I believe')).toBe('that care');
    expect(stripLead('…because it helps', 'because')).toBe('it helps');
    expect(stripLead('Because: it helps', 'because')).toBe('it helps');
    expect(stripLead('...it helps', 'because')).toBe('it helps');
  });

  it('keeps words that only start like the label', () => {
    expect(stripLead('I believed once', 'I believe')).toBe('I believed once');
    expect(stripLead('becausey', 'because')).toBe('becausey');
  });
});

describe('beliefSentence', () => {
  it('joins belief and reason into one sentence, lower-casing after "I believe" and "because"', () => {
    expect(
      beliefSentence(
        'People should have lab tests or scans every few months.',
        'Catching disease early saves lives. The cost: more false alarms.',
      ),
    ).toBe(
      'I believe people should have lab tests or scans every few months, because catching disease early saves lives. The cost: more false alarms.',
    );
  });

  it('does not repeat a label the user typed', () => {
    expect(beliefSentence('I believe AI can help', 'because it scales')).toBe(
      'I believe AI can help, because it scales.',
    );
  });

  it('says what there is when one half is empty', () => {
    expect(beliefSentence('Medicaid should pay more', '')).toBe('I believe Medicaid should pay more.');
    expect(beliefSentence('', 'It saves lives')).toBe('Your reason: it saves lives.');
    expect(beliefSentence('  ', '')).toBe('');
  });

  it('keeps a question or exclamation as it ends', () => {
    expect(beliefSentence('care should be free!', '')).toBe('I believe care should be free!');
  });
});

describe('joinWords and clause', () => {
  it('lists with commas and a last "and" or "or"', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });

  it('ends a clause with a full stop', () => {
    expect(clause('Cancer care for rural patients')).toBe('cancer care for rural patients.');
    expect(clause('Care for people on Medicaid.')).toBe('care for people on Medicaid.');
  });
});
