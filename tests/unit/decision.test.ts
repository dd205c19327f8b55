import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonColumn } from '@/lib/comparison';
import { comparisonColumns } from '@/lib/comparison-data';
import { getConditions, getSource } from '@/lib/content';
import { validateContent } from '@/lib/content-validation';
import {
  DECISION_TABLE,
  decide,
  decisionTableMarkdown,
  describeAnswers,
  type Decision,
  type HelperCondition,
  type RuleId,
} from '@/lib/decision';
import type { Answers } from '@/lib/helper-query';
import { botherChoices, SAFETY_CHOICES, type SafetyId } from '@/lib/helper-questions';
import { FIXTURE_TODAY, fixtureColumns, nineConditionContent } from '../fixtures/load-fixture';
import { fixtureSiteText } from '../fixtures/site-text';

const columns = comparisonColumns();
const text = fixtureSiteText();
const blank: Answers = { asked: true, safety: [], warning: [] };
const answer = (overrides: Partial<Answers>): Answers => ({ ...blank, ...overrides });
const fired = new Set<RuleId>();

function run(answers: Answers): Decision {
  const decision = decide(answers, columns, text, getConditions());
  for (const rule of decision.rules) fired.add(rule);
  return decision;
}

function answered(answers: Answers) {
  const decision = run(answers);
  if (decision.kind !== 'answer') throw new Error('expected an answer');
  return decision;
}

const fitNames = (decision: ReturnType<typeof answered>) => decision.fits.map((fit) => fit.name);
const bySlug = (slug: string) => {
  const column = columns.find((c) => c.slug === slug);
  if (!column) throw new Error(`no therapy ${slug} in content`);
  return column;
};
const dryNeedling = bySlug('dry-needling');
const acupuncture = bySlug('acupuncture');

describe('decide: no answer', () => {
  it.each<[string, Answers]>([
    ['a fresh visit', { asked: false, safety: [], warning: [] }],
    ['an empty submission', blank],
  ])('gives a gentle prompt for %s', (_name, answers) => {
    expect(run(answers)).toEqual({ kind: 'prompt', rules: ['empty'] });
  });
});

describe('decide: warning signs', () => {
  it('an emergency sign alone puts an emergency card, with its reason, on the answer', () => {
    const decision = answered(answer({ warning: ['breathless'] }));
    expect(decision.care).toEqual({
      level: 'emergency',
      signs: [{ id: 'breathless', label: 'Sudden shortness of breath' }],
      reasons: [text.reasons.lung],
    });
    expect(decision.rules).toContain('warning-emergency');
  });
  it('an urgent sign alone puts an urgent card on the answer', () => {
    const decision = answered(answer({ warning: ['fever'] }));
    expect(decision.care).toEqual({
      level: 'urgent',
      signs: [{ id: 'fever', label: 'A fever along with the pain' }],
      reasons: [text.reasons.doctor],
    });
    expect(decision.rules).toContain('warning-urgent');
  });
  it('two signs with the same reason give that reason once', () => {
    const decision = answered(answer({ warning: ['chest-pain', 'breathless'] }));
    expect(decision.care?.reasons).toEqual([text.reasons.lung]);
  });
  it('an emergency sign with urgent ones makes one emergency card listing all of them', () => {
    const warning = ['fever', 'chest-pain', 'weight-loss'];
    const decision = answered(answer({ warning, bother: 'low-back-pain' }));
    expect(decision.care?.level).toBe('emergency');
    expect(decision.care?.signs.map((s) => s.id)).toEqual(['chest-pain', 'fever', 'weight-loss']);
    // The rest of the answer is still there, below the card.
    expect(fitNames(decision)).toEqual(['Acupuncture', 'Dry needling']);
  });
  it('no warning sign, no care card', () => {
    expect(answered(answer({ want: 'targeted' })).care).toBeNull();
  });
});

