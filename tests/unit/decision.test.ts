import { describe, expect, it } from 'vitest';
import { comparisonColumns } from '@/lib/comparison-data';
import { getSource } from '@/lib/content';
import {
  DECISION_TABLE,
  decide,
  decisionTableMarkdown,
  describeAnswers,
  type CautionAdvice,
  type Decision,
  type RuleId,
} from '@/lib/decision';
import type { ComparisonColumn } from '@/lib/comparison';
import { validateContent } from '@/lib/content-validation';
import type { Answers } from '@/lib/helper-query';
import {
  botherChoices,
  SAFETY_CHOICES,
  WARNING_CHOICES,
  type SafetyId,
  type WarningId,
} from '@/lib/helper-questions';
import { FIXTURE_TODAY, threeTherapyContent } from '../fixtures/load-fixture';

// The site's own two therapies, for answers whose wording a reader sees today...
const columns = comparisonColumns();
// ...and the three-therapy fixture, whose every value is written in tests/fixtures, for the rules
// that depend on what the profiles list.
const fixtureColumns: ComparisonColumn[] = (() => {
  const result = validateContent(threeTherapyContent(), { today: FIXTURE_TODAY });
  if (!result.ok) throw new Error('the three-therapy fixture is invalid');
  return result.content.therapies.map((therapy) => ({
    slug: therapy.slug,
    name: therapy.profile.name,
    url: therapy.url,
    profile: therapy.profile,
  }));
})();
const blank: Answers = { asked: true, safety: [], warning: [] };
const answer = (overrides: Partial<Answers>): Answers => ({ ...blank, ...overrides });

function run(answers: Answers, over: readonly ComparisonColumn[] = columns): Decision {
  return decide(answers, over);
}

function answered(answers: Answers, over: readonly ComparisonColumn[] = columns) {
  const decision = run(answers, over);
  if (decision.kind !== 'answer') throw new Error('expected an answer');
  return decision;
}

const fitNames = (decision: ReturnType<typeof answered>) => decision.fits.map((fit) => fit.name);
const bySlug = (slug: string) => {
  const column = columns.find((c) => c.slug === slug);
  if (!column) throw new Error(`no therapy ${slug} in content`);
  return column;
};
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
  const cases = WARNING_CHOICES.map((sign) => [sign.id, sign.level] as const);
  it('covers every warning sign, with chest pain and breathlessness as emergencies', () => {
    expect(Object.fromEntries(cases)).toEqual({
      'chest-pain': 'emergency',
      breathless: 'emergency',
      'numbness-weakness': 'urgent',
      fever: 'urgent',
      'weight-loss': 'urgent',
      injury: 'urgent',
    });
  });
  it.each(cases)('%s alone puts a %s care card on the answer', (id, level) => {
    const decision = answered(answer({ warning: [id] }));
    expect(decision.care).toEqual({
      level,
      signs: [{ id, label: WARNING_CHOICES.find((s) => s.id === id)?.label }],
    });
    expect(decision.rules).toContain(
      level === 'emergency' ? 'warning-emergency' : 'warning-urgent',
    );
  });
  it('an emergency sign with urgent ones makes one emergency card listing all of them', () => {
    const warning: WarningId[] = ['fever', 'chest-pain', 'weight-loss'];
    const decision = answered(answer({ warning, bother: 'low-back-pain' }));
    expect(decision.care?.level).toBe('emergency');
    expect(decision.care?.signs.map((s) => s.id)).toEqual(['chest-pain', 'fever', 'weight-loss']);
    // The rest of the answer is still there, below the card.
    expect(fitNames(decision)).toEqual(['Acupuncture']);
  });
  it('no warning sign, no care card', () => {
    expect(answered(answer({ want: 'targeted' })).care).toBeNull();
  });
});

