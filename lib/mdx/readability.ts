import readability from 'text-readability';
import readingTime from 'reading-time';
import { joinBlocks, proseOf } from './prose';

export const DEFAULT_MAX_GRADE = 8;

export interface ReadingStats {
  grade: number;
  words: number;
  minutes: number;
}

// A web address (https://…, www.…) or a path on this site (/sources/…) is not a word a reader
// reads as prose, and the formula would score one as a single word of dozens of syllables. A path
// must not follow a letter, digit or slash, so "and/or" and "24/7" stay.
const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S+|(?<![\w/])\/[\w-]+(?:\/[\w.#-]*)*/g;

/** Prose without its web addresses; punctuation right after one (a full stop) stays. */
export function withoutWebAddresses(prose: string): string {
  return prose.replace(WEB_ADDRESS, (address) => /[.,;:!?)]*$/.exec(address)?.[0] ?? '');
}

/**
 * Flesch–Kincaid grade, to one decimal, of prose given as one text (see joinBlocks), web addresses
 * left out.
 */
export function gradeOfProse(prose: string): number {
  return Math.round(readability.fleschKincaidGrade(withoutWebAddresses(prose)) * 10) / 10;
}

/**
 * The grade of prose given as blocks (a heading, paragraph, list item or table cell each): what
 * the browser test computes from a rendered page (renderedProseBlocks), the same way the content
 * check computes it from a page's source.
 */
export function gradeOfBlocks(blocks: readonly string[]): number {
  return gradeOfProse(joinBlocks(blocks));
}

export function readingStats(mdxSource: string): ReadingStats {
  const prose = proseOf(mdxSource);
  const grade = gradeOfProse(prose);
  const time = readingTime(prose);
  return { grade, words: time.words, minutes: Math.max(1, Math.round(time.minutes)) };
}