describe('decide: cautions', () => {
  const cautionCases: [SafetyId, Record<string, boolean>][] = [
    ['pregnancy', { 'Dry needling': false, Acupuncture: true }],
    ['bleeding-risk', { 'Dry needling': true, Acupuncture: true }],
    ['pacemaker', { 'Dry needling': false, Acupuncture: true }],
  ];
  it.each(cautionCases)(
    '%s quotes each profile’s caution note, or says it is not listed',
    (id, listed) => {
      const decision = answered(answer({ safety: [id] }));
      expect(decision.rules).toContain('caution');
      const [caution] = decision.cautions;
      expect(caution?.id).toBe(id);
      for (const note of caution?.notes ?? []) {
        expect(Boolean(note.quote), note.therapy).toBe(listed[note.therapy]);
        const column = columns.find((c) => c.profile.name === note.therapy);
        const item = column?.profile.cautions.items.find((i) => i.id === id);
        if (note.quote) {
          expect(note.quote.text).toBe(item?.note);
          expect(note.quote.sources).toEqual(item?.sources);
        }
      }
      expect(
        decision.questions.some((q) =>
          q.startsWith(SAFETY_CHOICES.find((s) => s.id === id)?.label.slice(0, 4) ?? '?'),
        ),
      ).toBe(true);
    },
  );
  it('needle fear quotes every technique cell', () => {
    const decision = answered(answer({ safety: ['needle-fear'] }));
    expect(decision.rules).toContain('needle-fear');
    expect(decision.rules).not.toContain('caution');
    expect(decision.cautions[0]?.notes.map((n) => n.quote?.text)).toEqual(
      columns.map((c) => c.profile.technique.text),
    );
    expect(decision.questions.join(' ')).toMatch(/nervous about needles/);
  });
  it('every caution at once keeps the order they were given', () => {
    const safety: SafetyId[] = ['pacemaker', 'needle-fear', 'pregnancy', 'bleeding-risk'];
    const decision = answered(answer({ safety }));
    expect(decision.cautions.map((c) => c.id)).toEqual([
      'pacemaker',
      'pregnancy',
      'bleeding-risk',
      'needle-fear',
    ]);
  });
});

describe('decide: approach', () => {
  it.each([
    ['targeted', 'one', ['Dry needling']],
    ['whole-body', 'one', ['Acupuncture']],
    ['not-sure', 'open', ['Acupuncture', 'Dry needling']],
  ] as const)('%s → %s %j', (want, verdict, names) => {
    const decision = answered(answer({ want }));
    expect(decision.verdict).toBe(verdict);
    expect(fitNames(decision)).toEqual(names);
    if (verdict === 'one') {
      const [fit] = decision.fits;
      const column = columns.find((c) => c.profile.name === fit?.name);
      expect(column?.profile.approach).toBe(want);
      expect(fit?.reasons[0]?.quote).toEqual({
        label: 'What it focuses on',
        ...column?.profile.focus,
      });
    } else {
      expect(decision.rules).toContain('approach-unsure');
    }
  });
});

