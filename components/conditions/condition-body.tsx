import Link from 'next/link';
import { ConditionComparison } from './condition-comparison';
import { ConditionLinksOn, ConditionWarnings, TherapyFindings } from './condition-sections';
import { JsonLd } from '../seo/json-ld';
import { QuotedSources } from '../evidence/quoted-sources';
import { ReviewMeta } from '../layout/review-meta';
import { PageChanges } from '../changes/page-changes';
import type { ConditionPageData } from '@/lib/content/pages/condition';

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

function ConditionSources({ page }: { page: ConditionPageData }) {
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
    </div>
  );
}

/**
 * A condition page below its title block, up to the feedback question: warning signs, the
 * side-by-side ratings, what each therapy's evidence says, and the sources and review record.
 * app/conditions/[slug] sends it as a static part (app/_static/): HTML only.
 */
export function ConditionBody({ page }: { page: ConditionPageData }) {
  return (
    <>
      <JsonLd data={page.jsonLd} />
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
      <ConditionSources page={page} />
    </>
  );
}
