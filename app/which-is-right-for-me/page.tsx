import type { Metadata } from 'next';
import { StaticPart } from '@/app/_static/static-part';
import { HelperPage } from '@/components/helper/helper-page';
import { helperPageMeta, loadHelperPage } from '@/lib/content/pages/helper-page';
import { HELPER_PATH } from '@/lib/site/paths';

// The blank helper, prerendered. A link with answers is sent by proxy.ts to its cached answer page.
export function generateMetadata(): Metadata {
  return { ...helperPageMeta(), alternates: { canonical: HELPER_PATH } };
}

export default function WhichIsRightForMePage() {
  return (
    <HelperPage
      page={loadHelperPage({})}
      feedbackFields={<StaticPart name="feedback-fields" params={{ path: HELPER_PATH }} />}
    />
  );
}
