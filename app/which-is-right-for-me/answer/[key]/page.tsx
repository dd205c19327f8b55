import type { Metadata } from 'next';
import { StaticPart } from '@/app/_static/static-part';
import { notFound } from 'next/navigation';
import { HelperPage } from '@/components/helper/helper-page';
import { helperPageMeta, loadHelperPage } from '@/lib/content/pages/helper-page';
import { HELPER_PATH } from '@/lib/site/paths';
import { HelperEntriesSchema, entriesToQuery } from '@/lib/helper/helper-query';
import { decodeQueryKey } from '@/lib/http/query-key';

// Where proxy.ts sends `/which-is-right-for-me?…`. The answer depends only on the address, so it
// is rendered once and then cached (here and by any CDN) for an hour, refreshed after that.
export const revalidate = 3600;

type Params = Promise<{ key: string }>;

/** No answers are known before a reader sends them. */
export function generateStaticParams(): { key: string }[] {
  return [];
}

async function load(params: Params) {
  const entries = HelperEntriesSchema.safeParse(decodeQueryKey((await params).key));
  if (!entries.success) notFound();
  return entriesToQuery(entries.data);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await load(params);
  return {
    ...helperPageMeta(),
    alternates: { canonical: HELPER_PATH },
    robots: { index: false, follow: true },
  };
}

export default async function HelperAnswerPage({ params }: { params: Params }) {
  return (
    <HelperPage
      page={loadHelperPage(await load(params))}
      feedbackFields={<StaticPart name="feedback-fields" params={{ path: HELPER_PATH }} />}
    />
  );
}
