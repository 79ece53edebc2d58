import type { Lang } from '../../kernel/i18n/index.ts';
import type { OwnEnrolment } from './context.ts';
import { t } from './messages.ts';

/** "đã đăng ký, chờ cơ sở xác nhận", "danh sách chờ, thứ 2": a sign-up's status in words. Pure. */
export function statusWords(lang: Lang, enrolment: Pick<OwnEnrolment, 'status' | 'place'>): string {
  return enrolment.status === 'waiting'
    ? t(lang, 'coursesign.status.waiting', { place: enrolment.place })
    : t(lang, `coursesign.status.${enrolment.status}`);
}
