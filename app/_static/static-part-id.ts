import type { staticParts } from './parts-server';

/** The name of a static part: a key of the registry in parts-server.tsx. */
export type StaticPartName = keyof typeof staticParts;

/** The part's id in the page: its name and its route parameters, e.g. `therapy-body:acupuncture`. */
export function staticPartId(name: string, params: Record<string, string>): string {
  const values = Object.keys(params)
    .sort()
    .map((key) => params[key]);
  return [name, ...values].join(':');
}
