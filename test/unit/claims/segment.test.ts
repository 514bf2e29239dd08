// The sentence scanner must break exactly where Intl.Segmenter (UAX #29) breaks: on
// every line of the corpus, on the tricky cases postings contain, and on random text
// made of the characters the rules care about.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabels, textPath } from '../../../scripts/corpus.ts';
import { postingFromText } from '../../../src/core/analyze.ts';
import { segmentDescription, sentenceBreaks } from '../../../src/core/claims/segment.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const byIntl = (line: string) =>
  Array.from(segmenter.segment(line), (s) => ({ start: s.index, end: s.index + s.segment.length }));

describe('sentenceBreaks', () => {
  it('breaks every corpus line where Intl.Segmenter does', () => {
    for (const label of readLabels()) {
      const { description } = postingFromText(readFileSync(textPath(label.id), 'utf8'));
      for (const line of description.split('\n')) {
        if (line) expect(sentenceBreaks(line), `${label.id}: ${line}`).toEqual(byIntl(line));
      }
    }
  });

  it.each([
    'We serve 3.5 million members. Our mission is simple!',
    'Founded in the U.S. by Dr. Smith. He left.',
    'L.A. Care is a health plan. It serves Medi-Cal members.',
    'Helping People. Changing Lives.',
    'Visit Newsela.com today. Or not?! Really?? "Yes." (Maybe.) Then more.',
    'e.g. this one. etc., and that one.',
    'End.Next starts here. a.B and x.y',
    'One…Two. Three — four. «Five.» Six',
    'Tab\tafter.\tNext one.  Two spaces. \u00a0Nbsp.',
    'Zero\u200bwidth.\u200b Next.',
    'Ends with space. ',
    '!!! ??? ... . ? !',
  ])('matches Intl.Segmenter on %j', (line) => {
    expect(sentenceBreaks(line)).toEqual(byIntl(line));
  });

  it('matches Intl.Segmenter on random text made of the characters the rules care about', () => {
    const alphabet = [
      'a',
      'B',
      'é',
      'ª',
      '．',
      '。',
      '\u2028',
      'Z',
      '1',
      '.',
      '!',
      '?',
      ' ',
      ' ',
      ',',
      ';',
      '"',
      "'",
      '(',
      ')',
      '’',
      '—',
      '-',
      '\u00a0',
      '\u200b',
      '\u0301',
      '…',
      '\r',
      '\u2029',
      'あ',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 3000; round++) {
      const length = 1 + Math.floor(random() * 24);
      let line = '';
      for (let i = 0; i < length; i++) line += alphabet[Math.floor(random() * alphabet.length)];
      expect(sentenceBreaks(line), JSON.stringify(line)).toEqual(byIntl(line));
    }
  });
});

describe('segmentDescription', () => {
  it('keeps abbreviations and initials inside their sentence', () => {
    const texts = segmentDescription(
      'L.A. Care Health Plan, Inc. serves the U.S. market. We help people.',
    ).map((s) => s.text);
    expect(texts).toEqual(['L.A. Care Health Plan, Inc. serves the U.S. market.', 'We help people.']);
  });

  it('gives the same sentences for the same description, call after call', () => {
    const text =
      'About us\nWe exist to make care better. We serve seniors.\n\nRequirements\n- 3+ years of SQL';
    expect(segmentDescription(text)).toEqual(segmentDescription(text));
  });
});

