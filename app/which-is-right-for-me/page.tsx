import type { Metadata } from 'next';
import { HELPER_DESCRIPTION, HELPER_TITLE, HelperPage } from '@/components/helper/helper-page';
import { HELPER_PATH } from '@/lib/site/paths';

// The blank helper, prerendered. A link with answers is sent by proxy.ts to its cached answer page.
export function generateMetadata(): Metadata {
  return {
    title: HELPER_TITLE,
    description: HELPER_DESCRIPTION,
    alternates: { canonical: HELPER_PATH },
  };
}

export default function WhichIsRightForMePage() {
  return <HelperPage query={{}} />;
}
