/**
 * The answers this feature takes from outside its flow: the course card's three (src/features/courses/choices.ts),
 * the same three from a /hocnghe result (tagged ".s", so the sign-up records it came from the search), "Huỷ đăng ký"
 * (by course) and a provider's or official's "Trả lời" to a question (by question). ASCII, well under Telegram's 64
 * bytes. Pure.
 */
export type CourseAnswer =
  | { kind: 'signup' | 'ask' | 'no'; courseId: number; via: 'card' | 'search' }
  | { kind: 'cancel'; courseId: number }
  | { kind: 'reply'; questionId: number };

const SEARCH_TAG = '.s';
export const cancelChoiceId = (courseId: number): string => `course.cancel.${courseId}`;
export const replyChoiceId = (questionId: number): string => `course.reply.${questionId}`;

/** A card choice as /hocnghe offers it. */
export const fromSearch = (choiceId: string): string => `${choiceId}${SEARCH_TAG}`;

const PATTERN = /^course\.(signup|ask|no|cancel|reply)\.(\d{1,15})(\.s)?$/;

export function parseCourseAnswer(choiceId: string | null | undefined): CourseAnswer | null {
  const match = PATTERN.exec(choiceId ?? '');
  if (!match) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const kind = match[1] as 'signup' | 'ask' | 'no' | 'cancel' | 'reply';
  if (kind === 'reply') return match[3] ? null : { kind, questionId: id };
  if (kind === 'cancel') return match[3] ? null : { kind, courseId: id };
  return { kind, courseId: id, via: match[3] ? 'search' : 'card' };
}
