import { evidenceRule } from '#content/generated';
import { ContentError, type ContentProblem } from './content-error';
import { EvidenceRuleSchema, type EvidenceRuleText } from '../schemas/evidence-rule';
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

let loaded: EvidenceRuleText | undefined;

/** The checked rule text, validated on the first call (lib/content/store.ts's loadContent makes it). */
export function loadEvidenceRule(): EvidenceRuleText {
  if (loaded) return loaded;
  const { _id, _raw, type, ...data } = evidenceRule;
  void [_id, _raw, type];
  const result = validateEvidenceRule(data);
  if (!result.ok) throw new ContentError(result.problems);
  loaded = result.text;
  return loaded;
}

export const evidenceRuleText = (): EvidenceRuleText => loadEvidenceRule();
export const levelMeaning = (rating: Rating): string =>
  loadEvidenceRule().levels[rating.level].meaning;