// Scraped postings lose line breaks and the spaces after full stops; the glue layer
// (glued-text.ts) finds those boundaries after the Unicode rules.
describe('segmentDescription on glued text', () => {
  const texts = (description: string) => segmentDescription(description).map((s) => s.text);
  const sections = (description: string) => segmentDescription(description).map((s) => [s.section, s.text]);

  it('splits sentences run together without a space', () => {
    expect(
      texts('We make products that are better for the planet.The Engineering Team builds them.'),
    ).toEqual(['We make products that are better for the planet.', 'The Engineering Team builds them.']);
    expect(texts('Join a team that cares about patients!We are hiring. Is it you?Apply now.')).toEqual([
      'Join a team that cares about patients!',
      'We are hiring.',
      'Is it you?',
      'Apply now.',
    ]);
    // Closing punctuation stays with its sentence; a heading in capitals ends the sentence too.
    expect(texts('We use many tools (Excel, SQL, etc.)Strong skills are needed.')).toEqual([
      'We use many tools (Excel, SQL, etc.)',
      'Strong skills are needed.',
    ]);
  });

  it.each([
    'We opened in the U.S. in 2019 and serve many states.',
    'L.A. Care Health Plan serves more members than any other plan.',
    'We use tools, e.g. Python and SQL, every single day.',
    'Our members saved 3.5 million dollars in a year.',
    'We build our services with Node.js and React every day.',
    'Visit www.Example.com or write to name@Company.com for details.',
    'Write to John.Smith@Acme.com or see Acme.Com for details.',
    'She holds a Ph.D. in biology from a state university.',
    'We ship on Microsoft.NET and ASP.NET platforms.',
  ])('does not split %j', (sentence) => {
    expect(texts(sentence)).toEqual([sentence]);
  });

  it.each([
    'She worked at McKinsey and LinkedIn on HealthCare apps for the iPhone.',
    'A PhD in DevOps at WellSpan Health is a plus for this role.',
    'Our Mission at LinkedIn is to connect the world’s professionals.',
    'About HealthCare Partners: we care for the whole community.',
    'Our engineers use JavaScript, PowerPoint and TensorFlow every week.',
  ])('keeps the capitals of names inside %j', (sentence) => {
    expect(texts(sentence)).toEqual([sentence]);
  });

  it.each([
    ['About RoleThe Data Scientist will build models of patient risk.', 'About Role'],
    ['Who We AreWe are a clinic that helps patients heal faster.', 'Who We Are'],
    ['ResponsibilitiesDesign and build data pipelines for our analysts.', 'Responsibilities'],
    ['About usWe are a clinic that helps patients heal faster.', 'About us'],
    ['Job DescriptionCalico is seeking a genomics specialist to join us.', 'Job Description'],
    ['RequirementsA degree in statistics or computer science is required.', 'Requirements'],
    ['CORE VALUESThe program prepares graduates for practice.', 'CORE VALUES'],
    ['Position Requirements A Master’s degree in biology or chemistry.', 'Position Requirements'],
  ])('reads the glued heading in %j as a heading line', (glued, heading) => {
    const rest = glued.slice(heading.length).trimStart();
    const got = segmentDescription(glued);
    // The same sentences, sections and offsets as with the line break the scraper lost.
    expect(sections(glued)).toEqual(sections(`${heading}\n${rest}`));
    expect(got[0]?.section).not.toBe('none');
    expect(got.map((s) => s.text)).toEqual([rest]);
    expect(got[0]?.start).toBe(glued.indexOf(rest));
  });

  it('opens the section of a heading glued after a sentence, for the text that follows', () => {
    const got = sections(
      'We care about health.Who We AreAcme Health runs clinics that help patients heal.' +
        'ResponsibilitiesBuild dashboards for the clinics.',
    );
    expect(got).toEqual([
      ['none', 'We care about health.'],
      ['about', 'Acme Health runs clinics that help patients heal.'],
      ['duties', 'Build dashboards for the clinics.'],
    ]);
  });

  it('splits list items run together', () => {
    expect(
      texts('Strong communication skillsAbility to work independently in a fast-paced setting.'),
    ).toEqual(['Strong communication skills', 'Ability to work independently in a fast-paced setting.']);
    // Code keeps its capitals.
    expect(texts('var ac = document.createElement(x); parentNode.insertBefore(ac, s); done.')).toHaveLength(
      1,
    );
  });

  it('gives a whole posting on one line sentences and sections', () => {
    const posting =
      'Who We AreAcme Health is a clinic that helps patients heal faster.We serve seniors in Ohio.' +
      'Position SummaryThe analyst builds reports for our care teams. You will work with nurses.' +
      'Qualifications: Bachelor’s degree in a related field. Two years of SQL experience.' +
      'Benefits:Health insurance, dental and vision plans for all staff.Paid time off and a 401(k) match.';
    const got = segmentDescription(posting);
    expect(got.map((s) => [s.section, s.text])).toEqual([
      ['about', 'Acme Health is a clinic that helps patients heal faster.'],
      ['about', 'We serve seniors in Ohio.'],
      ['role', 'The analyst builds reports for our care teams.'],
      ['role', 'You will work with nurses.'],
      ['requirements', 'Bachelor’s degree in a related field.'],
      ['requirements', 'Two years of SQL experience.'],
      ['benefits', 'Health insurance, dental and vision plans for all staff.'],
      ['benefits', 'Paid time off and a 401(k) match.'],
    ]);
    for (const s of got) expect(posting.slice(s.start, s.end)).toBe(s.text);
    // Each block counts as a line of its own.
    expect(new Set(got.map((s) => s.line)).size).toBe(4);
  });

  it('lets a label after a run-on list item open a block, but not one inside a sentence', () => {
    expect(
      sections(
        'Work with IT and vendors to install the tools that support data governance objectives Required Experience: Bachelor’s degree.',
      ),
    ).toEqual([
      ['none', 'Work with IT and vendors to install the tools that support data governance objectives'],
      ['requirements', 'Bachelor’s degree.'],
    ]);
    expect(texts('We have a no ego policy in line with our Core Values: Respect and Reliability.')).toEqual([
      'We have a no ego policy in line with our Core Values: Respect and Reliability.',
    ]);
  });

  it('maps every sentence of every corpus text back to its offsets', () => {
    for (const label of readLabels()) {
      const file = readFileSync(textPath(label.id), 'utf8');
      for (const text of [postingFromText(file).description, file]) {
        let last = 0;
        for (const s of segmentDescription(text)) {
          expect(text.slice(s.start, s.end), label.id).toBe(s.text);
          expect(s.start, label.id).toBeGreaterThanOrEqual(last);
          expect(s.end, label.id).toBeGreaterThan(s.start);
          last = s.end;
        }
      }
    }
  });

  it('stays linear on long lines without breaks', () => {
    for (const unit of ['AbAb', 'aB.c', 'skillsAbility ', 'Who We AreWe are.', 'A: ', 'x'.repeat(60)]) {
      const line = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = performance.now();
      const got = segmentDescription(line);
      expect(performance.now() - started, unit).toBeLessThan(2000);
      for (const s of got) expect(line.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
