import Link from 'next/link';
import { ArticleCards } from '../ui/article-cards';
import { CitedPassage } from '../evidence/cited-passage';
import { EvidenceMap } from '../conditions/evidence-map';
import { HomeComparison } from '../compare/home-comparison';
import type { HomePageData } from '@/lib/content/pages/home';

function HomeProblems({ page }: { page: HomePageData }) {
  const { words } = page;
  return (
    <section aria-labelledby="problem-title" data-testid="home-problems">
      <h2 id="problem-title" className="text-2xl font-bold">
        {words.problems}
      </h2>
      <p className="mt-2 max-w-prose">{words.problemsIntro}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {page.conditions.map((condition) => (
          <li key={condition.slug}>
            <Link
              href={condition.url}
              className="inline-block rounded-md border border-line px-3 py-2 font-semibold underline"
            >
              {condition.name}
            </Link>
          </li>
        ))}
      </ul>
      <EvidenceMap
        rows={page.evidenceMap}
        therapies={page.columns}
        rule={page.rule}
        words={words.map}
      />
      <p>
        <Link href="/conditions#scale-title" className="font-semibold underline">
          {words.ratingLink}
        </Link>
      </p>
    </section>
  );
}

/**
 * The home page: the short answer, the health problems and their evidence map, the comparison at
 * a glance and the articles. app/page.tsx sends it as a static part (app/_static/): HTML only.
 */
export function HomeBody({ page }: { page: HomePageData }) {
  const { words } = page;
  return (
    <>
      <section aria-labelledby="home-title" className="max-w-prose">
        <h1 id="home-title" className="text-3xl font-bold leading-tight sm:text-4xl">
          {words.heading}
        </h1>
        <p className="mt-4 text-lg">{words.intro}</p>
        <h2 className="mt-8 text-2xl font-bold">{words.shortAnswer}</h2>
        {page.shortAnswer.map((passage) => (
          <CitedPassage key={passage.text} passage={passage} labels={page.labels} />
        ))}
      </section>
      <HomeProblems page={page} />
      <HomeComparison
        columns={page.columns}
        sources={page.sources}
        rule={page.rule}
        labels={page.rowWords}
        words={words.glance}
      />
      <ArticleCards id="therapies-title" title={words.therapies} articles={page.therapies} />
      <ArticleCards id="guides-title" title={words.guides} articles={page.guides} />
    </>
  );
}
