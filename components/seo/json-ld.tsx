import type { Graph } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/structured-data';

/** Structured data for search engines; built in lib/seo/structured-data.ts, escaped there. */
export function JsonLd({ data }: { data: Graph }) {
  // The string is JSON with `<` escaped, so it cannot end the script element early.
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
