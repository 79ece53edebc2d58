import { formatDeadlineVi } from '../deadline.ts';
import { loadGeo } from '../geo/index.ts';
import { t, type Lang } from '../i18n/index.ts';
import { occupationLabel } from '../occupations/index.ts';
import { formatWage, parseWage } from '../wage/index.ts';
import type { VacancyFacts } from './facts.ts';

/** The vacancy drawn like the alert card (MESSAGES.md): title — employer, 📍, 💰 · people · 📅, ☎️. */
export function previewText(lang: Lang, facts: VacancyFacts): string {
  const geo = loadGeo();
  const commune = geo.communeByCode.get(facts.communeCode);
  const province = commune ? geo.provinceByCode.get(commune.provinceCode) : undefined;
  const titleParams = { title: facts.title, employer: facts.employerName };
  const lines = [
    t(lang, 'posting.preview.heading', { occupation: occupationLabel(facts.occupation, lang) }),
    t(lang, facts.employerVerified ? 'posting.preview.title_verified' : 'posting.preview.title', titleParams),
    t(lang, 'posting.preview.place', {
      commune: commune?.name ?? facts.communeCode,
      province: province?.bareName ?? '',
    }),
    t(lang, 'posting.preview.facts', {
      wage: formatWage(parseWage(facts.wageRaw), lang),
      headcount: facts.headcount,
      deadline: formatDeadlineVi(facts.deadline),
    }),
    ...(facts.requirements === null
      ? []
      : [t(lang, 'posting.preview.requirements', { requirements: facts.requirements })]),
    t(lang, 'posting.preview.contact', { contact: facts.contact }),
  ];
  return lines.join('\n');
}

/**
 * A vacancy as a job seeker sees it (search detail, alerts): title, employer (✅ only if verified), commune and
 * province, wage as written and read, headcount, deadline, requirements, contact; then the no-fee warning, and
 * for overseas work the advice to deal only with licensed companies.
 */
export function vacancyCard(lang: Lang, facts: VacancyFacts & { overseas: boolean }, heading?: string): string {
  const body = previewText(lang, facts).split('\n').slice(1); // without the poster's "preview" heading
  return [
    ...(heading ? [heading] : []),
    ...body,
    ...(facts.overseas ? [t(lang, 'card.overseas')] : []),
    t(lang, 'card.no_fee'),
  ].join('\n');
}
