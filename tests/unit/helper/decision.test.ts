import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonColumn } from '@/lib/compare/comparison-rows';
import { validateContent, type ValidContent } from '@/lib/content/validate-content';
import {
  DECISION_TABLE,
  decide,
  decisionTableMarkdown,
  type Answered,
  type Decision,
  type RuleId,
  type TherapyFit,
} from '@/lib/helper/decision';
import {
  findingWords,
  questionText,
  quoteWithLabel,
  reasonText,
  toldLines,
} from '@/lib/helper/answer-words';
import { evidenceRuleText } from '@/lib/content/evidence-rule-text';
import { fillText } from '@/lib/site/fill-template';
import { FIXTURE_HELPER_TEXT } from '../../fixtures/helper-text';
import type { Answers } from '@/lib/helper/helper-query';
import { botherChoices, type SafetyId } from '@/lib/helper/helper-questions';
import { FIXTURE_TODAY, fixtureColumns, nineConditionContent } from '../../fixtures/load-fixture';
import { profileFixture } from '../../fixtures/profile';
import { fixtureSiteText } from '../../fixtures/site-text';
import { fixtureWarningSigns } from '../../fixtures/warning-signs';
import type { WarningLibrary } from '@/lib/schemas/warning-signs';

// Every case runs on fixtures: the three therapies of tests/fixtures/three-therapies (acupuncture and
// electroacupuncture whole-body, dry needling targeted), the nine conditions of
// tests/fixtures/nine-conditions and the fixture site text. The expected words are copied from those
// files into this one, so an editor rewording the real content changes nothing here.

const library = fixtureWarningSigns();
let text: ReturnType<typeof fixtureSiteText> & { warnings: WarningLibrary };
const blank: Answers = { asked: true, safety: [], warning: [] };
const answer = (overrides: Partial<Answers>): Answers => ({ ...blank, ...overrides });
const fired = new Set<RuleId>();
const ALL_THREE = ['Acupuncture', 'Dry needling', 'Electroacupuncture'];

let content: ValidContent;
let columns: ComparisonColumn[];

beforeAll(() => {
  const result = validateContent(nineConditionContent(true), { today: FIXTURE_TODAY });
  if (!result.ok) throw new Error('fixture content is invalid');
  content = result.content;
  columns = fixtureColumns(content);
  // The helper asks about the fixture library's signs; the conditions' sets come from their own.
  text = {
    ...fixtureSiteText(),
    warnings: { ...library, sets: [...library.sets, ...(content.warningSigns?.sets ?? [])] },
  };
});

function run(answers: Answers, shown: readonly ComparisonColumn[] = columns): Decision {
  const decision = decide(answers, shown, text, content.conditions);
  for (const rule of decision.rules) fired.add(rule);
  return decision;
}

function raw(answers: Answers, shown?: readonly ComparisonColumn[]): Answered {
  const decision = run(answers, shown);
  if (decision.kind !== 'answer') throw new Error('expected an answer');
  return decision;
}

const words = FIXTURE_HELPER_TEXT;
const fitInWords = (fit: TherapyFit) => ({
  ...fit,
  reasons: fit.reasons.map((reason) => ({
    rule: reason.rule,
    why: reasonText(reason, fit.name, words),
    quote: quoteWithLabel(reason.quote, words),
  })),
  focus: quoteWithLabel(fit.focus, words),
});

/**
 * The decision as the page words it (fixture helper words, the real evidence rule's rating words,
 * as before): the expected sentences below are written out in full.
 */
