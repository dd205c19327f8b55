/** The little a guide or therapy needs to be related to others: no MDX, no content loading. */
export interface RelatableGuide {
  slug: string;
  title: string;
  url: string;
  order: number;
  therapies: readonly string[];
  topics: readonly string[];
}

export interface RelatableTherapy {
  slug: string;
  title: string;
  url: string;
}

export interface RelatedLink {
  kind: 'therapy' | 'guide';
  title: string;
  url: string;
  /** Why it is here, in words: "Also about safety and side effects". */
  reason: string;
}

export const MAX_RELATED_GUIDES = 3;

export const topicLabel = (topic: string) => topic.replace(/-/g, ' ');

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function isGuide<T extends object>(article: T): article is T & RelatableGuide {
  return 'order' in article && 'topics' in article;
}

/**
 * Other guides that share this guide's topics (worth two) or therapies (worth one), best first
 * and then in reading order; then the therapies the guide is about.
 */
export function relatedToGuide(
  guide: RelatableGuide,
  guides: readonly RelatableGuide[],
  therapies: readonly RelatableTherapy[],
): RelatedLink[] {
  const scored = guides
    .filter((other) => other.slug !== guide.slug)
    .map((other) => {
      const topics = guide.topics.filter((topic) => other.topics.includes(topic));
      const shared = guide.therapies.filter((slug) => other.therapies.includes(slug));
      return { other, topics, shared, score: topics.length * 2 + shared.length };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.other.order - b.other.order)
    .slice(0, MAX_RELATED_GUIDES);

  const guideLinks = scored.map(({ other, topics, shared }): RelatedLink => {
    const about =
      topics.length > 0
        ? topics.map(topicLabel)
        : shared.map((slug) => therapies.find((therapy) => therapy.slug === slug)?.title ?? slug);
    return {
      kind: 'guide',
      title: other.title,
      url: other.url,
      reason: `Also about ${listInWords(about)}`,
    };
  });
  const therapyLinks = therapies
    .filter((therapy) => guide.therapies.includes(therapy.slug))
    .map((therapy): RelatedLink => ({
      kind: 'therapy',
      title: therapy.title,
      url: therapy.url,
      reason: 'A therapy this guide covers',
    }));
  return [...guideLinks, ...therapyLinks];
}

/**
 * Guides that list this therapy, in reading order, then other therapies those guides cover
 * alongside it, most often first.
 */
export function relatedToTherapy(
  therapy: RelatableTherapy,
  guides: readonly RelatableGuide[],
  therapies: readonly RelatableTherapy[],
): RelatedLink[] {
  const covering = guides
    .filter((guide) => guide.therapies.includes(therapy.slug))
    .sort((a, b) => a.order - b.order);
  const guideLinks = covering.slice(0, MAX_RELATED_GUIDES).map((guide): RelatedLink => ({
    kind: 'guide',
    title: guide.title,
    url: guide.url,
    reason: `A guide about ${listInWords(guide.topics.map(topicLabel))}`,
  }));
  const together = therapies
    .filter((other) => other.slug !== therapy.slug)
    .map((other) => ({
      other,
      count: covering.filter((guide) => guide.therapies.includes(other.slug)).length,
    }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.other.title.localeCompare(b.other.title))
    .map(({ other, count }): RelatedLink => ({
      kind: 'therapy',
      title: other.title,
      url: other.url,
      reason: `Covered alongside ${therapy.title.toLowerCase()} in ${count} guide${count === 1 ? '' : 's'}`,
    }));
  return [...guideLinks, ...together];
}

/** The guides just before and after this one, by `order`. */
export function adjacentGuides<G extends RelatableGuide>(
  guides: readonly G[],
  slug: string,
): { previous?: G; next?: G } {
  const sorted = [...guides].sort((a, b) => a.order - b.order);
  const index = sorted.findIndex((guide) => guide.slug === slug);
  if (index === -1) return {};
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}
