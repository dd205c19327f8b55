import { placeholdersOf } from '../schemas/template';

/**
 * A line of interface text with its {slots} filled in, as pieces (text, or whatever the caller
 * puts in a slot, such as a <time> element), so a component renders words from content.
 */
export function fillTemplate<T>(
  template: string,
  values: Readonly<Record<string, T>>,
): (string | T)[] {
  const names = new Set(placeholdersOf(template));
  return template
    .split(/(\{[a-z]+\})/i)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = /^\{([a-z]+)\}$/i.exec(piece)?.[1];
      return name !== undefined && names.has(name) && name in values ? (values[name] as T) : piece;
    });
}

/** The same, when every slot is filled with text. */
export const fillText = (template: string, values: Readonly<Record<string, string | number>>) =>
  fillTemplate(template, values).map(String).join('');
