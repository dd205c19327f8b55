import readability from 'text-readability';
import readingTime from 'reading-time';
import { joinBlocks, proseOf } from './prose';

export const DEFAULT_MAX_GRADE = 8;

export interface ReadingStats {
  grade: number;
  words: number;
  minutes: number;
}

/** Flesch–Kincaid grade, to one decimal, of prose given as one text (see joinBlocks). */
export function gradeOfProse(prose: string): number {
  return Math.round(readability.fleschKincaidGrade(prose) * 10) / 10;
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
