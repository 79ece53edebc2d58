import { fold } from '../fold.ts';

/**
 * A course's level and its schedule, as a provider types them (or writes them in a CSV column): Vietnamese or
 * English words, accents or not, or the stored key itself. Pure.
 */
export const COURSE_LEVELS = ['college', 'intermediate', 'elementary', 'short', 'regular'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

export const COURSE_SCHEDULES = ['day', 'evening', 'weekend', 'flexible'] as const;
export type CourseSchedule = (typeof COURSE_SCHEDULES)[number];

const LEVEL_WORDS: Readonly<Record<CourseLevel, readonly string[]>> = {
  college: ['cao dang', 'college'],
  intermediate: ['trung cap', 'intermediate'],
  elementary: ['so cap', 'elementary'],
  short: ['duoi 3 thang', 'ngan han', 'short', 'under 3 months'],
  regular: ['thuong xuyen', 'regular'],
};

const SCHEDULE_WORDS: Readonly<Record<CourseSchedule, readonly string[]>> = {
  day: ['ban ngay', 'hanh chinh', 'day', 'daytime'],
  evening: ['buoi toi', 'toi', 'evening', 'evenings'],
  weekend: ['cuoi tuan', 'weekend', 'weekends'],
  flexible: ['linh hoat', 'flexible'],
};

/** The one key whose words the text holds (whole words); null for none, or for words of two keys. */
function readKey<K extends string>(text: string, words: Readonly<Record<K, readonly string[]>>): K | null {
  const folded = ` ${fold(text)} `;
  const found = (Object.keys(words) as K[]).filter((key) =>
    [key, ...words[key]].some((phrase) => folded.includes(` ${phrase} `)),
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** "Cao đẳng", "trung cap", "Sơ cấp", "dưới 3 tháng", "thường xuyên", "college" → the level; else null. */
export function readCourseLevel(text: string): CourseLevel | null {
  return readKey(text, LEVEL_WORDS);
}

/** "ban ngày", "buổi tối", "cuối tuần", "linh hoạt", "evening" → the schedule; else null. */
export function readCourseSchedule(text: string): CourseSchedule | null {
  return readKey(text, SCHEDULE_WORDS);
}
