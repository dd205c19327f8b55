import type { Graph } from 'schema-dts';
import type { Crumb } from '../site/breadcrumb-trails';
import type { CitationRef } from '../schemas/citation';
import type { Source } from '../schemas/source';
import type { Profile } from '../schemas/therapy';
import { lastChanged } from '../changes/change-lists';
import type { Change } from '../schemas/changes';
import { latestReview, type ReviewRecord } from '../schemas/review';
import { articleReferenceIds } from '../evidence/page-citations';
import { graphOf, medicalWebPageLd, therapyPageLd } from './structured-data';

export interface ArticleFacts {
  title: string;
  description: string;
  url: string;
  raw: string;
  reviews: readonly ReviewRecord[];
  changes: readonly Change[];
  profile?: Profile;
}

/**
 * Structured data for a therapy or guide page: a MedicalWebPage citing what the page cites, and
 * for a therapy the MedicalTherapy it is about.
 */
export function articleLd(
  article: ArticleFacts,
  context: {
    trail: readonly Crumb[];
    sources: readonly Source[];
    therapies: readonly {
      slug: string;
      profile: Profile;
      uses?: readonly { sources: readonly CitationRef[] }[];
    }[];
  },
): Graph {
  const byId = new Map(context.sources.map((source) => [source.id, source]));
  const citations = articleReferenceIds(article, context.therapies).flatMap((id) => {
    const source = byId.get(id);
    return source ? [source] : [];
  });
  const page = {
    title: article.title,
    description: article.description,
    path: article.url,
    trail: context.trail,
    dateModified: lastChanged(article.changes),
    clinicalReview: latestReview(article.reviews, 'clinical'),
    citations,
  };
  return article.profile ? therapyPageLd(page, article.profile) : graphOf(medicalWebPageLd(page));
}
