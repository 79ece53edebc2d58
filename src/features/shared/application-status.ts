import type { ApplicationStatus } from '../../kernel/application-lifecycle.ts';
import { t, type Lang } from '../../kernel/i18n/index.ts';

/** An application's step in words: "đã quan tâm", "đã giới thiệu", "đã nhận vào làm"… */
export function applicationStatusWords(lang: Lang, status: ApplicationStatus): string {
  return t(lang, `application.status.${status}`);
}
