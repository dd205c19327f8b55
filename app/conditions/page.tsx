import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { EvidenceMap } from '@/components/conditions/evidence-map';
import { JsonLd } from '@/components/seo/json-ld';
import { PageTools } from '@/components/layout/page-tools';
import { RatingScale } from '@/components/evidence/rating-scale';
import { pageTrail } from '@/lib/site/breadcrumb-trails';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import { conditionCitations, evidenceMap, sourceIdsOf } from '@/lib/conditions/condition-uses';
import { getConditions, getSources, getWarningSets } from '@/lib/content/store';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { graphOf, medicalWebPageLd } from '@/lib/seo/structured-data';

const PATH = '/conditions';
const TITLE = 'Compare for your problem';
const DESCRIPTION =
  'Back pain, neck pain, headaches and more: what research found for dry needling and acupuncture, problem by problem, in one evidence map.';

export const metadata: Metadata = pageMetadata({
  title: TITLE,
  description: DESCRIPTION,
  path: PATH,
});

export default function ConditionsPage() {
  const conditions = getConditions();
  const columns = comparisonColumns();
  const trail = pageTrail('Health problems', PATH);
  const cited = new Set(
    conditions.flatMap((condition) =>
      sourceIdsOf(
        conditionCitations(
          condition,
          columns.map((column) => column.slug),
          getWarningSets(condition.warningSigns),
        ),
      ),
    ),
  );
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <JsonLd
        data={graphOf(
          medicalWebPageLd({
            title: TITLE,
            description: DESCRIPTION,
            path: PATH,
            trail,
            citations: getSources().filter((source) => cited.has(source.id)),
          }),
        )}
      />
      <div>
        <Breadcrumbs trail={trail} />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{TITLE}</h1>
        <p className="mt-4 text-lg">
          Pick the problem you have. Each page shows what research found for every therapy, what
          guidelines say, what it may cost, and when to get help first.
        </p>
        <p className="mt-3">
          These are research findings, not a promise. Talk it over with your doctor or a licensed
          practitioner.
        </p>
        <PageTools title={TITLE} />
      </div>

      <section aria-labelledby="problems-title">
        <h2 id="problems-title" className="text-2xl font-bold">
          Health problems
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2" data-testid="condition-list">
          {conditions.map((condition) => (
            <li key={condition.slug} className="rounded-lg border border-line bg-surface p-4">
              <Link href={condition.url} className="text-lg font-semibold underline">
                {condition.name}
              </Link>
              <p className="mt-1 text-base">{condition.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="map-title">
        <h2 id="map-title" className="text-2xl font-bold">
          The evidence map
        </h2>
        <p className="mt-2">
          Each box shows how one therapy did in studies of one problem. Follow a box for the details
          and sources.
        </p>
        <EvidenceMap rows={evidenceMap(conditions, columns)} therapies={columns} />
      </section>

      <RatingScale headingId="scale-title" />
    </div>
  );
}
