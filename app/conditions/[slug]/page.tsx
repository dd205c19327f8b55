import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedbackForm } from '@/components/feedback/feedback-form';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { PageTools } from '@/components/layout/page-tools';
import { StaticPart } from '@/app/_static/static-part';
import { getConditions } from '@/lib/content/store';
import {
  conditionTitle,
  loadConditionPage,
  type ConditionPageData,
} from '@/lib/content/pages/condition';
import { pageMetadata } from '@/lib/seo/page-metadata';

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;
// Re-rendered hourly so a page whose review falls due shows the overdue notice without a rebuild.
export const revalidate = 3600;

export function generateStaticParams() {
  return getConditions().map((condition) => ({ slug: condition.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const slug = (await params).slug;
  const found = getConditions().find((candidate) => candidate.slug === slug);
  if (!found) return {};
  return pageMetadata({
    title: conditionTitle(found.name),
    description: found.description,
    path: found.url,
    type: 'article',
    modifiedTime: found.lastReviewed,
  });
}

function ConditionIntro({ page }: { page: ConditionPageData }) {
  const { condition, words } = page;
  return (
    <>
      <Breadcrumbs trail={page.trail} label={words.breadcrumb} />
      <p className="text-base font-semibold uppercase tracking-wide text-muted">{words.eyebrow}</p>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.title}</h1>
      <p className="mt-4 max-w-prose text-lg">{condition.summary}</p>
      <p className="mt-3 max-w-prose">{words.disclaimer}</p>
      <PageTools title={page.title} />
    </>
  );
}

export default async function ConditionPage({ params }: { params: Params }) {
  const { slug } = await params;
  const page = loadConditionPage(slug);
  if (!page) notFound();
  return (
    <div className="mx-auto max-w-4xl">
      <ConditionIntro page={page} />
      <StaticPart name="condition-body" params={{ slug }} />
      <div className="max-w-prose">
        <FeedbackForm
          words={page.feedback}
          fields={<StaticPart name="feedback-fields" params={{ path: page.condition.url }} />}
        />
      </div>
    </div>
  );
}
