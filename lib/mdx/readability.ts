import readability from 'text-readability';
import readingTime from 'reading-time';
import { proseOf } from './prose';

export const DEFAULT_MAX_GRADE = 8;

export interface ReadingStats {
  grade: number;
  words: number;
  minutes: number;
}

export function readingStats(mdxSource: string): ReadingStats {
  const prose = proseOf(mdxSource);
  const grade = Math.round(readability.fleschKincaidGrade(prose) * 10) / 10;
  const time = readingTime(prose);
  return { grade, words: time.words, minutes: Math.max(1, Math.round(time.minutes)) };
}
