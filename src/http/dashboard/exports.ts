import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatDate } from '../../kernel/i18n/index.ts';
import { t } from '../../dashboard/messages.ts';
import { queryValue, type Query } from '../../dashboard/filters.ts';
import { writeAudit } from '../../db/audit-log.ts';
import { tableCsv } from '../../reporting/render-csv.ts';
import { tablesXlsx } from '../../reporting/render-xlsx.ts';
import { clock, day } from '../../dashboard/pages/format.ts';
import { authenticate, type DashboardDeps } from './authenticate.ts';
import { loadReport, type ReportRequest } from './report-request.ts';
import { sendMessage } from './respond.ts';

/**
 * GET /dashboard/export.csv (one table: ?table=areas by default, or a breakdown id) and /dashboard/export.xlsx
 * (every table, one sheet each), for the same filters and within the same scope as the page. Every export is
 * written to the audit log: who, which area, which period, which format.
 */
const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

function fileName(loaded: ReportRequest, format: 'csv' | 'xlsx', table: string | null): string {
  const area = loaded.filters.region ?? 'ca-nuoc';
  return `so-lieu-${area}${table !== null && table !== 'areas' ? `-${table}` : ''}-${loaded.filters.from}-${loaded.filters.to}.${format}`;
}

export async function exportReport(
  deps: DashboardDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  format: 'csv' | 'xlsx',
): Promise<FastifyReply> {
  const auth = await authenticate(deps, request, reply);
  if (auth === null) return reply;
  const { viewer } = auth;
  const { lang } = viewer;
  const query = request.query as Query;
  const loaded = await loadReport(deps, viewer, query, reply);
  if (loaded === null) return reply;

  const tableId = format === 'csv' ? (queryValue(query, 'table') ?? 'areas') : null;
  const table = tableId === null ? null : loaded.tables.find((x) => x.id === tableId);
  if (table === undefined)
    return sendMessage(
      reply,
      lang,
      404,
      [t(lang, 'dashboard.error.bad_table', { text: (tableId ?? '').slice(0, 40) })],
      { back: true },
    );

  const now = deps.now();
  const body =
    table === null
      ? await tablesXlsx(loaded.tables, {
          sheetName: t(lang, 'dashboard.xlsx.info'),
          lines: [
            [t(lang, 'dashboard.title'), ''],
            [t(lang, 'dashboard.xlsx.area'), loaded.areaName],
            [
              t(lang, 'dashboard.xlsx.period'),
              t(lang, 'dashboard.period', { from: day(loaded.filters.from), to: day(loaded.filters.to) }),
            ],
            [t(lang, 'dashboard.xlsx.generated'), `${clock(now)} ${formatDate(lang, now)}`],
            ['', t(lang, 'funnel.note.small_cells')],
            ['', t(lang, 'dashboard.note.private')],
          ],
        })
      : tableCsv(table);
  await writeAudit(deps.db, {
    actorPersonId: viewer.personId,
    actorLabel: viewer.actorLabel,
    action: 'dashboard.export',
    subjectType: 'report',
    subjectId: tableId ?? 'all',
    regionCode: loaded.filters.region,
    details: { format, from: loaded.filters.from, to: loaded.filters.to },
  });
  return reply
    .code(200)
    .type(CONTENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${fileName(loaded, format, tableId)}"`)
    .send(body);
}
