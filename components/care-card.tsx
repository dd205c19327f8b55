import type { ReactNode } from 'react';
import type { CareLevel } from '@/lib/schemas/mdx-components';

export type { CareLevel };

const PREFIX: Record<CareLevel, string> = {
  'non-urgent': 'Non-urgent advice:',
  urgent: 'Urgent advice:',
  emergency: 'Emergency advice:',
};

const STYLE: Record<CareLevel, string> = {
  'non-urgent': 'border-l-8 border-info-line bg-info-bg text-ink',
  urgent: 'border-l-8 border-urgent-line bg-urgent-bg text-ink',
  emergency: 'border-l-8 border-emergency-bg bg-emergency-bg text-emergency-ink',
};

/**
 * Care advice in three levels, after the NHS pattern: a heading that starts with a visually hidden
 * level ("Urgent advice:") so screen-reader users hear how serious it is, and styling that differs
 * by more than colour (border weight, filled background for emergencies).
 */
export function CareCard({
  level,
  title,
  children,
  headingLevel = 2,
}: {
  level: CareLevel;
  title: string;
  children: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-label={`${PREFIX[level]} ${title}`}
      data-care-level={level}
      className={`not-prose my-6 rounded-md p-4 sm:p-5 ${STYLE[level]}`}
    >
      <Heading className="m-0 text-xl font-bold">
        {/* The space sits outside the hidden span so every accessibility API keeps it. */}
        <span className="sr-only">{PREFIX[level]}</span> {title}
      </Heading>
      <div className="mt-2 space-y-2 [&_a]:font-semibold [&_a]:underline [&_li]:ml-5 [&_ul]:list-disc">
        {children}
      </div>
    </section>
  );
}
