import { describe, expect, it } from 'vitest';
import { comparisonColumns } from '@/lib/comparison-data';
import { getSource } from '@/lib/content';
import {
  DECISION_TABLE,
  decide,
  decisionTableMarkdown,
  describeAnswers,
  type Decision,
  type RuleId,
} from '@/lib/decision';
import type { Answers } from '@/lib/helper-query';
import { botherChoices, SAFETY_CHOICES, type SafetyId } from '@/lib/helper-questions';
import { fixtureSiteText } from '../fixtures/site-text';

const columns = comparisonColumns();
const text = fixtureSiteText();
const blank: Answers = { asked: true, safety: [], warning: [] };
const answer = (overrides: Partial<Answers>): Answers => ({ ...blank, ...overrides });
const fired = new Set<RuleId>();

function run(answers: Answers): Decision {
  const decision = decide(answers, columns, text);
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
    expect(fitNames(decision)).toEqual(['Acupuncture']);
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
      const notes = caution?.notes ?? [];
      expect(Object.fromEntries(notes.map((note) => [note.therapy, Boolean(note.quote)]))).toEqual(
        listed,
      );
      // A listed caution is quoted word for word, with that caution's own sources.
      const itemOf = (therapy: string) =>
        columns
          .find((c) => c.profile.name === therapy)
          ?.profile.cautions.items.find((i) => i.id === id);
      const quoted = notes.filter((note) => note.quote !== null);
      expect(quoted.map((note) => [note.quote?.text, note.quote?.sources])).toEqual(
        quoted.map((note) => [itemOf(note.therapy)?.note, itemOf(note.therapy)?.sources]),
      );
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
    ['targeted', ['Dry needling']],
    ['whole-body', ['Acupuncture']],
  ] as const)('%s → one fit, %j, quoting its focus', (want, names) => {
    const decision = answered(answer({ want }));
    expect(decision.verdict).toBe('one');
    expect(fitNames(decision)).toEqual(names);
    const [fit] = decision.fits;
    const column = columns.find((c) => c.profile.name === fit?.name);
    expect(column?.profile.approach).toBe(want);
    expect(fit?.reasons[0]?.quote).toEqual({
      label: 'What it focuses on',
      ...column?.profile.focus,
    });
  });
  it('not sure → every therapy is shown', () => {
    const decision = answered(answer({ want: 'not-sure' }));
    expect(decision.verdict).toBe('open');
    expect(fitNames(decision)).toEqual(['Acupuncture', 'Dry needling']);
    expect(decision.rules).toContain('approach-unsure');
  });
});

describe('decide: each condition in the profiles', () => {
  const conditions = botherChoices(columns).filter((choice) => choice.id !== 'other');
  it('draws its choices from every profile, once each', () => {
    const all = columns.flatMap((c) => c.profile.conditions.items.map((i) => i.id));
    expect(conditions.map((c) => c.id).sort()).toEqual([...new Set(all)].sort());
  });
  it.each(conditions.map((c) => [c.id] as const))(
    '%s: each therapy that lists it fits, quoting its note',
    (id) => {
      const decision = answered(answer({ bother: id }));
      const listing = columns.filter((c) => c.profile.conditions.items.some((i) => i.id === id));
      expect(fitNames(decision)).toEqual(listing.map((c) => c.profile.name));
      expect(decision.verdict).toBe(listing.length === 1 ? 'one' : 'several');
      for (const fit of decision.fits) {
        const item = bySlug(fit.slug).profile.conditions.items.find((i) => i.id === id);
        expect(fit.reasons).toEqual([
          expect.objectContaining({
            rule: 'condition',
            quote: { label: item?.label, text: item?.note, sources: item?.sources },
          }),
        ]);
        expect(fit.reasons[0]?.why).toMatch(/^People use .+ \((some|mixed|limited) evidence\)\.$/);
      }
      expect(decision.questions.join(' ')).toContain(
        `treat my ${conditions.find((c) => c.id === id)?.label.toLowerCase()}`,
      );
    },
  );
  it('something else / not sure: no fit, and see a doctor first to find the cause', () => {
    const decision = answered(answer({ bother: 'other' }));
    expect(decision.verdict).toBe('open');
    expect(decision.rules).toContain('condition-other');
    expect(decision.seeDoctor).toEqual([text.reminders['not-sure'], text.reminders['see-doctor']]);
  });
});

describe('decide: who you already see', () => {
  it('physical-therapist → dry needling fits, quoting who provides it', () => {
    const decision = answered(answer({ seeing: 'physical-therapist' }));
    expect(decision.verdict).toBe('one');
    expect(fitNames(decision)).toEqual(['Dry needling']);
    expect(decision.fits[0]?.reasons[0]?.quote.text).toBe(dryNeedling.profile.practitioners.text);
    expect(decision.questions.join(' ')).toMatch(/Do you offer dry needling\?/);
  });
  it.each(['chiropractor', 'neither'] as const)('%s → every therapy is shown', (seeing) => {
    const decision = answered(answer({ seeing }));
    expect(decision.verdict).toBe('open');
    expect(fitNames(decision)).toEqual(['Acupuncture', 'Dry needling']);
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
      answer({ bother: 'myofascial-pain', want: 'targeted', seeing: 'physical-therapist' }),
    );
    expect(decision.verdict).toBe('one');
    expect(decision.fits[0]).toMatchObject({ name: 'Dry needling', score: 3 });
    expect(decision.others.map((o) => o.name)).toEqual(['Acupuncture']);
  });
  it('two matches beat one', () => {
    const decision = answered(
      answer({ bother: 'neck-pain', want: 'whole-body', seeing: 'physical-therapist' }),
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
    const decision = decide(answer({ bother: 'shoulder-pain' }), all, text);
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
    answer({ bother: 'knee-osteoarthritis', want: 'whole-body', warning: ['fever'] }),
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
