import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { JsonLd } from '@/components/seo/json-ld';
import { MdxContent } from '@/components/mdx/mdx-content';
import { loadAboutPage } from '@/lib/content/pages/about';
import { COMMENT_RETENTION_MONTHS } from '@/lib/feedback/schema';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { CORRECTIONS_EMAIL } from '@/lib/site/site-config';
import { graphOf, webPageLd } from '@/lib/seo/structured-data';

const load = () =>
  loadAboutPage({
    commentRetentionMonths: COMMENT_RETENTION_MONTHS,
    correctionsEmail: CORRECTIONS_EMAIL,
  });

export function generateMetadata(): Metadata {
  return pageMetadata(load().meta);
}

export default function AboutPage() {
  const page = load();
  return (
    <div className="mx-auto max-w-prose">
      <JsonLd data={graphOf(webPageLd({ ...page.meta, trail: page.trail }))} />
      <Breadcrumbs trail={page.trail} label={page.breadcrumbLabel} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.heading}</h1>
      <div className="prose prose-lg mt-6 dark:prose-invert">
        <MdxContent code={page.code} data={page.mdx} />
      </div>
    </div>
  );
}
