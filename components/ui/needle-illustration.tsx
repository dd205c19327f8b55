import type { NeedleIllustrationText } from '@/lib/schemas/text/pages-text';
import { NEEDLE_ILLUSTRATION_PATH, NEEDLE_ILLUSTRATION_SIZE } from '@/lib/illustrations/needle-svg';

/**
 * Where each therapy puts its needles: the drawing (a file built from the same words, see
 * lib/illustrations/needle-svg.ts), named by its title and described by its description. The
 * description is hidden from view but not from assistive technology: aria-describedby reads it.
 */
export function NeedleIllustration({
  id = 'needle-illustration',
  className,
  words,
}: {
  id?: string;
  className?: string;
  /** Its title, description and labels (content/site-text.yaml, pages.needles). */
  words: NeedleIllustrationText;
}) {
  const descId = `${id}-desc`;
  return (
    <>
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG file: nothing to optimise */}
      <img
        src={NEEDLE_ILLUSTRATION_PATH}
        width={NEEDLE_ILLUSTRATION_SIZE.width}
        height={NEEDLE_ILLUSTRATION_SIZE.height}
        alt={words.title}
        aria-describedby={descId}
        className={`needle-illustration h-auto w-full ${className ?? 'max-w-sm'}`}
        data-testid="needle-illustration"
      />
      <span id={descId} hidden>
        {words.description}
      </span>
    </>
  );
}