function answered(answers: Answers, shown?: readonly ComparisonColumn[]) {
  const decision = raw(answers, shown);
  const { condition, preferenceVerdict } = decision;
  const rule = evidenceRuleText();
  const found = condition ? findingWords(condition, rule) : {};
  return {
    ...decision,
    fits: decision.fits.map(fitInWords),
    others: decision.others.map(fitInWords),
    condition: condition && {
      ...condition,
      findings: condition.findings.map((finding) => ({
        ...finding,
        why: found[finding.slug]?.why,
        quote: finding.quote ?? {
          label: condition.name,
          text: found[finding.slug]?.meaning,
          sources: [],
        },
      })),
    },
    preferenceVerdict: preferenceVerdict && {
      heading:
        preferenceVerdict.fits.length === 1
          ? fillText(rule.helper.matches, { therapy: preferenceVerdict.fits[0]?.name ?? '' })
          : fillText(rule.helper.severalMatch, {
              therapies: preferenceVerdict.fits.map((fit) => fit.name).join(', '),
            }),
      ratings: preferenceVerdict.fits.map((fit) => found[fit.slug]?.why),
      caveat: rule.helper.notAnswer,
    },
    cautions: decision.cautions.map((caution) => ({
      id: caution.id,
      label: words.questions.safety.choices[caution.id],
      notes: caution.notes.map((note) => ({
        therapy: note.therapy,
        quote: note.quote && quoteWithLabel(note.quote, words),
      })),
    })),
    questions: decision.questions.map((question) => questionText(question, words)),
    seeDoctor: decision.seeDoctor.map((id) => text.reminders[id]),
  };
}

const fitNames = (decision: ReturnType<typeof answered>) => decision.fits.map((fit) => fit.name);

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
      urgency: 'emergency',
      signs: [{ id: 'breathless', label: 'Sudden shortness of breath' }],
      sets: [library.sets[0]],
    });
    expect(decision.care?.sets[0]?.intro?.text).toBe(
      'Fixture reason: these can be signs of a lung problem.',
    );
    expect(decision.rules).toContain('warning-emergency');
  });
  it('an urgent sign alone puts an urgent card on the answer', () => {
    const decision = answered(answer({ warning: ['fever'] }));
    expect(decision.care).toEqual({
      urgency: 'before-needling',
      signs: [{ id: 'fever', label: 'A fever along with the pain' }],
      sets: [library.sets[1]],
    });
    expect(decision.rules).toContain('warning-urgent');
  });
  it('two signs of the same set give that set once', () => {
    const decision = answered(answer({ warning: ['chest-pain', 'breathless'] }));
    expect(decision.care?.sets.map((set) => set.title)).toEqual(['Fixture lung set']);
  });
  it('an emergency sign with urgent ones makes one emergency card listing all of them', () => {
    const warning = ['fever', 'chest-pain', 'weight-loss'];
    const decision = answered(answer({ warning, bother: 'hip-pain' }));
    expect(decision.care?.urgency).toBe('emergency');
    expect(decision.care?.signs.map((s) => s.id)).toEqual(['chest-pain', 'fever', 'weight-loss']);
    // The rest of the answer is still there, below the card.
    expect(fitNames(decision)).toEqual(ALL_THREE);
    expect(decision.condition?.name).toBe('Hip pain');
  });
  it('no warning sign, no care card', () => {
    expect(answered(answer({ want: 'targeted' })).care).toBeNull();
  });
});

