// Comments are free text: anything that looks like a way to reach a person is cut before storage.

export const REMOVED = '[removed]';

const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/giu;
// A run of digits with the usual phone separators, possibly with a leading + or (.
const PHONE_CANDIDATE = /(?:\+|\(|\b)\d[\d\s().\-/]{4,}\d\b/gu;
/** Fewer digits than this is a number in a sentence ("about 19 in 100"), not a phone number. */
const PHONE_MIN_DIGITS = 7;

/** The comment with every email address and phone number replaced by "[removed]". */
export function redactContacts(text: string): string {
  return text
    .replace(EMAIL, REMOVED)
    .replace(PHONE_CANDIDATE, (match) =>
      (match.match(/\d/gu)?.length ?? 0) >= PHONE_MIN_DIGITS ? REMOVED : match,
    );
}
