import type { CourseDraft } from '../../kernel/courses/draft.ts';
import type { CourseCardFacts } from '../courses/card.ts';
import type { CoursePostingData } from './data.ts';

/** The course once every answer is in (null while something is still missing). Pure. */
export function draftOf(data: CoursePostingData): CourseDraft | null {
  const { providerName, title, occupation, level, startsOn, durationDays, schedule, feeVnd } = data;
  if (providerName === null || title === null || occupation === null || level === null) return null;
  if (!data.online && (data.communeCode === null || data.address === null)) return null;
  if (startsOn === null || durationDays === null || schedule === null || feeVnd === null) return null;
  if (!data.seatsAnswered || !data.supportAnswered || !data.priorityAnswered || !data.contactAnswered) return null;
  return {
    providerName,
    title,
    occupation,
    level,
    online: data.online,
    communeCode: data.online ? null : data.communeCode,
    address: data.online ? null : data.address,
    startsOn,
    durationDays,
    schedule,
    seats: data.seats,
    feeVnd,
    supportText: data.supportText,
    prioritySupport: data.prioritySupport,
    supportAmountVnd: data.prioritySupport ? data.supportAmountVnd : null,
    contact: data.contact,
  };
}

/** The draft as the shared course card shows it (no id yet, no seat taken). */
export function previewCard(draft: CourseDraft, providerVerified: boolean): CourseCardFacts {
  return { ...draft, id: 0, providerVerified, seatsTaken: 0 };
}
