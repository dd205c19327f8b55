import { Fragment } from 'react';
import { fillTemplate } from '@/lib/site/fill-template';
import type { SitePageValues, SiteValueName } from '@/lib/schemas/mdx-tag-props';

/**
 * The MDX tags only a site page (content/pages/) uses. Each takes the values its route loaded;
 * without them (an article using the tag) it fails loudly rather than print nothing.
 */
function required(values: SitePageValues | undefined, tag: string): SitePageValues {
  if (values) return values;
  throw new Error(`<${tag} /> is only for content/pages/: this page passed no site values`);
}

export function SiteValue({ name, values }: { name: SiteValueName; values?: SitePageValues }) {
  const { numbers } = required(values, 'SiteValue');
  return <>{numbers[name]}</>;
}

export function Disclaimer({ values }: { values?: SitePageValues }) {
  const { disclaimer } = required(values, 'Disclaimer');
  return <p>{disclaimer}</p>;
}

/** The address for reporting a mistake, or, in a copy built for a local address, that there is none. */
export function CorrectionsEmail({ values }: { values?: SitePageValues }) {
  const { correctionsEmail, words } = required(values, 'CorrectionsEmail');
  if (!correctionsEmail) return <>{words.noInbox}</>;
  const href = `mailto:${correctionsEmail}?subject=${encodeURIComponent(words.emailSubject)}`;
  return (
    <>
      {fillTemplate(words.email, { email: <a href={href}>{correctionsEmail}</a> }).map(
        (piece, index) => (
          <Fragment key={index}>{piece}</Fragment>
        ),
      )}
    </>
  );
}

/** A named place on the page that links from elsewhere keep, whatever its heading says. */
export function Anchor({ id }: { id: string }) {
  return <span id={id} className="block scroll-mt-4" />;
}