describe('decide: cautions', () => {
  const pacemakerNote = {
    label: 'Pacemaker',
    text: 'Some acupuncture uses a mild electric current.',
    sources: ['cleveland-acupuncture'],
  };
  it.each<[SafetyId, CautionAdvice['notes']]>([
    [
      'pacemaker',
      [
        { therapy: 'Acupuncture', quote: pacemakerNote },
        { therapy: 'Dry needling', quote: null },
        {
          therapy: 'Electroacupuncture',
          quote: {
            label: 'Pacemaker',
            text: 'The current may affect it. Tell the practitioner before treatment.',
            sources: ['cleveland-acupuncture'],
          },
        },
      ],
    ],
    [
      'bleeding-risk',
      [
        { therapy: 'Acupuncture', quote: null },
        {
          therapy: 'Dry needling',
          quote: {
            label: 'Blood thinners or a bleeding disorder',
            text: 'Tell the clinician before any needles go in.',
            sources: ['brady-2014'],
          },
        },
        { therapy: 'Electroacupuncture', quote: null },
      ],
    ],
    [
      'pregnancy',
      [
        { therapy: 'Acupuncture', quote: null },
        { therapy: 'Dry needling', quote: null },
        { therapy: 'Electroacupuncture', quote: null },
      ],
    ],
  ])('%s quotes each profile’s caution note, or says it is not listed', (id, notes) => {
    const decision = answered(answer({ safety: [id] }), fixtureColumns);
    expect(decision.rules).toContain('caution');
    expect(decision.cautions).toEqual([
      { id, label: SAFETY_CHOICES.find((s) => s.id === id)?.label, notes },
    ]);
  });

  it.each<[SafetyId, string]>([
    ['pregnancy', 'I am or might be pregnant. Is this treatment right for me now?'],
    [
      'bleeding-risk',
      'I take a blood thinner or have a bleeding disorder. What extra care will you take?',
    ],
    ['pacemaker', 'I have a pacemaker. Will you use an electric current on the needles?'],
    [
      'needle-fear',
      'I am very nervous about needles. Can you show me the needles first, and can we stop if I need to?',
    ],
  ])('%s adds its own question for the practitioner', (id, question) => {
    expect(answered(answer({ safety: [id] })).questions).toContain(question);
  });

  it('needle fear quotes every technique cell', () => {
    const decision = answered(answer({ safety: ['needle-fear'] }), fixtureColumns);
    expect(decision.rules).toContain('needle-fear');
    expect(decision.rules).not.toContain('caution');
    expect(decision.cautions[0]?.notes.map((n) => n.quote?.text)).toEqual([
      'Thin, solid needles go in at set points.',
      'A thin, solid needle goes straight into a trigger point. Nothing is injected.',
      'Needles go in at set points and a small electric current is passed through them.',
    ]);
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
  it('targeted: the one therapy whose approach is targeted fits, quoting its focus', () => {
    const decision = answered(answer({ want: 'targeted' }), fixtureColumns);
    expect(decision.verdict).toBe('one');
    expect(fitNames(decision)).toEqual(['Dry needling']);
    expect(decision.fits[0]?.reasons).toEqual([
      {
        rule: 'approach',
        why: 'You would like a targeted treatment, and dry needling is a targeted treatment.',
        quote: {
          label: 'What it focuses on',
          text: 'Trigger points: tight, tender spots in a band of muscle.',
          sources: ['kalichman-2010', 'cleveland-dry-needling'],
        },
      },
    ]);
  });

  it('whole-body: both whole-body therapies fit, a tie', () => {
    const decision = answered(answer({ want: 'whole-body' }), fixtureColumns);
    expect(decision.verdict).toBe('several');
    expect(fitNames(decision)).toEqual(['Acupuncture', 'Electroacupuncture']);
    expect(decision.others.map((o) => o.name)).toEqual(['Dry needling']);
  });

  it('not sure: no therapy gains, every therapy is shown', () => {
    const decision = answered(answer({ want: 'not-sure' }), fixtureColumns);
    expect(decision.verdict).toBe('open');
    expect(fitNames(decision)).toEqual(['Acupuncture', 'Dry needling', 'Electroacupuncture']);
    expect(decision.rules).toContain('approach-unsure');
  });

  it.each([
    ['targeted', ['Dry needling']],
    ['whole-body', ['Acupuncture']],
  ] as const)('on the site’s own profiles, %s → %j', (want, names) => {
    expect(fitNames(answered(answer({ want })))).toEqual(names);
  });
});

describe('decide: each condition in the profiles', () => {
  it('draws its choices from every profile in profile order, once each, then “something else”', () => {
    expect(botherChoices([...fixtureColumns, ...fixtureColumns]).map((c) => c.id)).toEqual([
      'low-back-pain',
      'muscle-strains',
      'long-term-pain',
      'other',
    ]);
  });

  it.each([
    [
      'low-back-pain',
      'Acupuncture',
      'People use acupuncture for low-back pain (some evidence).',
      {
        label: 'Low-back pain',
        text: 'It may help long-term low-back pain, but the effect is small.',
        sources: ['nccih-acupuncture-effectiveness'],
      },
    ],
    [
      'muscle-strains',
      'Dry needling',
      'People use dry needling for muscle strains (limited evidence).',
      {
        label: 'Muscle strains',
        text: 'Relief from muscle pain seems mostly short-term.',
        sources: ['fernandez-2019'],
      },
    ],
    [
      'long-term-pain',
      'Electroacupuncture',
      'People use electroacupuncture for long-term pain (mixed evidence).',
      {
        label: 'Long-term pain',
        text: 'Studies of acupuncture often include it; results are mixed.',
        sources: ['nccih-acupuncture-effectiveness'],
      },
    ],
  ] as const)(
    '%s: the therapy that lists it (%s) fits, quoting its note',
    (id, name, why, quote) => {
      const decision = answered(answer({ bother: id }), fixtureColumns);
      expect(decision.verdict).toBe('one');
      expect(fitNames(decision)).toEqual([name]);
      expect(decision.fits[0]?.reasons).toEqual([{ rule: 'condition', why, quote }]);
      expect(decision.questions).toContain(
        `How would you treat my ${quote.label.toLowerCase()}, and how will we know if it is helping?`,
      );
    },
  );

  it('a condition two therapies list makes them both fit', () => {
    const shared = fixtureColumns.map((column) => ({
      ...column,
      profile: {
        ...column.profile,
        conditions: {
          ...column.profile.conditions,
          items: column.profile.conditions.items.map((item) => ({ ...item, id: 'shared' })),
        },
      },
    }));
    const decision = answered(answer({ bother: 'shared' }), shared.slice(0, 2));
    expect(decision.verdict).toBe('several');
    expect(fitNames(decision)).toEqual(['Acupuncture', 'Dry needling']);
  });

  it('something else / not sure: no fit, and see a doctor first to find the cause', () => {
    const decision = answered(answer({ bother: 'other' }));
    expect(decision.verdict).toBe('open');
    expect(decision.rules).toContain('condition-other');
    expect(decision.seeDoctor[0]?.text).toMatch(/not sure what is causing/);
  });
});

describe('decide: who you already see', () => {
  it.each(['physical-therapist', 'chiropractor'] as const)(
    '%s: dry needling fits, quoting who provides it, with a question for them',
    (seeing) => {
      const decision = answered(answer({ seeing }));
      expect(decision.verdict).toBe('one');
      expect(fitNames(decision)).toEqual(['Dry needling']);
      expect(decision.fits[0]?.reasons[0]?.quote.text).toBe(
        'Physical therapists, chiropractors, doctors and some other clinicians, where their state allows it.',
      );
      expect(decision.questions.join(' ')).toMatch(/Do you offer dry needling\?/);
    },
  );

  it('neither: no therapy gains, both are shown', () => {
    const decision = answered(answer({ seeing: 'neither' }));
    expect(decision.verdict).toBe('open');
    expect(fitNames(decision)).toEqual(['Acupuncture', 'Dry needling']);
    expect(decision.questions.join(' ')).not.toMatch(/Do you offer/);
  });
});

describe('decide: combinations', () => {
  it('a condition one therapy lists plus the other’s approach is a tie: both shown', () => {
    const decision = answered(answer({ bother: 'low-back-pain', want: 'targeted' }));
    expect(decision.verdict).toBe('several');
    expect(fitNames(decision)).toEqual(['Acupuncture', 'Dry needling']);
    expect(decision.others).toEqual([]);
  });
  it('condition, approach and provider all agreeing give a score of 3', () => {
    const decision = answered(
      answer({ bother: 'muscle-strains', want: 'targeted', seeing: 'physical-therapist' }),
    );
    expect(decision.verdict).toBe('one');
    expect(decision.fits[0]).toMatchObject({ name: 'Dry needling', score: 3 });
    expect(decision.others.map((o) => o.name)).toEqual(['Acupuncture']);
  });
  it('two matches beat one', () => {
    const decision = answered(
      answer({ bother: 'neck-pain', want: 'whole-body', seeing: 'chiropractor' }),
    );
    expect(decision.fits.map((f) => [f.name, f.score])).toEqual([['Acupuncture', 2]]);
    expect(decision.others.map((o) => [o.name, o.score])).toEqual([['Dry needling', 1]]);
  });
  it('everything at once', () => {
    const decision = answered(
      answer({
        bother: 'headaches-and-migraines',
        want: 'not-sure',
        seeing: 'neither',
        safety: ['pregnancy'],
        warning: ['injury'],
      }),
    );
    expect(decision.care?.level).toBe('urgent');
    expect(fitNames(decision)).toEqual(['Acupuncture']);
    expect(decision.cautions.map((c) => c.id)).toEqual(['pregnancy']);
    expect(decision.questions.length).toBeGreaterThanOrEqual(4);
  });
});

describe('decide: the data drives it', () => {
  it('a new therapy and its condition are picked up with no code change', () => {
    const cupping = {
      slug: 'cupping',
      name: 'Cupping',
      url: '/therapies/cupping',
      profile: {
        ...acupuncture.profile,
        name: 'Cupping',
        conditions: {
          ...acupuncture.profile.conditions,
          items: [
            {
              ...acupuncture.profile.conditions.items[0]!,
              id: 'shoulder-pain',
              label: 'Shoulder pain',
            },
          ],
        },
      },
    };
    const all = [...columns, cupping];
    expect(botherChoices(all).map((c) => c.id)).toContain('shoulder-pain');
    const decision = decide(answer({ bother: 'shoulder-pain' }), all);
    expect(decision.kind === 'answer' && decision.fits.map((f) => f.name)).toEqual(['Cupping']);
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
    answer({ bother: 'sleep-problems', want: 'whole-body', warning: ['fever'] }),
    answer({ bother: 'other', want: 'not-sure' }),
  ];
  it.each(samples.map((s, i) => [i, s] as const))(
    'sample %i never promises or diagnoses',
    (_i, answers) => {
      const decision = answered(answers);
      const ourWords = [
        ...decision.fits.flatMap((f) => f.reasons.map((r) => r.why)),
        ...decision.questions,
        ...decision.seeDoctor.map((n) => n.text),
      ].join(' ');
      expect(ourWords).not.toMatch(
        /\bwill (work|help|cure|fix|heal)\b|\byou (probably |may )?have (a|an)\b|\bdiagnos/i,
      );
      const quoted = [...decision.fits, ...decision.others].flatMap((f) =>
        f.reasons.flatMap((r) => r.quote.sources),
      );
      const cited = [...quoted, ...decision.seeDoctor.flatMap((n) => n.sources)];
      for (const id of cited) expect(getSource(id), id).toBeDefined();
      expect(describeAnswers(answers, (id) => id).length).toBeGreaterThan(0);
    },
  );
});

describe('the decision table', () => {
  // One answer per rule, written here: every rule in the table fires for its own case, so this
  // holds whichever tests run and in whatever order.
  const RULE_CASES: [RuleId, Partial<Answers>][] = [
    ['empty', {}],
    ['warning-emergency', { warning: ['chest-pain'] }],
    ['warning-urgent', { warning: ['fever'] }],
    ['condition', { bother: 'low-back-pain' }],
    ['condition-other', { bother: 'other' }],
    ['approach', { want: 'targeted' }],
    ['approach-unsure', { want: 'not-sure' }],
    ['provider', { seeing: 'physical-therapist' }],
    ['caution', { safety: ['pregnancy'] }],
    ['needle-fear', { safety: ['needle-fear'] }],
    ['ranking', { want: 'targeted' }],
    ['see-doctor', { want: 'targeted' }],
  ];

  it('has a case for every rule, and no other', () => {
    expect(RULE_CASES.map(([rule]) => rule).sort()).toEqual(
      DECISION_TABLE.map((rule) => rule.id).sort(),
    );
  });

  it.each(RULE_CASES)('%s fires for its case', (rule, answers) => {
    expect(run(answer(answers)).rules).toContain(rule);
  });

  it('prints as Markdown, one row per rule', () => {
    const lines = decisionTableMarkdown().split('\n');
    expect(lines).toHaveLength(DECISION_TABLE.length + 2);
    expect(lines[0]).toBe('| rule | when | then |');
    expect(lines[1]).toBe('| --- | --- | --- |');
    expect(lines[2]).toBe(
      '| empty | No question answered | A gentle prompt to answer at least one question. No therapy is suggested. |',
    );
  });
});
