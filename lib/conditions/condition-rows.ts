import { getAspect } from '../schemas/profile-aspects';

/**
 * Rows of a condition page's side-by-side table. Cost and sessions share their names with the
 * therapy comparison's aspects, so both tables speak the same words.
 */
export const CONDITION_ROWS = [
  {
    key: 'research',
    label: 'What research found',
    help: 'Rated on one scale, with the main finding in plain words.',
  },
  {
    key: 'guidelines',
    label: 'What guidelines say',
    help: 'Who gives the advice, where it applies, and what it says.',
  },
  { key: 'coverage', label: getAspect('cost').label, help: getAspect('cost').help },
  {
    key: 'sessions',
    label: 'How many sessions',
    help: 'The number studies or payers use, where a source gives one.',
  },
] as const;

export type ConditionRowKey = (typeof CONDITION_ROWS)[number]['key'];
