import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FeedbackForm } from '@/components/feedback/feedback-form';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ConditionComparison } from '@/components/conditions/condition-comparison';
import {
  ConditionLinksOn,
  ConditionWarnings,
  TherapyFindings,
} from '@/components/conditions/condition-sections';
import { JsonLd } from '@/components/seo/json-ld';
import { PageTools } from '@/components/layout/page-tools';
import { QuotedSources } from '@/components/evidence/quoted-sources';
import { ReviewMeta } from '@/components/layout/review-meta';
import { PageChanges } from '@/components/changes/page-changes';
import { getConditions } from '@/lib/content/store';
import {
  conditionTitle,
  loadConditionPage,
  type ConditionPageData,
} from '@/lib/content/pages/condition';
import { pageMetadata } from '@/lib/seo/page-metadata';

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;
// Re-rendered hourly so a page whose review falls due shows the overdue notice without a rebuild.
export const revalidate = 3600;

export function generateStaticParams() {
  return getConditions().map((condition) => ({ slug: condition.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const slug = (await params).slug;
  const found = getConditions().find((candidate) => candidate.slug === slug);
  if (!found) return {};
  return pageMetadata({
    title: conditionTitle(found.name),
    description: found.description,
    path: found.url,
    type: 'article',
    modifiedTime: found.lastReviewed,
  });
}

function ConditionIntro({ page }: { page: ConditionPageData }) {
  const { condition, words } = page;
  return (
    <>
      <JsonLd data={page.jsonLd} />
      <Breadcrumbs trail={page.trail} label={words.breadcrumb} />
      <p className="text-base font-semibold uppercase tracking-wide text-muted">{words.eyebrow}</p>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.title}</h1>
      <p className="mt-4 max-w-prose text-lg">{condition.summary}</p>
      <p className="mt-3 max-w-prose">{words.disclaimer}</p>
      <PageTools title={page.title} />
    </>
  );
}

function SideBySide({ page }: { page: ConditionPageData }) {
  const { words } = page;
  return (
    <section aria-labelledby="side-by-side-title" className="mt-8">
      <h2 id="side-by-side-title" className="text-2xl font-bold">
        {words.sideBySide}
      </h2>
      <p className="mt-2 max-w-prose">
        {words.oneScale}{' '}
        <Link href="/conditions#scale-title" className="underline">
          {words.ratingLink}
        </Link>
        .
      </p>
      <ConditionComparison
        columns={page.columns}
        caption={words.caption}
        numbering={page.numbering}
        sources={page.sources}
        rule={page.rule}
        words={words.table}
      />
    </section>
  );
}

function ConditionFooter({ page }: { page: ConditionPageData }) {
  const { condition, words } = page;
  return (
    <div className="max-w-prose">
      <QuotedSources
        headingId="sources-title"
        numbering={page.numbering}
        sources={page.sourceList}
        words={{
          details: words.sourceDetails,
          list: words.quotedSources,
          external: words.externalLink,
        }}
      />
      <ReviewMeta
        nextReviewDue={condition.nextReviewDue}
        reviews={condition.reviews}
        stats={condition.stats}
        today={page.today}
        overdue={words.overdue}
        words={words.reviewMeta}
      />
      <PageChanges changes={condition.changes} words={words.changeLog} />
      <ConditionLinksOn words={words} />
      <FeedbackForm path={condition.url} words={page.feedback} />
    </div>
  );
}

export default async function ConditionPage({ params }: { params: Params }) {
  const page = loadConditionPage((await params).slug);
  if (!page) notFound();
  return (
    <div className="mx-auto max-w-4xl">
      <ConditionIntro page={page} />
      <ConditionWarnings heading={page.words.warningHeading} cards={page.warnings} />
      <SideBySide page={page} />
      {page.columns.map((column) => (
        <TherapyFindings
          key={column.slug}
          column={column}
          numbering={page.numbering}
          sources={page.sources}
          rule={page.rule}
        />
      ))}
      <ConditionFooter page={page} />
    </div>
  );
}
