import { getGlossary, getSiteText, getSource, getSources } from '../store';
import { alphabetical } from '../glossary-order';
import { breadcrumbWords } from './chrome';
import { definedTermSetLd, graphOf, medicalWebPageLd } from '../../seo/structured-data';
import { trailOf } from '../../site/breadcrumb-trails';
import { fillText } from '../../site/fill-template';
import { SITE_NAME } from '../../site/site-config';
import { GLOSSARY_PATH } from '../../site/static-pages';

/** The title and description of /glossary, for its metadata, structured data and sharing card. */
export function glossaryMeta() {
  const { meta } = getSiteText().pages.glossary;
  return { path: GLOSSARY_PATH, title: meta.title, description: meta.description };
}

/** One link per source: its first quote here leads to its entry, and the rest, on /sources. */
function firstQuotePerSource<T extends { source: string }>(refs: readonly T[]): T[] {
  return refs.filter(
    (ref, index) => refs.findIndex((other) => other.source === ref.source) === index,
  );
}

/** Everything /glossary shows: every term in order, each source named, and the page's words. */
export function loadGlossaryPage() {
  const meta = glossaryMeta();
  const crumbs = breadcrumbWords();
  const trail = trailOf(crumbs.home, { name: meta.title, path: meta.path });
  const terms = alphabetical(getGlossary());
  const citedIds = new Set(terms.flatMap((term) => (term.sources ?? []).map((ref) => ref.source)));
  const citations = getSources().filter((source) => citedIds.has(source.id));
  return {
    meta,
    trail,
    jsonLd: graphOf(
      medicalWebPageLd(
        { ...meta, trail, citations },
        {
          mainEntity: definedTermSetLd(
            meta.path,
            terms,
            fillText(getSiteText().interface.glossaryName, { site: SITE_NAME }),
          ),
        },
      ),
    ),
    terms: terms.map((term) => ({
      ...term,
      links: firstQuotePerSource(term.sources ?? []).map((ref) => ({
        ref,
        title: getSource(ref.source)?.title ?? ref.source,
      })),
    })),
    words: { ...getSiteText().pages.glossary, breadcrumb: crumbs.label },
  };
}
