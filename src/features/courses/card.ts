import type { CourseFacts } from '../../db/courses.ts';
import { formatDate, formatNumber, type Lang } from '../../kernel/i18n/index.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { occupationLabel } from '../../kernel/occupations/lookup.ts';
import { startOfIsoDay } from '../../kernel/time.ts';
import { communeLabel } from '../shared/place.ts';
import { askChoiceId, notInterestedChoiceId, signupChoiceId } from './choices.ts';
import { t } from './messages.ts';

/**
 * A course as every message shows it. Pure.
 *
 *   🎓 Khoá học nghề — Sơ cấp
 *   May công nghiệp (3 tháng)
 *   🏫 Trường Trung cấp nghề Thái Nguyên ✔ Đã xác minh
 *   🗓 Khai giảng 05/01/2027 · học ban ngày
 *   📍 Nhà văn hoá tổ 3, Phường Phổ Yên (Thái Nguyên)
 *   💰 Học phí: miễn phí
 *   🤝 Người thuộc diện ưu tiên (…) được hỗ trợ đến 3.000.000 đồng
 *   🪑 Còn 5 chỗ
 *
 * `priorityFirst`: for a person of a priority group, the support comes right after the title (they are told about
 * their support first).
 */
export type CourseCardFacts = Omit<CourseFacts, 'status' | 'providerId' | 'provinceCode' | 'waiting'>;

/** "3 tháng", "6 tuần", "10 ngày": months when a whole number of 30 days, weeks when of 7. */
export function courseDuration(lang: Lang, days: number): string {
  if (days >= 60 && days % 30 === 0) return t(lang, 'courses.duration.months', { n: days / 30 });
  if (days >= 14 && days % 7 === 0) return t(lang, 'courses.duration.weeks', { n: days / 7 });
  return t(lang, 'courses.duration.days', { n: days });
}

export function courseLevelLabel(lang: Lang, level: CourseFacts['level']): string {
  return t(lang, `courses.level.${level}`);
}

function supportLines(lang: Lang, course: CourseCardFacts): string[] {
  const lines: string[] = [];
  if (course.prioritySupport)
    lines.push(
      course.supportAmountVnd
        ? t(lang, 'courses.card.priority_support_amount', { amount: formatNumber(lang, course.supportAmountVnd) })
        : t(lang, 'courses.card.priority_support'),
    );
  if (course.supportText) lines.push(t(lang, 'courses.card.support', { support: course.supportText }));
  return lines;
}

function placeLine(lang: Lang, course: CourseCardFacts): string {
  if (course.online || course.communeCode === null) return t(lang, 'courses.card.online');
  const commune = communeLabel(course.communeCode);
  return course.address === null
    ? t(lang, 'courses.card.commune', { commune })
    : t(lang, 'courses.card.where', { address: course.address, commune });
}

export function courseCardLines(
  lang: Lang,
  course: CourseCardFacts,
  options: { priorityFirst?: boolean } = {},
): string[] {
  const head = [
    t(lang, 'courses.card.heading', { level: courseLevelLabel(lang, course.level) }),
    t(lang, 'courses.card.title', { title: course.title, duration: courseDuration(lang, course.durationDays) }),
  ];
  const support = supportLines(lang, course);
  const body = [
    t(lang, course.providerVerified ? 'courses.card.provider_verified' : 'courses.card.provider', {
      provider: course.providerName,
    }),
    t(lang, 'courses.card.starts', {
      date: formatDate(lang, startOfIsoDay(course.startsOn)),
      schedule: t(lang, `courses.schedule.${course.schedule}`),
    }),
    placeLine(lang, course),
    course.feeVnd > 0
      ? t(lang, 'courses.card.fee', { fee: formatNumber(lang, course.feeVnd) })
      : t(lang, 'courses.card.free'),
  ];
  const seats: string[] = [];
  if (course.seats !== null) {
    const left = course.seats - course.seatsTaken;
    seats.push(
      left > 0 ? t(lang, 'courses.card.seats_left', { seats: formatNumber(lang, left) }) : t(lang, 'courses.card.full'),
    );
  }
  const contact = course.contact ? [t(lang, 'courses.card.contact', { contact: course.contact })] : [];
  const warning = course.feeVnd > 0 ? [t(lang, 'courses.card.no_fee_warning')] : [];
  return options.priorityFirst
    ? [...head, ...support, ...body, ...seats, ...contact, ...warning]
    : [...head, ...body, ...support, ...seats, ...contact, ...warning];
}

export function courseCard(lang: Lang, course: CourseCardFacts, options: { priorityFirst?: boolean } = {}): string {
  return courseCardLines(lang, course, options).join('\n');
}

/** The occupation's name as the card's readers know it ("May công nghiệp"). */
export function courseTrade(lang: Lang, course: Pick<CourseFacts, 'occupation'>): string {
  return occupationLabel(course.occupation, lang);
}

/** "Đăng ký học", "Hỏi thêm", "Không quan tâm": answered by the course-signup feature. */
export function courseChoices(lang: Lang, courseId: number): Choice[] {
  return [
    { id: signupChoiceId(courseId), label: t(lang, 'courses.choice.signup') },
    { id: askChoiceId(courseId), label: t(lang, 'courses.choice.ask') },
    { id: notInterestedChoiceId(courseId), label: t(lang, 'courses.choice.no') },
  ];
}

/** The card with its three choices. */
export function courseMessage(
  lang: Lang,
  course: CourseCardFacts,
  options: { priorityFirst?: boolean; heading?: string } = {},
): OutboundMessage {
  const card = courseCard(lang, course, options);
  return {
    text: options.heading ? `${options.heading}\n\n${card}` : card,
    choices: courseChoices(lang, course.id),
  };
}
