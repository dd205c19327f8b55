/**
 * The aspects a therapy profile describes, defined once. Order here is the order of rows in every
 * comparison table; `core` marks the five shown at a glance on the home page; `keyFact` marks
 * those in each therapy page's key-facts box (the core five, who should take care first, and cost).
 * "conditions" is the one aspect not written in the profiles: it is built from content/conditions/.
 * What each aspect is called, and its help line, live in content/site-text.yaml (`labels.aspects`).
 */
export const ASPECTS = [
  {
    key: 'origin',
    core: true,
    keyFact: true,
  },
  {
    key: 'focus',
    core: true,
    keyFact: true,
  },
  {
    key: 'practitioners',
    core: true,
    keyFact: true,
  },
  {
    key: 'conditions',
    core: true,
    keyFact: true,
  },
  {
    key: 'technique',
    core: true,
    keyFact: true,
  },
  {
    key: 'session',
    core: false,
    keyFact: false,
  },
  {
    key: 'commonSideEffects',
    core: false,
    keyFact: false,
  },
  {
    key: 'seriousRisks',
    core: false,
    keyFact: false,
  },
  {
    key: 'cautions',
    core: false,
    keyFact: true,
  },
  {
    key: 'training',
    core: false,
    keyFact: false,
  },
  {
    key: 'evidence',
    core: false,
    keyFact: false,
  },
  {
    key: 'cost',
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

export function isAspectKey(value: string): value is AspectKey {
  return (ASPECT_KEYS as readonly string[]).includes(value);
}
