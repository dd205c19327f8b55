import type { ReactNode } from 'react';
import type { CareLevel } from '@/lib/schemas/mdx-tag-props';

export type { CareLevel };

/** The word each card's heading starts with, per level (content/site-text.yaml `labels.careLevels`). */
export type CareLevelWords = Readonly<Record<CareLevel, string>>;

// Each level has its own border weight and shape, not only its own colour (WCAG 1.4.1): a thin
// left rule, a thick left rule, a thick frame all round.
const BORDER: Record<CareLevel, string> = {
  'non-urgent': 'border-l-4 border-info-line',
  urgent: 'border-l-[12px] border-urgent-line',
  emergency: 'border-4 border-l-[16px] border-ink',
};

const FILL: Record<CareLevel, string> = {
  'non-urgent': 'bg-info-bg text-ink',
  urgent: 'bg-urgent-bg text-ink',
  emergency: 'bg-emergency-bg text-emergency-ink',
};

/** A shape per level, as on road signs: circle, triangle, octagon. Decoration beside the word. */
function LevelIcon({ level }: { level: CareLevel }) {
  const common = {
    'aria-hidden': true,
    focusable: false,
    width: 28,
    height: 28,
    viewBox: '0 0 28 28',
    className: 'shrink-0',
    'data-shape': level === 'non-urgent' ? 'circle' : level === 'urgent' ? 'triangle' : 'octagon',
  } as const;
  const mark = (
    <>
      <rect x="12.5" y="7" width="3" height="9" rx="1" fill="currentColor" />
      <rect x="12.5" y="18.5" width="3" height="3" rx="1" fill="currentColor" />
    </>
  );
  if (level === 'non-urgent') {
    return (
      <svg {...common}>
        <circle cx="14" cy="14" r="12" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <rect x="12.5" y="12" width="3" height="9" rx="1" fill="currentColor" />
        <rect x="12.5" y="6.5" width="3" height="3" rx="1" fill="currentColor" />
      </svg>
    );
  }
  if (level === 'urgent') {
    return (
      <svg {...common}>
        <polygon
          points="14,2.5 26.5,25 1.5,25"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinejoin="round"
        />
        <g transform="translate(0 2)">{mark}</g>
      </svg>
    );
  }
  return (
    <svg {...common}>
      <polygon
        points="9,1.5 19,1.5 26.5,9 26.5,19 19,26.5 9,26.5 1.5,19 1.5,9"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinejoin="round"
      />
      {mark}
    </svg>
  );
}

/**
 * Care advice in three levels, after the NHS pattern: the heading starts with the level
 * ("Urgent advice:"), shown as well as spoken, beside a shape of its own; each level also has its
 * own border weight, so nothing depends on telling colours apart.
 */
export function CareCard({
  level,
  levelWords,
  title,
  about,
  children,
  headingLevel = 2,
}: {
  level: CareLevel;
  levelWords: CareLevelWords;
  title: string;
  /** What the card is about, when its title is an action shared by several cards. */
  about?: string;
  children: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-label={`${levelWords[level]} ${title}${about ? `: ${about}` : ''}`}
      data-care-level={level}
      className={`not-prose my-6 rounded-md p-4 sm:p-5 ${BORDER[level]} ${FILL[level]}`}
    >
      <div className="flex items-start gap-3">
        <LevelIcon level={level} />
        <Heading className="m-0 text-xl font-bold">
          <span data-care-word className="block text-sm font-bold tracking-wide uppercase">
            {levelWords[level]}
          </span>{' '}
          {title}
        </Heading>
      </div>
      {about && <p className="mt-2 text-lg font-bold">{about}</p>}
      <div className="mt-2 space-y-2 [&_a]:font-semibold [&_a]:underline [&_li]:ml-5 [&_ul]:list-disc">
        {children}
      </div>
    </section>
  );
}
