/**
 * A line of words from content with its {slots} filled in. The client's own copy of
 * lib/site/fill-template's fillText: that one imports the schema module (and Zod with it), which a
 * citation number has no need to send to a phone.
 */
export function fillWords(template: string, values: Readonly<Record<string, string | number>>) {
  return template.replace(/\{([a-z]+)\}/gi, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}
