import type { Lang } from '../core/i18n/index.ts';
import { t } from '../core/i18n/index.ts';
import type { VacancyFacts } from './engine/types.ts';
import { previewText } from './flows/posting/questions.ts';

/**
 * A vacancy as a job seeker sees it (search detail, alerts): title, employer (✅ only if verified), commune and
 * province, wage as written and read, headcount, deadline, requirements, contact; then the no-fee warning, and
 * for overseas work the advice to deal only with licensed companies.
 */
export function vacancyCard(lang: Lang, facts: VacancyFacts & { overseas: boolean }, heading?: string): string {
  const body = previewText(lang, facts).split('\n').slice(1); // without the poster's "preview" heading
  return [...(heading ? [heading] : []), ...body, ...(facts.overseas ? [t(lang, 'card.overseas')] : []), t(lang, 'card.no_fee')].join('\n');
}
