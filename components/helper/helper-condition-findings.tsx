import type { ConditionAnswer } from '@/lib/helper/decision';
import { ProfileQuote } from '../evidence/profile-quote';
import { RatingBadge } from '../evidence/rating-badge';

/** Every therapy's research finding for the chosen problem, side by side and never as a promise. */
export function HelperConditionFindings({
  condition,
  sourceLabels,
}: {
  condition: ConditionAnswer;
  sourceLabels: Readonly<Record<string, string>>;
}) {
  return (
    <div className="mt-6" data-testid="helper-findings">
      <h3 className="text-xl font-bold">What research found for {condition.name.toLowerCase()}</h3>
      <p className="mt-2">
        These are research findings, not a promise: no one can say how a treatment will work for
        you.
      </p>
      <ul className="mt-2 space-y-4">
        {condition.findings.map((finding) => (
          <li
            key={finding.slug}
            className="rounded-md border border-line p-4"
            data-therapy={finding.slug}
          >
            <h4 className="text-lg font-bold">{finding.name}</h4>
            <p className="mt-1">
              <RatingBadge rating={finding.rating} />
            </p>
            <p className="mt-1">{finding.why}</p>
            <ProfileQuote
              quote={finding.quote}
              therapy={condition.name}
              sourceLabels={sourceLabels}
              kind="condition page"
            />
            <a href={finding.href}>
              Read the research, guidelines and cost for {finding.name.toLowerCase()}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <a href={condition.url}>Compare every therapy for {condition.name.toLowerCase()}</a>
      </p>
    </div>
  );
}
