import type { StaticPartName } from './static-part-id';

/**
 * In the browser a static part has no HTML to give: the server's stays in the page (static-part.tsx).
 * This file is what `#static-parts` resolves to in the client bundle, so the parts' words, loaders
 * and schemas never reach it.
 */
export function staticPartHtml(name: StaticPartName, params: Record<string, string>): null {
  void name;
  void params;
  return null;
}
