import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ComparisonTable } from '@/components/comparison-table';
import { FeedbackForm } from '@/components/feedback-form';
import { JsonLd } from '@/components/json-ld';
import { PageTools } from '@/components/page-tools';
import { NeedleIllustration } from '@/components/needle-illustration';
import { TherapyChooser } from '@/components/therapy-chooser';
import { ASPECT_KEYS } from '@/lib/aspects';
import { parseTherapySelection } from '@/lib/compare-query';
import { comparisonColumns, sourceIndex } from '@/lib/comparison-data';
import { pageTrail } from '@/lib/breadcrumbs';
import { comparisonRows, namesInSentence, pickColumns, tableCitations } from '@/lib/comparison';
import { getSources } from '@/lib/content';
import { pageMetadata } from '@/lib/page-metadata';
import { graphOf, medicalWebPageLd } from '@/lib/structured-data';

const describe = (names: string) =>
  `${names.charAt(0).toUpperCase()}${names.slice(1)} side by side: where each comes from, what it aims at, who provides it, side effects, risks and evidence, every claim sourced.`;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function generateMetadata(): Metadata {
  const names = namesInSentence(comparisonColumns());
  return pageMetadata({
    title: `Compare ${names}`,
    description: describe(names),
    path: '/compare',
  });
}

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const columns = comparisonColumns();
  const selection = parseTherapySelection((await searchParams).therapies, columns);
  const shown = pickColumns(columns, selection.slugs);
  const title = `Compare ${namesInSentence(columns)}`;
  const trail = pageTrail(title, '/compare');
  const cited = tableCitations(comparisonRows(shown, ASPECT_KEYS));
  const citations = getSources().filter((source) => cited.includes(source.id));
  return (
    <div className="space-y-8">
      <JsonLd
        data={graphOf(
          medicalWebPageLd({
            title,
            description: describe(namesInSentence(columns)),
            path: '/compare',
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
          {selection.problems.length > 0 && (
            <section
              aria-labelledby="choice-problem-title"
              className="mt-6 rounded-md border-l-4 border-urgent-line bg-urgent-bg p-4"
              data-testid="choice-problems"
            >
              <h2 id="choice-problem-title" className="text-xl font-semibold">
                We could not use that choice of therapies
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {selection.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
              <p className="mt-2">Showing every therapy instead.</p>
            </section>
          )}
        </div>
        <NeedleIllustration id="compare-illustration" className="mx-auto max-w-xs md:mx-0" />
      </div>

      {columns.length > 2 && <TherapyChooser columns={columns} chosen={selection.slugs} />}

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
      <FeedbackForm path="/compare" />
    </div>
  );
}
