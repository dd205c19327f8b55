import type { ReactNode } from 'react';

/** A gentle aside: a tip or something worth knowing. Urgent advice uses CareCard instead. */
export function Callout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className="not-prose my-6 rounded-md border-l-4 border-info-line bg-info-bg p-4">
      <p className="m-0 font-semibold">{title}</p>
      <div className="mt-2 space-y-2 [&_a]:underline">{children}</div>
    </aside>
  );
}
