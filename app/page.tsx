import Link from 'next/link';
import { ArticleCards } from '@/components/ui/article-cards';
import { CitedPassage } from '@/components/evidence/cited-passage';
import { EvidenceMap } from '@/components/conditions/evidence-map';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import { evidenceMap } from '@/lib/conditions/condition-uses';
import {
  getConditions,
  getGuides,
  getSiteText,
  getSources,
  getTherapies,
} from '@/lib/content/store';
import { sourceLabels } from '@/lib/evidence/source-labels';
import { HomeComparison } from '@/components/compare/home-comparison';

export default function HomePage() {
  const therapies = getTherapies();
  const guides = getGuides();
  const labels = sourceLabels(getSources());
  return (
    <div className="space-y-12">
      <section aria-labelledby="home-title" className="max-w-prose">
        <h1 id="home-title" className="text-3xl font-bold leading-tight sm:text-4xl">
          Dry needling or acupuncture?
        </h1>
        <p className="mt-4 text-lg">{getSiteText().homeIntro}</p>
        <h2 className="mt-8 text-2xl font-bold">The short answer</h2>
        {getSiteText().homeShortAnswer.map((passage) => (
          <CitedPassage key={passage.text} passage={passage} labels={labels} />
        ))}
      </section>

      <section aria-labelledby="problem-title" data-testid="home-problems">
        <h2 id="problem-title" className="text-2xl font-bold">
          Compare for your problem
        </h2>
        <p className="mt-2 max-w-prose">
          Pick your problem to see both therapies side by side: the research, what guidelines say,
          what it may cost, and when to get help first.
        </p>
        <ul className="mt-3 flex flex-wrap gap-2">
          {getConditions().map((condition) => (
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
          rows={evidenceMap(getConditions(), comparisonColumns())}
          therapies={comparisonColumns()}
        />
        <p>
          <Link href="/conditions#scale-title" className="font-semibold underline">
            How we rate the research
          </Link>
        </p>
      </section>

      <HomeComparison />

      <ArticleCards id="therapies-title" title="Read about each therapy" articles={therapies} />
      <ArticleCards id="guides-title" title="Guides to help you decide" articles={guides} />
    </div>
  );
}
