import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { EvidenceMap } from '@/components/conditions/evidence-map';
import { JsonLd } from '@/components/seo/json-ld';
import { PageTools } from '@/components/layout/page-tools';
import { RatingScale } from '@/components/evidence/rating-scale';
import { conditionsMeta, loadConditionsPage } from '@/lib/content/pages/conditions';
import { pageMetadata } from '@/lib/seo/page-metadata';

export function generateMetadata(): Metadata {
  return pageMetadata(conditionsMeta());
}

export default function ConditionsPage() {
  const page = loadConditionsPage();
  const { words } = page;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <JsonLd data={page.jsonLd} />
      <div>
        <Breadcrumbs trail={page.trail} label={words.breadcrumb} />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.meta.title}</h1>
        <p className="mt-4 text-lg">{words.intro}</p>
        <p className="mt-3">{words.disclaimer}</p>
        <PageTools title={page.meta.title} />
      </div>

      <section aria-labelledby="problems-title">
        <h2 id="problems-title" className="text-2xl font-bold">
          {words.crumb}
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2" data-testid="condition-list">
          {page.conditions.map((condition) => (
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
          {words.mapHeading}
        </h2>
        <p className="mt-2">{words.mapIntro}</p>
        <EvidenceMap
          rows={page.evidenceMap}
          therapies={page.columns}
          rule={page.rule}
          words={words.map}
        />
      </section>

      <RatingScale headingId="scale-title" text={page.rule} />
    </div>
  );
}
