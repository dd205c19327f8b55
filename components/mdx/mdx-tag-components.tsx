import type { MDXComponents } from 'mdx/types';
import type { AnchorHTMLAttributes, ComponentProps, ReactNode, TableHTMLAttributes } from 'react';
import type { ComparisonColumn, ComparisonRowWords } from '@/lib/compare/comparison-rows';
import { pickColumns } from '@/lib/compare/comparison-rows';
import type { AspectKey } from '@/lib/schemas/profile-aspects';
import type { MdxComponentName, SitePageValues } from '@/lib/schemas/mdx-tag-props';
import type { EvidenceRuleText } from '@/lib/schemas/evidence-rule';
import { Anchor, CorrectionsEmail, Disclaimer, SiteValue } from '../about/site-page-tags';
import type { WarningLibrary, WarningSet } from '@/lib/schemas/warning-signs';
import { Callout } from './callout';
import { CareCard, type CareLevelWords } from './care-card';
import { Cite } from '../evidence/cite';
import type { CitedSourceNames } from '../evidence/citation-links';
import { ComparisonTable } from '../compare/comparison-table';
import { SmartLink } from './smart-link';
import { TableWrap, type TableWords } from './table-wrap';
import { WarningSignCards } from '../conditions/warning-sign-cards';
import { Term, type TermWords } from './term';

/**
 * Everything the tags in one MDX body need, loaded once by the page's route (see
 * lib/content/pages/mdx-page.ts): no tag reads the content store.
 */
export interface MdxPageData {
  /** The page's reference list: in-text citations, then its embedded tables' sources. */
  citations: readonly string[];
  /** Name, publisher and address of each source the page cites; never its quotes. */
  sources: Readonly<Record<string, { title: string; publisher: string; url: string }>>;
  /** The glossary entries its <Term> tags name. */
  terms: Readonly<Record<string, TermWords>>;
  /** The warning-sign sets its <WarningSigns> tags name, their urgencies and source labels. */
  warnings: {
    sets: readonly WarningSet[];
    urgency: WarningLibrary['urgency'];
    labels: Readonly<Record<string, string>>;
    sourcesLead: string;
  };
  /** The therapies a <ComparisonTable> may show, and what its rows are called. */
  columns: readonly ComparisonColumn[];
  rowWords: ComparisonRowWords;
  /** The word each <CareCard>'s heading starts with, per level. */
  careLevels: CareLevelWords;
  /** The rating words (content/evidence-rule.yaml). */
  rule: EvidenceRuleText;
  words: TableWords & { comparisonCaption: string; externalLink: string };
  /** Only a site page (content/pages/) has these, for its SiteValue, Disclaimer and email tags. */
  page?: SitePageValues;
}

function comparisonTableTag(data: MdxPageData) {
  return function MdxComparisonTable({
    aspects,
    caption,
    therapies,
  }: {
    aspects: AspectKey[];
    caption?: string;
    /** Therapy slugs to show as columns; all therapies when left out. */
    therapies?: string[];
  }) {
    return (
      <ComparisonTable
        columns={therapies ? pickColumns(data.columns, therapies) : data.columns}
        aspects={aspects}
        caption={caption ?? data.words.comparisonCaption}
        sources={data.sources}
        articleCitations={data.citations}
        rule={data.rule}
        labels={data.rowWords}
      />
    );
  };
}

/**
 * The component map an MDX document renders with, for one page's data. Its keys are exactly the
 * components whose props the build checks (lib/schemas/mdx-tag-props.ts), plus `table`, which
 * only Markdown tables produce.
 */
export function mdxComponentsFor(data: MdxPageData): MDXComponents {
  const citedNames: CitedSourceNames = data.sources;
  const components = {
    a: (props: AnchorHTMLAttributes<HTMLAnchorElement>) => (
      <SmartLink {...props} externalNote={data.words.externalLink} />
    ),
    table: (props: TableHTMLAttributes<HTMLTableElement>) => (
      <TableWrap {...props} words={data.words} />
    ),
    Callout,
    CareCard: (props: Omit<ComponentProps<typeof CareCard>, 'levelWords'>) => (
      <CareCard headingLevel={2} levelWords={data.careLevels} {...props} />
    ),
    Cite: ({ id, quote }: { id: string; quote: string }) => (
      <Cite id={id} quote={quote} citations={data.citations} sources={citedNames} />
    ),
    Term: ({ id, children }: { id: string; children: ReactNode }) => (
      <Term id={id} entry={data.terms[id]}>
        {children}
      </Term>
    ),
    ComparisonTable: comparisonTableTag(data),
    SiteValue: ({ name }: ComponentProps<typeof SiteValue>) => (
      <SiteValue name={name} values={data.page} />
    ),
    CorrectionsEmail: () => <CorrectionsEmail values={data.page} />,
    Disclaimer: () => <Disclaimer values={data.page} />,
    Anchor,
    WarningSigns: ({ set }: { set: string }) => (
      <WarningSignCards
        sets={data.warnings.sets.filter((candidate) => candidate.id === set)}
        urgency={data.warnings.urgency}
        labels={data.warnings.labels}
        sourcesLead={data.warnings.sourcesLead}
        levelWords={data.careLevels}
        headingLevel={3}
      />
    ),
  } satisfies Record<MdxComponentName | 'table', unknown>;
  return components;
}
