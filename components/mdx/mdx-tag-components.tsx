import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Callout } from './callout';
import { CareCard } from './care-card';
import { Cite } from '../evidence/cite';
import { ComparisonTable } from '../compare/comparison-table';
import { pickColumns } from '@/lib/compare/comparison-rows';
import { getSources, getWarningSets, getWarningSigns } from '@/lib/content/store';
import { sourceLabels } from '@/lib/evidence/source-labels';
import { comparisonColumns, sourceIndex } from '@/lib/content/comparison-columns';
import type { AspectKey } from '@/lib/schemas/profile-aspects';
import { SmartLink } from './smart-link';
import { TableWrap } from './table-wrap';
import { WarningSignCards } from '../conditions/warning-sign-cards';
import { Term } from './term';
import type { MdxComponentName, SitePageValues } from '@/lib/schemas/mdx-tag-props';
import { Anchor, CorrectionsEmail, Disclaimer, SiteValue } from '../about/site-page-tags';

export interface ArticleContext {
  /** The article's reference list: in-text citations, then its embedded tables' sources. */
  citations: readonly string[];
  /** Only a site page (content/pages/) has these, for its SiteValue, Disclaimer and email tags. */
  page?: SitePageValues;
}

/**
 * The one component map every MDX document on the site renders with. Its keys are exactly the
 * components whose props the build checks (lib/schemas/mdx-tag-props.ts), plus `table`, which
 * only Markdown tables produce.
 */
export function mdxComponents(article: ArticleContext): MDXComponents {
  const components = {
    a: SmartLink,
    table: TableWrap,
    Callout,
    CareCard: (props: ComponentProps<typeof CareCard>) => <CareCard headingLevel={2} {...props} />,
    Cite: ({ id, quote }: { id: string; quote: string }) => (
      <Cite id={id} quote={quote} citations={article.citations} />
    ),
    Term,
    ComparisonTable: ({
      aspects,
      caption,
      therapies,
    }: {
      aspects: AspectKey[];
      caption?: string;
      /** Therapy slugs to show as columns; all therapies when left out. */
      therapies?: string[];
    }) => (
      <ComparisonTable
        columns={therapies ? pickColumns(comparisonColumns(), therapies) : comparisonColumns()}
        aspects={aspects}
        caption={caption ?? 'How the therapies compare'}
        sources={sourceIndex()}
        articleCitations={article.citations}
      />
    ),
    SiteValue: ({ name }: ComponentProps<typeof SiteValue>) => (
      <SiteValue name={name} values={article.page} />
    ),
    CorrectionsEmail: () => <CorrectionsEmail values={article.page} />,
    Disclaimer: () => <Disclaimer values={article.page} />,
    Anchor,
    WarningSigns: ({ set }: { set: string }) => (
      <WarningSignCards
        sets={getWarningSets([set])}
        urgency={getWarningSigns().urgency}
        labels={sourceLabels(getSources())}
        headingLevel={3}
      />
    ),
  } satisfies Record<MdxComponentName | 'table', unknown>;
  return components;
}
