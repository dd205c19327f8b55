import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArticleBody, ArticleTitle } from '@/components/layout/article-layout';
import { EvidenceWordsContext } from '@/components/evidence/evidence-words';
import { JsonLd } from '@/components/seo/json-ld';
import { KeyFacts } from '@/components/compare/key-facts';
import { CompareTablePart } from '@/components/compare/compare-view';
import { ConditionBody } from '@/components/conditions/condition-body';
import { COMPARE_PATH, findPair } from '@/lib/compare/pair-paths';
import { pickColumns } from '@/lib/compare/comparison-rows';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import { FeedbackFields } from '@/components/feedback/feedback-form';
import { HomeBody } from '@/components/home/home-body';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { NotFoundBody } from '@/components/layout/not-found-body';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SourceIndex } from '@/components/sources/source-index';
import type { ArticlePageData } from '@/lib/content/pages/article-page';
import { loadChrome } from '@/lib/content/pages/chrome';
import { feedbackFormWords } from '@/lib/content/pages/feedback';
import { loadHomePage } from '@/lib/content/pages/home';
import { loadNotFoundPage } from '@/lib/content/pages/not-found';
import { loadSourcesPage } from '@/lib/content/pages/sources-page';
import { loadComparePage, loadComparePairPage } from '@/lib/content/pages/compare';
import { loadConditionPage } from '@/lib/content/pages/condition';
import { loadGuidePage } from '@/lib/content/pages/guide-page';
import { loadTherapyPage } from '@/lib/content/pages/therapy-page';
import { isoDay } from '@/lib/site/clock';

/** A route parameter the part needs; a missing one is a wiring mistake in the route. */
function param(params: Record<string, string>, key: string, part: string): string {
  const value = params[key];
  if (value === undefined) {
    throw new Error(`Static part "${part}" needs the route parameter "${key}"`);
  }
  return value;
}

/** A page the route found, but this render could not: the content changed under it. */
function found<T>(page: T | undefined | null, part: string, slug: string): T {
  if (!page) throw new Error(`Static part "${part}" has no page "${slug}"`);
  return page;
}

/** A part of an article route: its slug from the route, its page from the route's own loader. */
function articlePart<Page>(
  part: string,
  load: (slug: string) => Page | undefined,
  render: (page: Page) => ReactElement,
) {
  return (params: Record<string, string>) => {
    const slug = param(params, 'slug', part);
    return render(found(load(slug), part, slug));
  };
}

const articleTrail = (page: ArticlePageData) => (
  <Breadcrumbs trail={page.trail} label={page.breadcrumbLabel} className="mx-auto max-w-prose" />
);

const articleTitle = (page: ArticlePageData & { eyebrow: string }) => (
  <ArticleTitle page={page} eyebrow={page.eyebrow} today={isoDay()} />
);

/**
 * The parts of pages sent as HTML only, by name. Each loads its page as the route does (the
 * route's own load decides `notFound()` and the metadata) and renders what holds no interactive
 * React: buttons, forms and live search stay in the route, in the React payload.
 */
export const staticParts = {
  /** The frame around every page (app/layout.tsx): its links are plain links, as in every part. */
  'site-header': () => <SiteHeader words={loadChrome().header} />,
  'site-footer': () => <SiteFooter words={loadChrome().footer} />,
  /** The feedback form's fields; the form around them (and its button) is React's. */
  'feedback-fields': (params: Record<string, string>) => (
    <FeedbackFields path={param(params, 'path', 'feedback-fields')} words={feedbackFormWords()} />
  ),
  /** Every page's payload carries the not-found view (the root layout's 404 boundary). */
  'not-found': () => <NotFoundBody page={loadNotFoundPage()} />,
  'therapy-trail': articlePart('therapy-trail', loadTherapyPage, articleTrail),
  'guide-trail': articlePart('guide-trail', loadGuidePage, articleTrail),
  'therapy-title': articlePart('therapy-title', loadTherapyPage, articleTitle),
  'guide-title': articlePart('guide-title', loadGuidePage, articleTitle),
  'therapy-body': (params: Record<string, string>) => {
    const slug = param(params, 'slug', 'therapy-body');
    const page = found(loadTherapyPage(slug), 'therapy-body', slug);
    return (
      <>
        <JsonLd data={page.ld} />
        <ArticleBody
          page={page}
          before={
            page.keyFacts && (
              <KeyFacts
                column={page.keyFacts.column}
                sources={page.keyFacts.sources}
                words={page.keyFacts.words}
                rule={page.keyFacts.words.rule}
                numbering={page.references.map((entry) => entry.id)}
              />
            )
          }
        />
      </>
    );
  },
  'guide-body': (params: Record<string, string>) => {
    const slug = param(params, 'slug', 'guide-body');
    const page = found(loadGuidePage(slug), 'guide-body', slug);
    return (
      <>
        <JsonLd data={page.ld} />
        <ArticleBody page={page} />
      </>
    );
  },
  'condition-body': (params: Record<string, string>) => {
    const slug = param(params, 'slug', 'condition-body');
    return <ConditionBody page={found(loadConditionPage(slug), 'condition-body', slug)} />;
  },
  /** /compare's table (every therapy), or with `pair`, one pair's. */
  'compare-table': (params: Record<string, string>) => {
    const segment = params.pair;
    if (segment === undefined) return <CompareTablePart {...loadComparePage()} />;
    const columns = comparisonColumns();
    const pair = found(
      findPair(
        columns.map((column) => column.slug),
        segment,
      ),
      'compare-table',
      segment,
    );
    const shown = pickColumns(columns, pair.slugs);
    return <CompareTablePart {...loadComparePairPage(shown, `${COMPARE_PATH}/${pair.pair}`)} />;
  },
  home: () => <HomeBody page={loadHomePage()} />,
  /** /sources: one line per source, grouped by kind. */
  'sources-index': () => {
    const page = loadSourcesPage();
    return (
      <>
        <JsonLd data={page.jsonLd} />
        <SourceIndex groups={page.groups} />
      </>
    );
  },
} satisfies Record<string, (params: Record<string, string>) => ReactElement>;

/** The HTML of one part. The few client labels inside tables read their words from the context. */
export function staticPartHtml(
  name: keyof typeof staticParts,
  params: Record<string, string>,
): string {
  const render = staticParts[name];
  if (!render) throw new Error(`No static part is named "${String(name)}"`);
  return renderToStaticMarkup(
    <EvidenceWordsContext value={loadChrome().evidence}>{render(params)}</EvidenceWordsContext>,
  );
}
