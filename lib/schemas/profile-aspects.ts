/**
 * The aspects a therapy profile describes, defined once. Order here is the order of rows in every
 * comparison table; `core` marks the five shown at a glance on the home page; `keyFact` marks
 * those in each therapy page's key-facts box (the core five, who should take care first, and cost).
 * "conditions" is the one aspect not written in the profiles: it is built from content/conditions/.
 */
export const ASPECTS = [
  {
    key: 'origin',
    label: 'Where it comes from',
    help: 'The tradition or science the therapy grew out of.',
    core: true,
    keyFact: true,
  },
  {
    key: 'focus',
    label: 'What it aims at',
    help: 'What the practitioner is trying to change when they place a needle.',
    core: true,
    keyFact: true,
  },
  {
    key: 'practitioners',
    label: 'Who provides it',
    help: 'The kinds of health professionals who offer it.',
    core: true,
    keyFact: true,
  },
  {
    key: 'conditions',
    label: 'What people use it for',
    help: 'What research found for each common problem, rated on one scale. Built from the condition pages.',
    core: true,
    keyFact: true,
  },
  {
    key: 'technique',
    label: 'How the needles are used',
    help: 'Where the needles go and what the practitioner does with them.',
    core: true,
    keyFact: true,
  },
  {
    key: 'session',
    label: 'What a session is like',
    help: 'How long it takes, how it feels and how many visits people usually have.',
    core: false,
    keyFact: false,
  },
  {
    key: 'commonSideEffects',
    label: 'Common side effects',
    help: 'Mild effects that many people notice and that pass on their own.',
    core: false,
    keyFact: false,
  },
  {
    key: 'seriousRisks',
    label: 'Rare serious risks',
    help: 'Problems that seldom happen but need care or urgent help.',
    core: false,
    keyFact: false,
  },
  {
    key: 'cautions',
    label: 'Who should take care first',
    help: 'Health situations to tell the practitioner about before any needles go in.',
    core: false,
    keyFact: true,
  },
  {
    key: 'training',
    label: 'Training and regulation',
    help: 'How practitioners learn it and who checks that they are allowed to do it.',
    core: false,
    keyFact: false,
  },
  {
    key: 'evidence',
    label: 'Evidence at a glance',
    help: 'What research says so far, in plain words.',
    core: false,
    keyFact: false,
  },
  {
    key: 'cost',
    label: 'Cost and insurance',
    help: 'Who may pay for it. Plans differ, so ask yours before you start.',
    core: false,
    keyFact: true,
  },
] as const;

export type Aspect = (typeof ASPECTS)[number];
export type AspectKey = Aspect['key'];

export const ASPECT_KEYS = ASPECTS.map((aspect) => aspect.key) as [AspectKey, ...AspectKey[]];
export const CORE_ASPECT_KEYS = ASPECTS.filter((aspect) => aspect.core).map((aspect) => aspect.key);
export const KEY_FACT_ASPECT_KEYS = ASPECTS.filter((aspect) => aspect.keyFact).map(
  (aspect) => aspect.key,
);

export function getAspect(key: AspectKey): Aspect {
  const aspect = ASPECTS.find((candidate) => candidate.key === key);
  if (!aspect) throw new Error(`Unknown aspect "${key}"`);
  return aspect;
}

export function isAspectKey(value: string): value is AspectKey {
  return (ASPECT_KEYS as readonly string[]).includes(value);
}
