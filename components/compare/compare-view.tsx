import Link from 'next/link';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { FeedbackForm } from '@/components/feedback/feedback-form';
import { ComparisonTable } from '@/components/compare/comparison-table';
import { JsonLd } from '@/components/seo/json-ld';
import { PageTools } from '@/components/layout/page-tools';
import { NeedleIllustration } from '@/components/ui/needle-illustration';
import { TherapyChooser } from '@/components/compare/therapy-chooser';
import { ASPECT_KEYS } from '@/lib/schemas/profile-aspects';
import type { Crumb } from '@/lib/site/breadcrumb-trails';
import { sourceIndex } from '@/lib/content/comparison-columns';
import {
  comparisonRows,
  namesInSentence,
  tableCitations,
  type ComparisonColumn,
} from '@/lib/compare/comparison-rows';
import { getSources } from '@/lib/content/store';
import { graphOf, medicalWebPageLd } from '@/lib/seo/structured-data';

export const compareTitle = (shown: readonly Pick<ComparisonColumn, 'name'>[]) =>
  `Compare ${namesInSentence(shown)}`;

export const compareDescription = (shown: readonly Pick<ComparisonColumn, 'name'>[]) => {
  const names = namesInSentence(shown);
  return `${names.charAt(0).toUpperCase()}${names.slice(1)} side by side: where each comes from, what it aims at, who provides it, side effects, risks and evidence, every claim sourced.`;
};

/**
 * The comparison page body, shared by /compare (every therapy), its prerendered pairs and the
 * page that explains a selection it could not use. Each route only decides which columns show.
 */
export function CompareView({
  columns,
  shown,
  path,
  trail,
  problems = [],
}: {
  /** Every therapy, for the chooser and the "read more" links. */
  columns: readonly ComparisonColumn[];
  /** The columns of the table, in order. */
  shown: readonly ComparisonColumn[];
  path: string;
  trail: Crumb[];
  problems?: readonly string[];
}) {
  const title = compareTitle(shown);
  const cited = tableCitations(comparisonRows(shown, ASPECT_KEYS));
  const citations = getSources().filter((source) => cited.includes(source.id));
  return (
    <div className="space-y-8">
      <JsonLd
        data={graphOf(
          medicalWebPageLd({
            title,
            description: compareDescription(shown),
            path,
            trail,
            citations,
          }),
        )}
      />
      <Breadcrumbs trail={trail} />
      <div className="grid items-start gap-6 md:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="max-w-prose">
          <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{title}</h1>
          <p className="mt-4 text-lg">
            Each row below is one thing you might want to know, and each column is one therapy. The
            small numbers link to the source behind each statement, so you can check it yourself.
          </p>
          <p className="mt-3">
            Have a health problem in mind?{' '}
            <Link href="/conditions" className="underline">
              Compare for your problem
            </Link>
            , from low back pain to headaches.
          </p>
          <p className="mt-3">
            This page explains and compares. It cannot tell you what is right for your own health:
            talk it over with your doctor or a licensed practitioner.
          </p>
          <PageTools title={title} />
          {problems.length > 0 && (
            <section
              aria-labelledby="choice-problem-title"
              className="mt-6 rounded-md border-l-4 border-urgent-line bg-urgent-bg p-4"
              data-testid="choice-problems"
            >
              <h2 id="choice-problem-title" className="text-xl font-semibold">
                We could not use that choice of therapies
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
              <p className="mt-2">Showing every therapy instead.</p>
            </section>
          )}
        </div>
        <NeedleIllustration id="compare-illustration" className="mx-auto max-w-xs md:mx-0" />
      </div>

      {columns.length > 2 && (
        <TherapyChooser
          columns={columns.map(({ slug, name }) => ({ slug, name }))}
          chosen={shown.length === 2 ? shown.map((column) => column.slug) : []}
        />
      )}

      <ComparisonTable
        columns={shown}
        aspects={ASPECT_KEYS}
        caption={`${namesInSentence(shown).replace(/^./, (first) => first.toUpperCase())} compared, aspect by aspect`}
        sources={sourceIndex()}
        rowIdPrefix="aspect-"
      />

      <p className="max-w-prose [&_a]:underline">
        Read more about each therapy:{' '}
        {columns.map((column, index) => (
          <span key={column.slug}>
            {index > 0 && (index === columns.length - 1 ? ' and ' : ', ')}
            <Link href={column.url}>{column.name}</Link>
          </span>
        ))}
        . Every source we cite is listed on our <Link href="/sources">sources page</Link>.
      </p>
      <FeedbackForm path={path} />
    </div>
  );
}
