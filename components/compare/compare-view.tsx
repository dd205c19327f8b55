import type { FeedbackFormWords } from '@/lib/content/pages/feedback';
import Link from 'next/link';
import type { EvidenceRuleText } from '@/lib/schemas/evidence-rule';
import type { Graph } from 'schema-dts';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { FeedbackForm } from '@/components/feedback/feedback-form';
import { PageTools } from '@/components/layout/page-tools';
import { NeedleIllustration } from '@/components/ui/needle-illustration';
import { TherapyChooser } from '@/components/compare/therapy-chooser';
import type { ReactNode } from 'react';
import { ComparisonTable } from '@/components/compare/comparison-table';
import { JsonLd } from '@/components/seo/json-ld';
import { ASPECT_KEYS } from '@/lib/schemas/profile-aspects';
import type { CompareText, NeedleIllustrationText } from '@/lib/schemas/text/pages-text';
import type { SourceIndex } from '@/lib/schemas/source';
import type { Crumb } from '@/lib/site/breadcrumb-trails';
import type { ComparisonColumn, ComparisonRowWords } from '@/lib/compare/comparison-rows';

type CompareViewWords = CompareText & {
  /** The link to /conditions, named as that page is. */
  conditionsLink: string;
  /** The table's caption, with the therapies' names filled in. */
  caption: string;
  breadcrumb: string;
  needles: NeedleIllustrationText;
};

/** What a comparison route loads (lib/content/pages/compare.ts) and hands to the view. */
export interface CompareViewProps {
  /** Every therapy, for the chooser and the "read more" links. */
  columns: readonly ComparisonColumn[];
  /** The columns of the table, in order. */
  shown: readonly ComparisonColumn[];
  path: string;
  trail: Crumb[];
  title: string;
  /** Why the choice in the address could not be used; empty on a page that has its choice. */
  problems: readonly string[];
  jsonLd: Graph;
  sources: SourceIndex;
  /** The rating words (content/evidence-rule.yaml). */
  rule: EvidenceRuleText;
  /** Each row's name and help line (content/site-text.yaml `labels`). */
  labels: ComparisonRowWords;
  words: CompareViewWords;
  /** The feedback form's words, at the foot of the page. */
  feedback: FeedbackFormWords;
}

/** The choice in the address could not be used: say why, and that every therapy is shown. */
function ChoiceProblems({ problems, words }: { problems: readonly string[]; words: CompareText }) {
  return (
    <section
      aria-labelledby="choice-problem-title"
      className="mt-6 rounded-md border-l-4 border-urgent-line bg-urgent-bg p-4"
      data-testid="choice-problems"
    >
      <h2 id="choice-problem-title" className="text-xl font-semibold">
        {words.choiceProblem}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p className="mt-2">{words.showingAll}</p>
    </section>
  );
}

/** The page's title and opening words, beside the drawing of where the needles go. */
function CompareIntro({ title, problems, words }: CompareViewProps) {
  return (
    <div className="grid items-start gap-6 md:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="max-w-prose">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{title}</h1>
        <p className="mt-4 text-lg">{words.intro}</p>
        <p className="mt-3">
          {words.problemLead}{' '}
          <Link href="/conditions" className="underline">
            {words.conditionsLink}
          </Link>
          {words.problemAfter}
        </p>
        <p className="mt-3">{words.disclaimer}</p>
        <PageTools title={title} />
        {problems.length > 0 && <ChoiceProblems problems={problems} words={words} />}
      </div>
      <NeedleIllustration
        id="compare-illustration"
        className="mx-auto max-w-xs md:mx-0"
        words={words.needles}
      />
    </div>
  );
}

/** "Read more about each therapy: A, B and C. Every source we cite is listed on our sources page." */
function ReadMore({
  columns,
  words,
}: {
  columns: readonly ComparisonColumn[];
  words: CompareText;
}) {
  return (
    <p className="max-w-prose [&_a]:underline">
      {words.readMore}{' '}
      {columns.map((column, index) => (
        <span key={column.slug}>
          {index > 0 && (index === columns.length - 1 ? ` ${words.and} ` : ', ')}
          <Link href={column.url}>{column.name}</Link>
        </span>
      ))}
      . {words.sourcesLead} <Link href="/sources">{words.sourcesLink}</Link>.
    </p>
  );
}

/**
 * The comparison table and the page's structured data, sent by the routes as a static part
 * (app/_static/): HTML only, with no copy in the React payload.
 */
export function CompareTablePart(props: CompareViewProps) {
  return (
    <>
      <JsonLd data={props.jsonLd} />
      <ComparisonTable
        columns={props.shown}
        aspects={ASPECT_KEYS}
        caption={props.words.caption}
        sources={props.sources}
        rule={props.rule}
        labels={props.labels}
        rowIdPrefix="aspect-"
      />
    </>
  );
}

/**
 * The comparison page body, shared by /compare (every therapy), its prerendered pairs and the
 * page that explains a selection it could not use. Each route only decides which columns show; `table` is its CompareTablePart.
 */
export function CompareView(
  props: CompareViewProps & { table: ReactNode; feedbackFields: ReactNode },
) {
  const { columns, shown, trail, words } = props;
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={trail} label={words.breadcrumb} />
      <CompareIntro {...props} />
      {columns.length > 2 && (
        <TherapyChooser
          columns={columns.map(({ slug, name }) => ({ slug, name }))}
          chosen={shown.length === 2 ? shown.map((column) => column.slug) : []}
          words={words.chooser}
        />
      )}
      {props.table}
      <ReadMore columns={columns} words={words} />
      <FeedbackForm words={props.feedback} fields={props.feedbackFields} />
    </div>
  );
}
