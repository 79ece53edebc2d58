import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from '../messages.ts';
import type { AuditEntry } from '../../db/audit-log.ts';
import { actorText, detailsText, subjectText } from '../../reporting/audit-text.ts';
import { dashboardHeader, type DashboardView } from './dashboard-page.ts';
import { dateTime, day } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { page } from './layout.ts';

/** /dashboard/audit, for admins: the most recent audit entries, filtered by day and actor. Pure. */
export interface AuditView {
  lang: Lang;
  entries: readonly AuditEntry[];
  /** The filters as typed, to show them again. */
  since: string;
  actor: string;
  limit: number;
  viewer: DashboardView['viewer'];
}

export function auditPage(view: AuditView): SafeHtml {
  const { lang } = view;
  const columns = ['at', 'actor', 'action', 'subject', 'region', 'details'] as const;
  const rows = view.entries.map(
    (e) =>
      html`<tr data-action="${e.action}"><td>${dateTime(lang, e.at)}</td><td>${actorText(e)}</td><td>${e.action}</td><td>${subjectText(e)}</td><td>${e.regionCode ?? ''}</td><td>${detailsText(e.details)}</td></tr>`,
  );
  const body = html`<div class="heading">${t(lang, 'dashboard.audit.title')}</div>
<p class="areas"><a href="/dashboard">${t(lang, 'dashboard.back')}</a></p>
<section><form class="period" method="get" action="/dashboard/audit">
<label>${t(lang, 'dashboard.audit.since')}<input name="since" value="${view.since === '' ? '' : day(view.since)}" placeholder="dd/mm/yyyy" inputmode="numeric" size="10"></label>
<label>${t(lang, 'dashboard.audit.actor_filter')}<input name="actor" value="${view.actor}" size="12"></label>
<label>${t(lang, 'dashboard.audit.limit')}<input type="number" name="limit" value="${view.limit}" min="1" max="1000"></label>
<button type="submit">${t(lang, 'dashboard.audit.show')}</button></form></section>
<section id="audit">${
    view.entries.length === 0
      ? html`<p>${t(lang, 'dashboard.audit.empty')}</p>`
      : html`<p class="note">${t(lang, 'dashboard.audit.count', { count: view.entries.length })}</p><div class="scroll"><table><thead><tr>${columns.map((c) => html`<th>${t(lang, `dashboard.audit.${c}`)}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>`
  }</section>`;
  return page({ lang, title: t(lang, 'dashboard.title'), header: dashboardHeader(lang, view.viewer), body });
}