describe('decide: cautions', () => {
  const cautionCases: [
    Exclude<SafetyId, 'needle-fear'>,
    string,
    { therapy: string; quote: { label: string; text: string; sources: unknown[] } | null }[],
    string,
  ][] = [
    [
      'pregnancy',
      'I am or might be pregnant',
      [
        { therapy: 'Acupuncture', quote: null },
        { therapy: 'Dry needling', quote: null },
        { therapy: 'Electroacupuncture', quote: null },
      ],
      'I am or might be pregnant. Is this treatment right for me now?',
    ],
    [
      'bleeding-risk',
      'I take blood thinners or have a bleeding disorder',
      [
        { therapy: 'Acupuncture', quote: null },
        {
          therapy: 'Dry needling',
          quote: {
            label: 'Blood thinners or a bleeding disorder',
            text: 'Tell the clinician before any needles go in.',
            sources: [{ source: 'brady-2014', quote: 'fixture' }],
          },
        },
        { therapy: 'Electroacupuncture', quote: null },
      ],
      'I take a blood thinner or have a bleeding disorder. What extra care will you take?',
    ],
    [
      'pacemaker',
      'I have a pacemaker or another implanted device, such as a defibrillator',
      [
        {
          therapy: 'Acupuncture',
          quote: {
            label: 'Pacemaker',
            text: 'Some acupuncture uses a mild electric current.',
            sources: [{ source: 'cleveland-acupuncture', quote: 'fixture' }],
          },
        },
        { therapy: 'Dry needling', quote: null },
        {
          therapy: 'Electroacupuncture',
          quote: {
            label: 'Pacemaker',
            text: 'The current may affect it. Tell the practitioner before treatment.',
            sources: [{ source: 'cleveland-acupuncture', quote: 'fixture' }],
          },
        },
      ],
      'I have a pacemaker or another implanted device. Will you use an electric current on the needles?',
    ],
  ];
  it.each(cautionCases)(
    '%s quotes each profile’s own caution note word for word, or says it is not listed',
    (id, label, notes, question) => {
      const decision = answered(answer({ safety: [id] }));
      expect(decision.rules).toContain('caution');
      expect(decision.cautions).toEqual([{ id, label, notes }]);
      expect(decision.questions).toContain(question);
    },
  );
  it('needle fear quotes every technique cell', () => {
    const decision = answered(answer({ safety: ['needle-fear'] }));
    expect(decision.rules).toContain('needle-fear');
    expect(decision.rules).not.toContain('caution');
    expect(decision.cautions).toEqual([
      {
        id: 'needle-fear',
        label: 'I have a strong fear of needles',
        notes: [
          {
            therapy: 'Acupuncture',
            quote: {
              label: 'How it is done',
              text: 'Thin, solid needles go in at set points.',
              sources: [{ source: 'nccih-acupuncture', quote: 'fixture' }],
            },
          },
          {
            therapy: 'Dry needling',
            quote: {
              label: 'How it is done',
              text: 'A thin, solid needle goes straight into a trigger point. Nothing is injected.',
              sources: [{ source: 'cleveland-dry-needling', quote: 'fixture' }],
            },
          },
          {
            therapy: 'Electroacupuncture',
            quote: {
              label: 'How it is done',
              text: 'Needles go in at set points and a small electric current is passed through them.',
              sources: [{ source: 'nccih-acupuncture', quote: 'fixture' }],
            },
          },
        ],
      },
    ]);
    expect(decision.questions).toContain(
      'I am very nervous about needles. Can you show me the needles first, and can we stop if I need to?',
    );
  });
  it('every caution at once keeps the order they were given, needle fear last', () => {
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
  it('targeted → dry needling alone fits, quoting its focus', () => {
    const decision = answered(answer({ want: 'targeted' }));
    expect(decision.verdict).toBe('one');
    expect(fitNames(decision)).toEqual(['Dry needling']);
    expect(decision.fits[0]?.reasons).toEqual([
      {
        rule: 'approach',
        why: 'You would like a targeted treatment, and dry needling is a targeted treatment.',
        quote: {
          label: 'What it focuses on',
          text: 'Trigger points: tight, tender spots in a band of muscle.',
          sources: [
            { source: 'kalichman-2010', quote: 'fixture' },
            { source: 'cleveland-dry-needling', quote: 'fixture' },
          ],
        },
      },
    ]);
    expect(decision.others.map((other) => other.name)).toEqual([
      'Acupuncture',
      'Electroacupuncture',
    ]);
  });
  it('whole-body → both whole-body therapies fit, each quoting its own focus', () => {
    const decision = answered(answer({ want: 'whole-body' }));
    expect(decision.verdict).toBe('several');
    expect(decision.fits.map((fit) => [fit.name, fit.reasons[0]?.quote.text])).toEqual([
      ['Acupuncture', 'Points along pathways said to carry energy (qi).'],
      ['Electroacupuncture', 'Acupuncture points, with a small electric current added.'],
    ]);
    expect(decision.fits[0]?.reasons[0]?.why).toBe(
      'You would like a whole-body approach, and acupuncture is a whole-body approach.',
    );
    expect(decision.others.map((other) => other.name)).toEqual(['Dry needling']);
  });
  it('not sure → every therapy is shown', () => {
    const decision = answered(answer({ want: 'not-sure' }));
    expect(decision.verdict).toBe('open');
    expect(fitNames(decision)).toEqual(ALL_THREE);
    expect(decision.rules).toContain('approach-unsure');
  });
});

describe('decide: the condition files', () => {
  it('draws its choices from the condition files, once each, then “something else”', () => {
    expect(botherChoices(content.conditions, 'Fixture other').map((choice) => choice.id)).toEqual([
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
    const decision = answered(answer({ bother: 'hip-pain' }));
    expect(decision.rules).toContain('condition');
    expect(decision.condition?.findings).toEqual([
      {
        slug: 'acupuncture',
        name: 'Acupuncture',
        rating: {
          level: 'better-than-none',
          basis: { size: 'small-or-below-threshold', certainty: 'low', duration: 'short-term' },
        },
        why: 'For hip pain, we rate the research on acupuncture as: Better than no treatment or usual care (not shown against sham): small, short-term, low certainty.',
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
        rating: {
          level: 'unclear',
          basis: { size: 'not-reported', certainty: 'not-stated', duration: 'not-reported' },
        },
        why: 'For hip pain, we rate the research on dry needling as: Unclear or mixed: size not reported, certainty not stated.',
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
        rating: {
          level: 'unclear',
          basis: { size: 'not-reported', certainty: 'not-stated', duration: 'not-reported' },
        },
        why: 'For hip pain, we rate the research on electroacupuncture as: Unclear or mixed: size not reported, certainty not stated.',
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
    const decision = answered(answer({ bother: 'ankle-pain' }));
    expect(decision.condition?.findings[2]).toMatchObject({
      name: 'Electroacupuncture',
      rating: { level: 'no-good-studies' },
      quote: {
        label: 'Ankle pain',
        text: 'We looked, and did not find good studies of this therapy for this problem.',
        sources: [],
      },
    });
  });

  it('never ranks therapies by the condition: the findings sit beside an open verdict', () => {
    const decision = answered(answer({ bother: 'hip-pain' }));
    expect(decision.verdict).toBe('open');
    expect(decision.fits.map((fit) => fit.score)).toEqual([0, 0, 0]);
  });

  it('adds the condition’s warning-sign sets to the answer', () => {
    const decision = answered(answer({ bother: 'hip-pain' }));
    expect(decision.condition?.warningSets.map((set) => [set.urgency, set.title])).toEqual([
      ['before-needling', 'Fixture warning for hip pain'],
    ]);
  });

  it('asks how the provider would treat it and whether insurance pays', () => {
    const decision = answered(answer({ bother: 'hip-pain' }));
    expect(decision.questions).toEqual(
      expect.arrayContaining([
        'How would you treat my hip pain, and how will we know if it is helping?',
        'Will my insurance or Medicare pay for this?',
      ]),
    );
  });

  it('something else / not sure: no findings, and see a doctor first to find the cause', () => {
    const decision = answered(answer({ bother: 'other' }));
    expect(decision.verdict).toBe('open');
    expect(decision.condition).toBeNull();
    expect(decision.rules).toContain('condition-other');
    expect(decision.seeDoctor.map((reminder) => reminder.text)).toEqual([
      'Fixture: you are not sure what is causing it. A doctor can find out.',
      'Fixture: do not put off seeing a doctor.',
    ]);
  });
});

describe('decide: who you already see', () => {
  it('physical-therapist → dry needling fits, quoting who provides it', () => {
    const decision = answered(answer({ seeing: 'physical-therapist' }));
    expect(decision.verdict).toBe('one');
    expect(fitNames(decision)).toEqual(['Dry needling']);
    expect(decision.fits[0]?.reasons).toEqual([
      {
        rule: 'provider',
        why: 'You already see a physical therapist, and some physical therapists offer dry needling.',
        quote: {
          label: 'Who provides it',
          text: 'Physical therapists and other clinicians, where their state allows it.',
          sources: [{ source: 'cleveland-dry-needling', quote: 'fixture' }],
        },
      },
    ]);
    expect(decision.questions).toContain(
      '(To your physical therapist) Do you offer dry needling? If not, can you suggest someone trained in it?',
    );
  });
  it('neither → every therapy is shown', () => {
    const decision = answered(answer({ seeing: 'neither' }));
    expect(decision.verdict).toBe('open');
    expect(fitNames(decision)).toEqual(ALL_THREE);
  });
});

describe('decide: ids and keys, never sentences', () => {
  it('a reason names its rule, the approach and the quoted aspect', () => {
    expect(raw(answer({ want: 'targeted' })).fits[0]?.reasons[0]).toEqual({
      rule: 'approach',
      approach: 'targeted',
      quote: {
        aspect: 'focus',
        text: 'Trigger points: tight, tender spots in a band of muscle.',
        sources: [
          { source: 'kalichman-2010', quote: 'fixture' },
          { source: 'cleveland-dry-needling', quote: 'fixture' },
        ],
      },
    });
  });
  it('questions and reminders are keys the page words', () => {
    const decision = raw(
      answer({ bother: 'other', seeing: 'physical-therapist', safety: ['pregnancy'] }),
    );
    expect(decision.questions).toEqual([
      { id: 'license' },
      { id: 'ask-provider', seeing: 'physical-therapist', therapies: ['Dry needling'] },
      { id: 'safety', safety: 'pregnancy' },
      { id: 'sessions' },
    ]);
    expect(decision.seeDoctor).toEqual(['not-sure', 'see-doctor']);
  });
});

describe('decide: combinations', () => {
  it('a condition never tips the balance: only approach and provider score', () => {
    const decision = answered(answer({ bother: 'hip-pain', want: 'targeted' }));
    expect(decision.verdict).toBe('one');
    expect(decision.fits).toEqual([expect.objectContaining({ name: 'Dry needling', score: 1 })]);
    expect(decision.condition?.findings.map((finding) => finding.name)).toEqual(ALL_THREE);
  });
  it('approach and provider agreeing give a score of 2', () => {
    const decision = answered(
      answer({ bother: 'jaw-pain', want: 'targeted', seeing: 'physical-therapist' }),
    );
    expect(decision.verdict).toBe('one');
    expect(decision.fits[0]).toMatchObject({ name: 'Dry needling', score: 2 });
    expect(decision.others.map((o) => o.name)).toEqual(['Acupuncture', 'Electroacupuncture']);
  });
  it('one match each is a tie: all of them shown', () => {
    const decision = answered(
      answer({ bother: 'jaw-pain', want: 'whole-body', seeing: 'physical-therapist' }),
    );
    expect(decision.verdict).toBe('several');
    expect(decision.fits.map((f) => [f.name, f.score])).toEqual([
      ['Acupuncture', 1],
      ['Dry needling', 1],
      ['Electroacupuncture', 1],
    ]);
    expect(decision.others).toEqual([]);
  });
  it('everything at once', () => {
    const decision = answered(
      answer({
        bother: 'ankle-pain',
        want: 'not-sure',
        seeing: 'neither',
        safety: ['pregnancy'],
        warning: ['injury'],
      }),
    );
    expect(decision.care?.urgency).toBe('before-needling');
    expect(decision.verdict).toBe('open');
    expect(decision.condition?.name).toBe('Ankle pain');
    expect(decision.cautions.map((c) => c.id)).toEqual(['pregnancy']);
    expect(decision.questions).toEqual([
      'What license and training do you have for this treatment, and in which state?',
      'How would you treat my ankle pain, and how will we know if it is helping?',
      'Will my insurance or Medicare pay for this?',
      'I am or might be pregnant. Is this treatment right for me now?',
      'How many sessions do you suggest, and what will we do if it does not help?',
    ]);
  });
});

describe('decide: the verdict beside the research (N-12)', () => {
  it('with a problem chosen, says "matches your preferences" and gives that therapy’s rating', () => {
    const decision = answered(answer({ bother: 'ankle-pain', want: 'targeted' }));
    expect(decision.verdict).toBe('one');
    expect(decision.preferenceVerdict).toEqual({
      heading: 'Dry needling matches your preferences best',
      ratings: [
        'For ankle pain, we rate the research on dry needling as: Unclear or mixed: size not reported, certainty not stated.',
      ],
      caveat:
        'Your preferences are not the same as what research found. Read the research for your problem above.',
    });
  });

  it('with no problem chosen, or nothing matched, gives no such verdict', () => {
    expect(answered(answer({ want: 'targeted' })).preferenceVerdict).toBeNull();
    expect(answered(answer({ bother: 'ankle-pain' })).preferenceVerdict).toBeNull();
  });
});

describe('decide: the data drives it', () => {
  it('a new therapy gets an answer for every condition with no code change', () => {
    const cupping: ComparisonColumn = {
      slug: 'cupping',
      name: 'Cupping',
      url: '/therapies/cupping',
      profile: { ...profileFixture(), name: 'Cupping' },
      uses: [],
    };
    const decision = answered(answer({ bother: 'hip-pain' }), [...columns, cupping]);
    expect(decision.condition?.findings.map((finding) => finding.name)).toEqual([
      ...ALL_THREE,
      'Cupping',
    ]);
    expect(decision.condition?.findings.at(-1)).toEqual({
      slug: 'cupping',
      name: 'Cupping',
      // The hip-pain file has no entry for a therapy added after it: not reviewed yet.
      rating: { level: 'not-reviewed' },
      why: 'For hip pain, we rate the research on cupping as: Not reviewed yet.',
      quote: {
        label: 'Hip pain',
        text: 'We have not reviewed the research on this yet.',
        sources: [],
      },
      href: '/conditions/hip-pain#therapy-cupping',
    });
  });
});

describe('decide: honest wording', () => {
  const samples: Answers[] = [
    answer({
      bother: 'jaw-pain',
      want: 'targeted',
      seeing: 'physical-therapist',
      safety: ['pacemaker', 'needle-fear'],
    }),
    answer({ bother: 'wrist-pain', want: 'whole-body', warning: ['fever'] }),
    answer({ bother: 'other', want: 'not-sure' }),
  ];
  it.each(samples.map((s, i) => [i, s] as const))(
    'sample %i never promises or diagnoses, and quotes only quotes that exist',
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
        const source = content.sources.find((candidate) => candidate.id === ref.source);
        const quote = source?.quotes?.find((q) => q.id === ref.quote);
        expect(quote, `${ref.source}/${ref.quote}`).toBeDefined();
      }
      expect(toldLines(answers, words, { bother: {}, warning: {} }).length).toBeGreaterThan(0);
    },
  );
});

describe('the decision table', () => {
  it('every rule was exercised by the cases above', () => {
    expect([...fired].sort()).toEqual([
      'approach',
      'approach-unsure',
      'caution',
      'condition',
      'condition-other',
      'empty',
      'needle-fear',
      'provider',
      'ranking',
      'see-doctor',
      'warning-emergency',
      'warning-urgent',
    ]);
    expect(DECISION_TABLE.map((rule) => rule.id).sort()).toEqual([...fired].sort());
  });
  it('prints as Markdown, one row per rule', () => {
    const lines = decisionTableMarkdown().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines[0]).toBe('| rule | when | then |');
    expect(lines[2]).toMatch(/^\| empty \| No question answered \|/);
  });
});
