import { loadCourse } from '../../db/courses.ts';
import { formatDate } from '../../kernel/i18n/index.ts';
import { occupationLabel } from '../../kernel/occupations/lookup.ts';
import { startOfIsoDay } from '../../kernel/time.ts';
import type { NotificationKind } from '../../messaging/delivery/notification-kind.ts';
import type { Renderer } from '../../messaging/delivery/render.ts';
import { COURSE_FOLLOWUP_KIND } from '../../messaging/schedule/course-followups.ts';
import { COURSE_COMPLETED_KIND, COURSE_ENROLLED_KIND } from '../course-roster/effects.ts';
import { outcomeChoices } from './choices.ts';
import { loadOwnEnrolment } from './enrolment.ts';
import { t } from './messages.ts';

/**
 * What a learner is sent (ref = course_enrolments.id), rendered at send time and skipped once it no longer holds:
 * - 'course_enrolled' (written by /khoahoc): "Bạn đã được nhận vào lớp …", while they are still enrolled;
 * - 'course_completed' (written by /khoahoc): congratulations and "Thêm nghề … vào hồ sơ?", until answered;
 * - 'course_followup' (the 60-day job): "Bạn có đang làm nghề … không?", until answered.
 */
const enrolled: Renderer = {
  async render(db, target) {
    if (target.personId === null) return { ok: false, skip: 'not a person' };
    const own = await loadOwnEnrolment(db, target.refId, target.personId);
    const course = own?.status === 'enrolled' ? await loadCourse(db, own.courseId) : null;
    if (!course) return { ok: false, skip: 'no longer enrolled' };
    const date = formatDate(target.lang, startOfIsoDay(course.startsOn));
    const text = [
      t(target.lang, 'course_outcome.enrolled', { title: course.title, provider: course.providerName }),
      t(target.lang, 'course_outcome.enrolled_starts', { date }),
    ].join('\n');
    return { ok: true, message: { text } };
  },
};

const completed: Renderer = {
  async render(db, target) {
    if (target.personId === null) return { ok: false, skip: 'not a person' };
    const own = await loadOwnEnrolment(db, target.refId, target.personId);
    if (own?.status !== 'completed' || own.tradeAdded) return { ok: false, skip: 'not completed or answered' };
    const trade = occupationLabel(own.occupation, target.lang);
    return {
      ok: true,
      message: {
        text: t(target.lang, 'course_outcome.completed', { title: own.title }),
        choices: outcomeChoices(target.lang, 'trade', own.enrolmentId),
        prompt: t(target.lang, 'course_outcome.trade_question', { trade }),
      },
    };
  },
};

const followup: Renderer = {
  async render(db, target) {
    if (target.personId === null) return { ok: false, skip: 'not a person' };
    const own = await loadOwnEnrolment(db, target.refId, target.personId);
    if (own?.status !== 'completed' || own.followupAnswered) return { ok: false, skip: 'not completed or answered' };
    const trade = occupationLabel(own.occupation, target.lang);
    return {
      ok: true,
      message: {
        text: t(target.lang, 'course_outcome.followup_context', { title: own.title }),
        choices: outcomeChoices(target.lang, 'works', own.enrolmentId),
        prompt: t(target.lang, 'course_outcome.followup_question', { trade }),
      },
    };
  },
};

export const courseOutcomeNotifications: readonly NotificationKind[] = [
  { kind: COURSE_ENROLLED_KIND, renderer: enrolled, followsAlertSettings: false },
  { kind: COURSE_COMPLETED_KIND, renderer: completed, followsAlertSettings: false },
  { kind: COURSE_FOLLOWUP_KIND, renderer: followup, followsAlertSettings: false },
];
