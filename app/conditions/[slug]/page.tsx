import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FeedbackForm } from '@/components/feedback/feedback-form';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { CitationLinks } from '@/components/evidence/citation-links';
import {
  ConditionComparison,
  type ConditionColumn,
} from '@/components/conditions/condition-comparison';
import { JsonLd } from '@/components/seo/json-ld';
import { PageTools } from '@/components/layout/page-tools';
import { QuotedSources } from '@/components/evidence/quoted-sources';
import { RatingBadge } from '@/components/evidence/rating-badge';
import { WarningSignCards } from '@/components/conditions/warning-sign-cards';
import { ReviewMeta } from '@/components/layout/review-meta';
import { PageChanges } from '@/components/changes/page-changes';
import { conditionTrail } from '@/lib/site/breadcrumb-trails';
import { lastChanged } from '@/lib/changes/change-lists';
import { comparisonColumns, sourceIndex } from '@/lib/content/comparison-columns';
import { namesInSentence } from '@/lib/compare/comparison-rows';
import {
  conditionCitations,
  entryOrGap,
  sourceIdsOf,
  therapySectionId,
} from '@/lib/conditions/condition-uses';
import { isoDay } from '@/lib/site/clock';
import {
  getCondition,
  getConditions,
  getSiteText,
  getSources,
  getWarningSets,
  getWarningSigns,
} from '@/lib/content/store';
import { latestReview } from '@/lib/schemas/review';
import { levelMeaning } from '@/lib/content/evidence-rule-text';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { absoluteUrl } from '@/lib/site/site-config';
import { graphOf, medicalWebPageLd } from '@/lib/seo/structured-data';

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;
// Re-rendered hourly so a page whose review falls due shows the overdue notice without a rebuild.
export const revalidate = 3600;

export function generateStaticParams() {
  return getConditions().map((condition) => ({ slug: condition.slug }));
}

const titleOf = (name: string, therapies: string) =>
  `${name}: ${therapies.charAt(0).toUpperCase()}${therapies.slice(1)} compared`;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const condition = getCondition((await params).slug);
  if (!condition) return {};
  return pageMetadata({
    title: titleOf(condition.name, namesInSentence(comparisonColumns())),
    description: condition.description,
    path: condition.url,
    type: 'article',
    modifiedTime: condition.lastReviewed,
  });
}

export default async function ConditionPage({ params }: { params: Params }) {
  const condition = getCondition((await params).slug);
  if (!condition) notFound();
  const therapies = comparisonColumns();
  const columns: ConditionColumn[] = therapies.map((therapy) => {
    const entry = entryOrGap(condition, therapy.slug);
    return { slug: therapy.slug, name: therapy.name, url: therapy.url, entry };
  });
  const warningSets = getWarningSets(condition.warningSigns);
  const refs = conditionCitations(
    condition,
    columns.map((column) => column.slug),
    warningSets,
  );
  const numbering = sourceIdsOf(refs);
  const sources = sourceIndex();
  const labels = Object.fromEntries(
    getSources().map((source) => [source.id, `${source.title} (${source.publisher})`]),
  );
  const title = titleOf(condition.name, namesInSentence(therapies));
  const trail = conditionTrail(condition.name, condition.url);
  const jsonLd = graphOf(
    medicalWebPageLd(
      {
        title,
        description: condition.description,
        path: condition.url,
        trail,
        dateModified: lastChanged(condition.changes),
        clinicalReview: latestReview(condition.reviews, 'clinical'),
        citations: getSources().filter((source) => numbering.includes(source.id)),
      },
      {
        about: {
          '@type': 'MedicalCondition',
          '@id': absoluteUrl(`${condition.url}#condition`),
          name: condition.name,
          ...(condition.aliases?.length ? { alternateName: condition.aliases } : {}),
        },
      },
    ),
  );

  return (
    <div className="mx-auto max-w-4xl">
      <JsonLd data={jsonLd} />
      <Breadcrumbs trail={trail} />
      <p className="text-base font-semibold uppercase tracking-wide text-muted">Health problem</p>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{title}</h1>
      <p className="mt-4 max-w-prose text-lg">{condition.summary}</p>
      <p className="mt-3 max-w-prose">
        These are research findings, not a promise. This page cannot tell you what is right for you:
        talk it over with your doctor or a licensed practitioner.
      </p>
      <PageTools title={title} />

      <section aria-labelledby="red-flags-title" className="mt-6 max-w-prose">
        <h2 id="red-flags-title" className="text-2xl font-bold">
          Get help first if you have these signs
        </h2>
        <WarningSignCards
          sets={warningSets}
          urgency={getWarningSigns().urgency}
          labels={labels}
          headingLevel={3}
        />
      </section>

      <section aria-labelledby="side-by-side-title" className="mt-8">
        <h2 id="side-by-side-title" className="text-2xl font-bold">
          Side by side
        </h2>
        <p className="mt-2 max-w-prose">
          The ratings use one scale for every problem.{' '}
          <Link href="/conditions#scale-title" className="underline">
            How we rate the research
          </Link>
          .
        </p>
        <ConditionComparison
          columns={columns}
          caption={`${namesInSentence(columns).replace(/^./, (first) => first.toUpperCase())} for ${condition.name.toLowerCase()}`}
          numbering={numbering}
          sources={sources}
        />
      </section>

      {columns.map((column) => (
        <section
          key={column.slug}
          id={therapySectionId(column.slug)}
          aria-labelledby={`${therapySectionId(column.slug)}-title`}
          className="anchor-target mt-8 max-w-prose scroll-mt-4"
          data-therapy={column.slug}
        >
          <h2 id={`${therapySectionId(column.slug)}-title`} className="text-2xl font-bold">
            {column.name}: what research found
          </h2>
          <p className="mt-2">
            <RatingBadge rating={column.entry.rating} />: {levelMeaning(column.entry.rating)}
          </p>
          {column.entry.research.length > 0 ? (
            <ul className="mt-3 list-disc space-y-2 pl-5">
              {column.entry.research.map((finding) => (
                <li key={finding.text}>
                  {finding.text}{' '}
                  <CitationLinks refs={finding.sources} numbering={numbering} sources={sources} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3">
              We did not find good studies of {column.name.toLowerCase()} for{' '}
              {condition.name.toLowerCase()}.
            </p>
          )}
          <p className="mt-3">
            <Link href={column.url} className="underline">
              Read about {column.name.toLowerCase()}
            </Link>
          </p>
        </section>
      ))}

      <div className="max-w-prose">
        <QuotedSources
          headingId="sources-title"
          numbering={numbering}
          sources={getSources()}
          words={{
            details: getSiteText().sourceDetails,
            list: getSiteText().evidence.quotedSources,
          }}
        />
        <ReviewMeta
          nextReviewDue={condition.nextReviewDue}
          reviews={condition.reviews}
          stats={condition.stats}
          today={isoDay()}
          overdue={{
            ...getSiteText().overdueNotice,
            reviewDue: getSiteText().evidence.article.reviewDue,
          }}
          words={getSiteText().reviewMeta}
        />
        <PageChanges changes={condition.changes} words={getSiteText().changeLog} />
        <p className="mt-6">
          <Link href="/conditions" className="underline">
            All health problems and the evidence map
          </Link>{' '}
          ·{' '}
          <Link href="/compare" className="underline">
            Compare every aspect of the therapies
          </Link>
        </p>
        <FeedbackForm path={condition.url} />
      </div>
    </div>
  );
}
