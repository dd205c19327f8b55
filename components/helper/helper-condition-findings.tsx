import type { HelperAnswerData } from '@/lib/helper/helper-page-data';
import type { ConditionAnswer } from '@/lib/helper/decision';
import type { HelperText } from '@/lib/schemas/text/helper-text';
import { fillText } from '@/lib/site/fill-template';
import { ProfileQuote } from '../evidence/profile-quote';
import { RatingBadge } from '../evidence/rating-badge';
import type { EvidenceRuleText } from '@/lib/schemas/evidence-rule';

/** Every therapy's research finding for the chosen problem, side by side and never as a promise. */
export function HelperConditionFindings({
  condition,
  sourceLabels,
  text,
  disclaimer,
  findingWords,
  rule,
}: {
  /** The rating words (content/evidence-rule.yaml). */
  rule: EvidenceRuleText;
  condition: ConditionAnswer;
  sourceLabels: Readonly<Record<string, string>>;
  text: HelperText['findings'];
  /** The one wording for "research findings, not a promise". */
  disclaimer: string;
  findingWords: HelperAnswerData['findingWords'];
}) {
  const name = condition.name.toLowerCase();
  return (
    <div className="mt-6" data-testid="helper-findings">
      <h3 className="text-xl font-bold">{fillText(text.heading, { condition: name })}</h3>
      <p className="mt-2">{disclaimer}</p>
      <ul className="mt-2 space-y-4">
        {condition.findings.map((finding) => {
          const words = findingWords[finding.slug];
          return (
            <li
              key={finding.slug}
              className="rounded-md border border-line p-4"
              data-therapy={finding.slug}
            >
              <h4 className="text-lg font-bold">{finding.name}</h4>
              <p className="mt-1">
                <RatingBadge rating={finding.rating} rule={rule} />
              </p>
              <p className="mt-1">{words?.why}</p>
              <ProfileQuote
                quote={
                  finding.quote ?? {
                    label: condition.name,
                    text: words?.meaning ?? '',
                    sources: [],
                  }
                }
                therapy={condition.name}
                sourceLabels={sourceLabels}
                kind={text.quoteKind}
              />
              <a href={finding.href}>
                {fillText(text.readMore, { therapy: finding.name.toLowerCase() })}
              </a>
            </li>
          );
        })}
      </ul>
      <p className="mt-3">
        <a href={condition.url}>{fillText(text.compareAll, { condition: name })}</a>
      </p>
    </div>
  );
}
