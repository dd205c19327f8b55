import type {
  BreadcrumbList,
  CreativeWork,
  DefinedTermSet,
  Graph,
  MedicalEntity,
  MedicalTherapy,
  MedicalWebPage,
  Organization,
  Person,
  Thing,
  WebPage,
} from 'schema-dts';
import type { Crumb } from '../site/breadcrumb-trails';
import type { ClinicalReview } from '../schemas/review';
import type { Source } from '../schemas/source';
import type { Cell, Profile } from '../schemas/therapy';
import { SITE_NAME, absoluteUrl } from '../site/site-config';

export const PUBLISHER: Organization = {
  '@type': 'Organization',
  '@id': absoluteUrl('/#organization'),
  name: SITE_NAME,
  url: absoluteUrl('/'),
};

/** Only a named clinician's review is a review in schema.org's sense; an editorial check is not. */
export function reviewerLd(reviewer: ClinicalReview): Person {
  return {
    '@type': 'Person',
    name: reviewer.name,
    hasCredential: { '@type': 'EducationalOccupationalCredential', name: reviewer.credentials },
  };
}

export function breadcrumbLd(trail: readonly Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/**
 * A cited work in a page's list of citations: its address only. A page cites up to 40 sources,
 * and with title and publisher each, the list was most of the page's JSON-LD (about 11 KB, sent
 * twice: in the HTML and again in the React payload). Search engines show none of it; the
 * source's own page (/sources/<id>) describes it in full with citationLd.
 */
function citedWorkLd(source: Pick<Source, 'url'>): CreativeWork {
  return { '@type': 'CreativeWork', url: source.url };
}

/** A source in full: title, address and publisher (on the source's own page). */
export function citationLd(source: Source): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    url: source.url,
    publisher: { '@type': 'Organization', name: source.publisher },
  };
}

export interface PageFacts {
  title: string;
  description: string;
  path: string;
  trail: readonly Crumb[];
  /** The date of the page's newest change (its list of changes), as YYYY-MM-DD. */
  dateModified?: string;
}

export interface MedicalPageFacts extends PageFacts {
  /**
   * The page's latest clinical review. Without one, lastReviewed and reviewedBy are left out: an
   * editorial check against the sources is not a medical review and is never published as one.
   */
  clinicalReview?: ClinicalReview;
  /** The sources the page cites, in citation order. */
  citations: readonly Source[];
}

/** A patient-facing medical page: who reviewed it and when, for whom, and what it cites. */
function pageBase(page: PageFacts) {
  return {
    '@id': absoluteUrl(`${page.path}#webpage`),
    url: absoluteUrl(page.path),
    name: page.title,
    description: page.description,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl('/') },
    publisher: PUBLISHER,
    breadcrumb: breadcrumbLd(page.trail),
    ...(page.dateModified ? { dateModified: page.dateModified } : {}),
  } as const;
}

export function medicalWebPageLd(
  page: MedicalPageFacts,
  extra: Pick<MedicalWebPage & object, 'about' | 'mainEntity'> = {},
): MedicalWebPage {
  return {
    '@type': 'MedicalWebPage',
    ...pageBase(page),
    ...(page.clinicalReview
      ? {
          lastReviewed: page.clinicalReview.date,
          reviewedBy: reviewerLd(page.clinicalReview),
        }
      : {}),
    medicalAudience: { '@type': 'Patient' },
    citation: page.citations.map(citedWorkLd),
    ...extra,
  };
}

/** A page about the site rather than about health (the about page, for instance). */
export function webPageLd(
  page: PageFacts,
  extra: Pick<WebPage & object, 'citation' | 'about'> = {},
): WebPage {
  return {
    '@type': 'WebPage',
    ...pageBase(page),
    ...extra,
  };
}

/** A profile cell as outcomes: one per listed point where the profile breaks it down. */
function outcomes(cell: Cell): MedicalEntity[] {
  const names = cell.points && cell.points.length > 0 ? cell.points : [cell.text];
  return names.map((name) => ({ '@type': 'MedicalEntity', name }));
}

export function medicalTherapyLd(therapy: {
  description: string;
  path: string;
  profile: Profile;
}): MedicalTherapy {
  const { profile } = therapy;
  // Cautions are things to tell the practitioner or ask about first (pregnancy, a blood thinner),
  // not bars to treatment, so they are published as preparation, never as contraindications.
  const precautions: MedicalEntity[] = profile.cautions.items.map((item) => ({
    '@type': 'MedicalEntity',
    name: item.label,
    description: item.note,
  }));
  return {
    '@type': 'MedicalTherapy',
    '@id': absoluteUrl(`${therapy.path}#therapy`),
    name: profile.name,
    description: therapy.description,
    url: absoluteUrl(therapy.path),
    adverseOutcome: outcomes(profile.commonSideEffects),
    seriousAdverseOutcome: outcomes(profile.seriousRisks),
    preparation: precautions,
    ...(profile.medicineSystem ? { medicineSystem: profile.medicineSystem } : {}),
  };
}

/** A therapy page: the page and the therapy it is about, linked by id. */
export function therapyPageLd(page: MedicalPageFacts, profile: Profile): Graph {
  const therapy = medicalTherapyLd({ ...page, profile });
  return graphOf(
    medicalWebPageLd(page, { about: { '@id': absoluteUrl(`${page.path}#therapy`) } }),
    therapy,
  );
}

export function graphOf(...nodes: Exclude<Thing, string>[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** The glossary as a set of defined terms, each addressable by its anchor, named by `name`. */
export function definedTermSetLd(
  path: string,
  terms: readonly { id: string; term: string; definition: string }[],
  name: string,
): DefinedTermSet {
  return {
    '@type': 'DefinedTermSet',
    '@id': absoluteUrl(`${path}#terms`),
    name,
    hasDefinedTerm: terms.map((term) => ({
      '@type': 'DefinedTerm',
      '@id': absoluteUrl(`${path}#${term.id}`),
      name: term.term,
      description: term.definition,
      url: absoluteUrl(`${path}#${term.id}`),
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function serializeJsonLd(data: Graph): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
