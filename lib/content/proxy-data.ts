// The little content proxy.ts needs, in a file of its own: the build writes it from the checked
// store (scripts/check-content.ts) and the proxy reads it through this schema
// (lib/content/proxy-content.ts), so the proxy never sees content that skipped validation and never
// loads the validator itself.
import { z } from 'zod';
import { IdSchema, NonEmptyText } from '../schemas/common';
import type { RefusalText } from '../schemas/text/interface-text';
import { issuesToProblems, ContentError } from './content-error';

/** Written beside Contentlayer's output, like the search index: built, never committed. */
export const PROXY_DATA_FILE = '.contentlayer/proxy-data.json';

const ProxyDataSchema = z.strictObject({
  /** Every therapy a `/compare?therapies=` selection is checked against, with its name. */
  therapies: z
    .array(z.strictObject({ slug: IdSchema, name: NonEmptyText }))
    .min(1, 'must list at least one therapy: run `npm run content` again'),
  /** What a refused request is told (content/site-text.yaml `interface.refusals`). */
  refusals: z.strictObject({ wrongMethod: NonEmptyText, badEncoding: NonEmptyText }),
});

export type ProxyData = z.infer<typeof ProxyDataSchema>;

/** The proxy's slice of the checked store. */
export function proxyDataOf(store: {
  therapies: readonly { slug: string; profile: { name: string } }[];
  siteText: { interface: { refusals: RefusalText } };
}): ProxyData {
  return {
    therapies: store.therapies.map((therapy) => ({
      slug: therapy.slug,
      name: therapy.profile.name,
    })),
    refusals: store.siteText.interface.refusals,
  };
}

/** The file's data, checked; a ContentError naming the file and field when it is not as written. */
export function parseProxyData(data: unknown): ProxyData {
  const result = ProxyDataSchema.safeParse(data);
  if (!result.success) throw new ContentError(issuesToProblems(PROXY_DATA_FILE, result.error));
  return result.data;
}