describe('decide: the condition files', () => {
  let fixtureColumnsList: ComparisonColumn[];
  let conditions: HelperCondition[];
  beforeAll(() => {
    const result = validateContent(nineConditionContent(true), { today: FIXTURE_TODAY });
    if (!result.ok) throw new Error('fixture content is invalid');
    fixtureColumnsList = fixtureColumns(result.content);
    conditions = result.content.conditions;
  });
  const fixtureDecision = (answers: Answers) => {
    const decision = decide(answers, fixtureColumnsList, text, conditions);
    for (const rule of decision.rules) fired.add(rule);
    if (decision.kind !== 'answer') throw new Error('expected an answer');
    return decision;
  };

  it('draws its choices from the condition files, once each, then “something else”', () => {
    expect(botherChoices(conditions).map((choice) => choice.id)).toEqual([
      'ankle-pain',
      'back-ache',
      'elbow-pain',
      'foot-pain',
      'hand-pain',
      'jaw-pain',
      'knee-ache',
      'wrist-pain',
      'hip-pain',
      'other',
    ]);
  });

  it('answers for every therapy, quoting the condition’s rating and finding', () => {
    const decision = fixtureDecision(answer({ bother: 'hip-pain' }));
    expect(decision.rules).toContain('condition');
    expect(decision.condition?.findings).toEqual([
      {
        slug: 'acupuncture',
        name: 'Acupuncture',
        rating: 'better-than-none',
        why: 'For hip pain, we rate the research on acupuncture as “better than no treatment only”.',
        quote: {
          label: 'Hip pain',
          text: 'Fixture: first find.',
          sources: [{ source: 'vickers-2012', quote: 'modest' }],
        },
        href: '/conditions/hip-pain#therapy-acupuncture',
      },
      {
        slug: 'dry-needling',
        name: 'Dry needling',
        rating: 'unclear',
        why: 'For hip pain, we rate the research on dry needling as “unclear or mixed”.',
        quote: {
          label: 'Hip pain',
          text: 'Fixture: second find.',
          sources: [{ source: 'gattie-2017', quote: 'quality' }],
        },
        href: '/conditions/hip-pain#therapy-dry-needling',
      },
      {
        slug: 'electroacupuncture',
        name: 'Electroacupuncture',
        rating: 'unclear',
        why: 'For hip pain, we rate the research on electroacupuncture as “unclear or mixed”.',
        quote: {
          label: 'Hip pain',
          text: 'Fixture: third find.',
          sources: [{ source: 'nccih-bulletin', quote: 'conditions' }],
        },
        href: '/conditions/hip-pain#therapy-electroacupuncture',
      },
    ]);
  });

  it('says so plainly when no good studies were found, instead of leaving a gap', () => {
    const decision = fixtureDecision(answer({ bother: 'ankle-pain' }));
    expect(decision.condition?.findings[2]).toMatchObject({
      name: 'Electroacupuncture',
      rating: 'no-good-studies',
      quote: {
        label: 'Ankle pain',
        text: 'We did not find good studies of this therapy for this problem.',
        sources: [],
      },
    });
  });

  it('never ranks therapies by the condition: the findings sit beside an open verdict', () => {
    const decision = fixtureDecision(answer({ bother: 'hip-pain' }));
    expect(decision.verdict).toBe('open');
    expect(decision.fits.map((fit) => fit.score)).toEqual([0, 0, 0]);
  });

  it('adds the condition’s red flags to the warning signs', () => {
    const decision = fixtureDecision(answer({ bother: 'hip-pain' }));
    expect(decision.condition?.redFlags.map((flag) => [flag.level, flag.title])).toEqual([
      ['urgent', 'Fixture warning for hip pain'],
    ]);
  });

  it('asks how the provider would treat it and whether insurance pays', () => {
    const decision = fixtureDecision(answer({ bother: 'hip-pain' }));
    expect(decision.questions).toEqual(
      expect.arrayContaining([
        'How would you treat my hip pain, and how will we know if it is helping?',
        'Will my insurance or Medicare pay for this?',
      ]),
    );
  });

  it('something else / not sure: no findings, and see a doctor first to find the cause', () => {
    const decision = fixtureDecision(answer({ bother: 'other' }));
    expect(decision.verdict).toBe('open');
    expect(decision.condition).toBeNull();
    expect(decision.rules).toContain('condition-other');
    expect(decision.seeDoctor).toEqual([text.reminders['not-sure'], text.reminders['see-doctor']]);
  });
});

describe('decide: who you already see', () => {
  it.each([
    ['physical-therapist', 'one', ['Dry needling']],
    ['chiropractor', 'open', ['Acupuncture', 'Dry needling']],
    ['neither', 'open', ['Acupuncture', 'Dry needling']],
  ] as const)('%s → %s %j', (seeing, verdict, names) => {
    const decision = answered(answer({ seeing }));
    expect(decision.verdict).toBe(verdict);
    expect(fitNames(decision)).toEqual(names);
    if (verdict === 'one') {
      expect(decision.fits[0]?.reasons[0]?.quote.text).toBe(dryNeedling.profile.practitioners.text);
      expect(decision.questions.join(' ')).toMatch(/Do you offer dry needling\?/);
    }
  });
});

