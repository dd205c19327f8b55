import { describe, expect, it } from 'vitest';
import {
  answersToQuery,
  hasAnyAnswer,
  parseHelperQuery,
  type RawQuery,
} from '@/lib/helper/helper-query';
import { problemText } from '@/lib/helper/answer-words';
import { FIXTURE_HELPER_TEXT } from '../../fixtures/helper-text';

const BOTHER = ['low-back-pain', 'neck-pain', 'muscle-strains', 'other'];
const WARNING = ['chest-pain', 'fever', 'injury'];
/** The parse, with each problem put in the fixture's words, as the page shows it. */
function parse(raw: unknown) {
  const { answers, problems } = parseHelperQuery(raw, BOTHER, WARNING);
  return {
    answers,
    problems: problems.map((problem) => problemText(problem, FIXTURE_HELPER_TEXT)),
  };
}

/** The way Next.js turns a query string into `searchParams`: repeated keys become arrays. */
function searchParams(query: string): RawQuery {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

describe('parseHelperQuery: good input', () => {
  it('reads nothing from an empty query, with no problems', () => {
    // Strict: a question not answered is absent, not present as undefined.
    expect(parse({})).toStrictEqual({
      answers: { asked: false, safety: [], warning: [] },
      problems: [],
    });
  });
  it('marks an empty submission as asked', () => {
    expect(parse(searchParams('show=answer')).answers.asked).toBe(true);
  });
  it('reads every field', () => {
    const { answers, problems } = parse(
      searchParams(
        'show=answer&bother=neck-pain&want=whole-body&seeing=physical-therapist&safety=pregnancy&safety=pacemaker&warning=fever',
      ),
    );
    expect(problems).toEqual([]);
    expect(answers).toEqual({
      asked: true,
      bother: 'neck-pain',
      want: 'whole-body',
      seeing: 'physical-therapist',
      safety: ['pregnancy', 'pacemaker'],
      warning: ['fever'],
    });
    expect(hasAnyAnswer(answers)).toBe(true);
  });
  it('still reads an old shared link that says seeing=chiropractor: that answer is left out, with why', () => {
    const { answers, problems } = parse(
      searchParams('show=answer&want=targeted&seeing=chiropractor&safety=pacemaker'),
    );
    expect(answers).toStrictEqual({
      asked: true,
      want: 'targeted',
      safety: ['pacemaker'],
      warning: [],
    });
    expect(problems).toEqual([
      'We no longer ask if you see a chiropractor, because our sources do not say whether chiropractors offer either therapy. We left that answer out.',
    ]);
  });
  it('treats a value named like an object property as unknown, not as a retired choice', () => {
    expect(parse(searchParams('seeing=constructor')).problems).toEqual([
      'The answer “constructor” to “Do you already see a physical therapist?” is not one of the choices, so we left it out.',
    ]);
  });
  it('ignores empty values and parameters that are not ours', () => {
    const { answers, problems } = parse(
      searchParams('bother=&utm_source=x&want=targeted&safety=&safety=pregnancy&warning='),
    );
    expect(problems).toEqual([]);
    expect(answers).toStrictEqual({
      asked: false,
      want: 'targeted',
      safety: ['pregnancy'],
      warning: [],
    });
  });
  it('writes only the questions answered into the shareable query string', () => {
    expect(answersToQuery({ asked: true, safety: [], warning: [] })).toBe('show=answer');
    expect(answersToQuery({ asked: true, seeing: 'neither', safety: [], warning: ['fever'] })).toBe(
      'show=answer&seeing=neither&warning=fever',
    );
  });
  it('quotes back an unknown id-shaped value of up to 40 characters, and no longer', () => {
    const forty = 'a'.repeat(40);
    expect(parse({ want: forty }).problems).toEqual([
      `The answer “${forty}” to “What would you like?” is not one of the choices, so we left it out.`,
    ]);
    expect(parse({ want: `${forty}a` }).problems).toEqual([
      'An answer to “What would you like?” in the link was damaged or not one of the choices, so we left it out.',
    ]);
  });
  it('round-trips through the shareable query string', () => {
    const { answers } = parse(
      searchParams(
        'bother=other&want=not-sure&seeing=neither&safety=needle-fear&warning=chest-pain&warning=injury',
      ),
    );
    expect(parse(searchParams(answersToQuery(answers))).answers).toEqual({
      ...answers,
      asked: true,
    });
  });
});

describe('parseHelperQuery: problems are keys, not words', () => {
  it('names the kind, the question and (only when safe) the value', () => {
    expect(
      parseHelperQuery({ seeing: 'chiropractor', want: 'sideways' }, BOTHER, WARNING).problems,
    ).toEqual([
      { kind: 'not-a-choice', question: 'want', value: 'sideways' },
      { kind: 'retired', question: 'seeing', value: 'chiropractor' },
    ]);
    expect(parseHelperQuery({ want: '<b>' }, BOTHER, WARNING).problems).toEqual([
      { kind: 'damaged', question: 'want' },
    ]);
    expect(parseHelperQuery(42, BOTHER, WARNING).problems).toEqual([{ kind: 'unreadable' }]);
  });
});

describe('parseHelperQuery: unknown, repeated and malformed input', () => {
  it.each([
    [
      'an unknown condition',
      'bother=toothache',
      /“toothache” to “What is bothering you\?” is not one of the choices/,
    ],
    ['an unknown approach', 'want=both', /“both” to “What would you like\?”/],
    ['an unknown provider', 'seeing=dentist', /“dentist”/],
    ['an unknown caution', 'safety=diabetes', /“diabetes” to “Do any of these apply to you\?”/],
    [
      'an unknown warning sign',
      'warning=headache',
      /“headache” to “Do you have any of these warning signs\?”/,
    ],
  ])('%s becomes a clear problem and is left out', (_name, query, message) => {
    const { answers, problems } = parse(searchParams(query));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(hasAnyAnswer(answers)).toBe(false);
  });

  it.each([
    ['markup', 'bother=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['a broken percent-encoding', 'bother=%E0%A4%A'],
    ['upper case', 'bother=NECK-PAIN'],
    ['a huge value', `bother=${'a'.repeat(50_000)}`],
    ['markup in a list', 'warning=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  ])('%s is never echoed back', (_name, query) => {
    const { answers, problems } = parse(searchParams(query));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/damaged or not one of the choices/);
    expect(problems[0]).not.toMatch(/[<>"]|script|aaaa|NECK|\uFFFD/);
    expect(problems[0]!.length).toBeLessThan(200);
    expect(hasAnyAnswer(answers)).toBe(false);
  });

  it('a long id-shaped value is not echoed either', () => {
    const { problems } = parse(searchParams(`want=${'ab-'.repeat(30)}c`));
    expect(problems[0]).toMatch(/damaged/);
  });

  it('two different answers to a one-answer question: left out, with a message', () => {
    const { answers, problems } = parse(
      searchParams('bother=neck-pain&bother=low-back-pain&want=targeted'),
    );
    expect(answers.bother).toBeUndefined();
    expect(answers.want).toBe('targeted');
    expect(problems).toEqual([
      'The link had more than one answer to “What is bothering you?”, so we left that question out. Please choose one.',
    ]);
  });

  it('the same answer twice to a one-answer question is simply that answer', () => {
    expect(parse(searchParams('want=targeted&want=targeted'))).toEqual({
      answers: { asked: false, want: 'targeted', safety: [], warning: [] },
      problems: [],
    });
  });

  it('a repeated tick is counted once, and says so', () => {
    const { answers, problems } = parse(
      searchParams('warning=fever&warning=fever&safety=pacemaker'),
    );
    expect(answers.warning).toEqual(['fever']);
    expect(answers.safety).toEqual(['pacemaker']);
    expect(problems).toEqual([
      'The link repeated an answer to “Do you have any of these warning signs?”; we counted it once.',
    ]);
  });

  it('keeps the good ticks when one is bad', () => {
    const { answers, problems } = parse(
      searchParams('safety=pregnancy&safety=nope&safety=bleeding-risk'),
    );
    expect(answers.safety).toEqual(['pregnancy', 'bleeding-risk']);
    expect(problems).toHaveLength(1);
  });

  it.each([null, 42, 'bother=neck-pain', { bother: { nested: true } }, { bother: [1, 2] }])(
    'input that is not a query (%j) never throws',
    (raw) => {
      const result = parse(raw);
      expect(result.answers).toEqual({ asked: false, safety: [], warning: [] });
      expect(result.problems).toEqual([
        'The link could not be read, so we started from a blank form.',
      ]);
    },
  );

  it('a hidden marker with the wrong value does not count as asked', () => {
    expect(parse(searchParams('show=yes')).answers.asked).toBe(false);
  });
});
