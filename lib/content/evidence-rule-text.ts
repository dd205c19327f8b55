import { evidenceRule } from '#content/generated';
import { ContentError, type ContentProblem } from './validate-content';
import { EvidenceRuleSchema, ratingLabel, type EvidenceRuleText } from '../schemas/evidence-rule';
import type { Rating } from '../schemas/evidence-rating';

export const EVIDENCE_RULE_FILE = 'content/evidence-rule.yaml';

/** Checks content/evidence-rule.yaml; each problem names the file and the field. */
export function validateEvidenceRule(
  data: unknown,
): { ok: true; text: EvidenceRuleText } | { ok: false; problems: ContentProblem[] } {
  const result = EvidenceRuleSchema.safeParse(data);
  if (result.success) return { ok: true, text: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file: EVIDENCE_RULE_FILE,
      field: issue.path.join('.') || '(file)',
      message: issue.message,
    })),
  };
}

function load(): EvidenceRuleText {
  const { _id, _raw, type, ...data } = evidenceRule;
  void [_id, _raw, type];
  const result = validateEvidenceRule(data);
  if (!result.ok) throw new ContentError(result.problems);
  return result.text;
}

// Validated once per process, like the rest of the content.
const text = load();

export const evidenceRuleText = (): EvidenceRuleText => text;
export const ratingWords = (rating: Rating): string => ratingLabel(rating, text);
export const levelMeaning = (rating: Rating): string => text.levels[rating.level].meaning;
