import type { FastifyReply } from 'fastify';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from '../../dashboard/messages.ts';
import { covers, defaultRegion } from '../../dashboard/access.ts';
import { readDashboardFilters, type DashboardFilters, type FilterError, type Query } from '../../dashboard/filters.ts';
import type { Viewer } from '../../dashboard/viewer.ts';
import { dashboardTables, type ReportTable } from '../../reporting/dashboard-tables.ts';
import { computeFunnel, resolveScope, type FunnelReport, type FunnelScope } from '../../reporting/funnel.ts';
import { computeTrainingReport, trainingTables } from '../../reporting/training-report.ts';
import { day } from '../../dashboard/pages/format.ts';
import type { DashboardDeps } from './authenticate.ts';
import { sendMessage } from './respond.ts';

/**
 * The figures an address asks for, shared by the page and the exports: the period and region read from the query,
 * the region checked against the viewer's scope (outside it: 403), the funnel computed and made into tables, with
 * the training tables (by course level, trade and priority group) after its own.
 * Null means a refusal has been sent.
 */
export interface ReportRequest {
  /** The region resolved: the one asked for, or the viewer's own (null: the whole country). */
  filters: DashboardFilters;
  scope: FunnelScope;
  areaName: string;
  report: FunnelReport;
  tables: ReportTable[];
}

export function filterMessage(lang: Lang, error: FilterError): string {
  switch (error.reason) {
    case 'bad_date':
      return t(lang, 'dashboard.error.bad_date', { text: error.text.slice(0, 40) });
    case 'bad_range':
      return t(lang, 'dashboard.error.bad_range', { from: day(error.from), to: day(error.to) });
    case 'bad_region':
      return t(lang, 'dashboard.error.bad_region', { text: error.text.slice(0, 40) });
  }
}

export function areaName(lang: Lang, scope: FunnelScope): string {
  return scope.level === 'country' ? t(lang, 'dashboard.whole_country') : scope.name;
}

export async function loadReport(
  deps: DashboardDeps,
  viewer: Viewer,
  query: Query,
  reply: FastifyReply,
): Promise<ReportRequest | null> {
  const { lang, access } = viewer;
  const read = readDashboardFilters(query, deps.now());
  if (!read.ok) {
    sendMessage(reply, lang, 400, [filterMessage(lang, read.error)], { back: true });
    return null;
  }
  const region = read.filters.region ?? defaultRegion(access);
  const scope = await resolveScope(deps.db, region);
  if (scope === null) {
    sendMessage(reply, lang, 404, [t(lang, 'dashboard.error.unknown_region', { code: region ?? '' })], { back: true });
    return null;
  }
  if (!covers(access, scope)) {
    sendMessage(reply, lang, 403, [t(lang, 'dashboard.error.out_of_scope', { code: region ?? '' })], { back: true });
    return null;
  }
  const filters = { from: read.filters.from, to: read.filters.to, region };
  const period = { from: filters.from, to: filters.to };
  const [report, training] = await Promise.all([
    computeFunnel(deps.db, scope, period),
    computeTrainingReport(deps.db, scope, period),
  ]);
  const tables = [...dashboardTables(report, lang), ...trainingTables(training, lang)];
  return { filters, scope, areaName: areaName(lang, scope), report, tables };
}
