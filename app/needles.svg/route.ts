import { getSiteText } from '@/lib/content/store';
import { needleSvg } from '@/lib/illustrations/needle-svg';

// Built once with the site: the drawing's labels change only when the content does.
export const dynamic = 'force-static';

export function GET() {
  return new Response(needleSvg(getSiteText().pages.needles), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
}
