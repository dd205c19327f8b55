/**
 * Finding a source's exact words in a page, wherever the page carries them: in its visible text,
 * in the React payload (props of client components such as a citation popover never show until
 * opened, yet travel with the page) or in its JSON-LD.
 */

export interface QuoteText {
  /** `source--quote`, as on the source's page. */
  anchor: string;
  text: string;
}

/** Quotes shorter than this are left out: a short phrase is often our own plain wording too. */
export const MIN_QUOTE_WORDS = 6;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const value =
        code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return String.fromCodePoint(value);
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every JSON string literal in a chunk of the React payload, decoded. */
function payloadStrings(chunk: string): string[] {
  return [...chunk.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => {
    try {
      return JSON.parse(`"${match[1] ?? ''}"`) as string;
    } catch {
      return match[1] ?? '';
    }
  });
}

/** The text one `self.__next_f.push([1, "…"])` adds to the payload (as written, if not JSON). */
function payloadChunk(argument: string): string {
  try {
    const [, chunk] = JSON.parse(argument) as [number, unknown];
    return typeof chunk === 'string' ? chunk : '';
  } catch {
    return argument;
  }
}

/**
 * The words a page carries, one haystack: its markup's text (tags dropped, entities decoded),
 * then each string of its React payload and its JSON-LD.
 */
export function pageWords(html: string): string {
  const pieces: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = match[1] ?? '';
    for (const push of body.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)/g)) {
      const chunk = payloadChunk(push[1] ?? '');
      pieces.push(...payloadStrings(chunk), chunk);
    }
    if (!body.includes('self.__next_f')) pieces.push(...payloadStrings(body));
  }
  const markup = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ' ');
  // Inline tags (<a>, <em>, <abbr>) may sit inside a quote's words: dropping them must not glue
  // or split words, so a tag becomes nothing and spacing comes from the markup's own spaces.
  const text = decodeEntities(markup.replace(/<[^>]*>/g, ''));
  return collapse([text, ...pieces].join('\n'));
}

/** The quotes (of at least MIN_QUOTE_WORDS words) whose exact words the page carries. */
export function quotesCarried(html: string, quotes: QuoteText[]): QuoteText[] {
  const words = pageWords(html);
  return quotes.filter((quote) => {
    const text = collapse(quote.text);
    return text.split(' ').length >= MIN_QUOTE_WORDS && words.includes(text);
  });
}
