/** The rows of a condition page's side-by-side table, in order. */
export const CONDITION_ROW_KEYS = ['research', 'guidelines', 'coverage', 'sessions'] as const;
export type ConditionRowKey = (typeof CONDITION_ROW_KEYS)[number];

interface RowWords {
  label: string;
  help: string;
}

export interface ConditionRow extends RowWords {
  key: ConditionRowKey;
}

/**
 * The rows with their names and help lines from content. Cost shares its words with the therapy
 * comparison's aspect, so both tables speak the same words.
 */
export function conditionRows(
  words: Readonly<Record<Exclude<ConditionRowKey, 'coverage'>, RowWords>>,
  cost: RowWords,
): ConditionRow[] {
  return CONDITION_ROW_KEYS.map((key) =>
    key === 'coverage' ? { key, label: cost.label, help: cost.help } : { key, ...words[key] },
  );
}