describe('decide: combinations', () => {
  it('a condition never tips the balance: only approach and provider score', () => {
    const decision = answered(answer({ bother: 'low-back-pain', want: 'targeted' }));
    expect(decision.verdict).toBe('one');
    expect(decision.fits).toEqual([expect.objectContaining({ name: 'Dry needling', score: 1 })]);
    expect(decision.condition?.findings.map((finding) => finding.name)).toEqual([
      'Acupuncture',
      'Dry needling',
    ]);
  });
  it('approach and provider agreeing give a score of 2', () => {
    const decision = answered(
      answer({ bother: 'neck-pain', want: 'targeted', seeing: 'physical-therapist' }),
    );
    expect(decision.verdict).toBe('one');
    expect(decision.fits[0]).toMatchObject({ name: 'Dry needling', score: 2 });
    expect(decision.others.map((o) => o.name)).toEqual(['Acupuncture']);
  });
  it('one match each is a tie: both shown', () => {
    const decision = answered(
      answer({ bother: 'neck-pain', want: 'whole-body', seeing: 'physical-therapist' }),
    );
    expect(decision.verdict).toBe('several');
    expect(decision.fits.map((f) => [f.name, f.score])).toEqual([
      ['Acupuncture', 1],
      ['Dry needling', 1],
    ]);
  });
  it('everything at once', () => {
    const decision = answered(
      answer({
        bother: 'migraine',
        want: 'not-sure',
        seeing: 'neither',
        safety: ['pregnancy'],
        warning: ['injury'],
      }),
    );
    expect(decision.care?.level).toBe('urgent');
    expect(decision.verdict).toBe('open');
    expect(decision.condition?.name).toBe('Migraine');
    expect(decision.cautions.map((c) => c.id)).toEqual(['pregnancy']);
    expect(decision.questions.length).toBeGreaterThanOrEqual(4);
  });
});

describe('decide: the data drives it', () => {
  it('a new therapy gets an answer for every condition with no code change', () => {
    const cupping: ComparisonColumn = {
      ...acupuncture,
      slug: 'cupping',
      name: 'Cupping',
      url: '/therapies/cupping',
      profile: { ...acupuncture.profile, name: 'Cupping' },
    };
    const decision = decide(
      answer({ bother: 'neck-pain' }),
      [...columns, cupping],
      text,
      getConditions(),
    );
    expect(decision.kind === 'answer' && decision.condition?.findings.at(-1)).toMatchObject({
      name: 'Cupping',
      rating: 'no-good-studies',
    });
  });
});

describe('decide: honest wording', () => {
  const samples: Answers[] = [
    answer({
      bother: 'fibromyalgia',
      want: 'targeted',
      seeing: 'chiropractor',
      safety: ['pacemaker', 'needle-fear'],
    }),
    answer({ bother: 'shoulder-pain', want: 'whole-body', warning: ['fever'] }),
    answer({ bother: 'other', want: 'not-sure' }),
  ];
  it.each(samples.map((s, i) => [i, s] as const))(
    'sample %i never promises or diagnoses',
    (_i, answers) => {
      const decision = answered(answers);
      const ourWords = [
        ...decision.fits.flatMap((f) => f.reasons.map((r) => r.why)),
        ...(decision.condition?.findings.map((finding) => finding.why) ?? []),
        ...decision.questions,
        ...decision.seeDoctor.map((n) => n.text),
      ].join(' ');
      expect(ourWords).not.toMatch(
        /\bwill (work|help|cure|fix|heal)\b|\byou (probably |may )?have (a|an)\b|\bdiagnos/i,
      );
      const quoted = [...decision.fits, ...decision.others].flatMap((f) => [
        ...f.reasons.flatMap((r) => r.quote.sources),
        ...f.focus.sources,
      ]);
      expect(quoted.length).toBeGreaterThan(0);
      for (const ref of quoted) {
        const quote = getSource(ref.source)?.quotes?.find((q) => q.id === ref.quote);
        expect(quote, `${ref.source}/${ref.quote}`).toBeDefined();
      }
      expect(describeAnswers(answers, (id) => id, text.warningSigns).length).toBeGreaterThan(0);
    },
  );
});

describe('the decision table', () => {
  it('every rule was exercised by the cases above', () => {
    expect([...fired].sort()).toEqual(DECISION_TABLE.map((rule) => rule.id).sort());
  });
  it('prints as Markdown, one row per rule', () => {
    const lines = decisionTableMarkdown().split('\n');
    expect(lines).toHaveLength(DECISION_TABLE.length + 2);
    expect(lines[2]).toMatch(/^\| empty \| No question answered \|/);
  });
});
