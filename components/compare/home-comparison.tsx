import Link from 'next/link';
import { CORE_ASPECT_KEYS } from '@/lib/schemas/profile-aspects';
import { comparisonColumns, sourceIndex } from '@/lib/content/comparison-columns';
import { ComparisonTable } from './comparison-table';

/** The five core aspects at a glance, and the way in to the full comparison. */
export function HomeComparison() {
  return (
    <section aria-labelledby="glance-title">
      <h2 id="glance-title" className="text-2xl font-bold">
        At a glance
      </h2>
      <ComparisonTable
        columns={comparisonColumns()}
        aspects={CORE_ASPECT_KEYS}
        caption="The therapies side by side: five key differences"
        sources={sourceIndex()}
        variant="glance"
      />
      <p>
        <Link href="/compare" className="font-semibold underline">
          See the full comparison
        </Link>
        , including side effects, risks, who should take care first, training and evidence.
      </p>
    </section>
  );
}
