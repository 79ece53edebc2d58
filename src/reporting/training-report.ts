import type { Kysely } from 'kysely';
import type { Lang } from '../kernel/i18n/index.ts';
import { OCCUPATIONS, occupationLabel } from '../kernel/occupations/index.ts';
import { PRIORITY_GROUPS, type PriorityGroup } from '../kernel/priority-groups.ts';
import { suppressTable } from '../kernel/suppression.ts';
import type { CourseLevel, Database } from '../db/schema.ts';
import type { ReportTable } from './dashboard-tables.ts';
import type { FunnelPeriod } from './funnel-period.ts';
import { withReportSettings, type FunnelScope } from './funnel.ts';
import { t } from './messages.ts';
import {
  TRAINING_MEASURES,
  trainingBreakdownQuery,
  type TrainingBreakdownRow,
  type TrainingMeasure,
} from './training-queries.ts';

/**
 * Vocational training by course level, by trade and by priority group (issue 15), over the funnel's scope and
 * period: the five training measures of the funnel (wanting training, signed up, enrolled, completed, working in
 * the trade), counted as people (training-queries.ts). Beside the funnel rather than in its breakdowns, whose rows are the
 * funnel's own. A wish to learn names a trade, not a level: by level, trainingWanted is not known (null).
 *
 * No table adds up to a total (a person can take courses of two levels, wish for several trades, be in several
 * groups), so only the small counts themselves are hidden ("<5"), as in the events report. Trades no one is
 * counted under are left out; every level and group is listed.
 */
export const COURSE_LEVELS: readonly CourseLevel[] = ['college', 'intermediate', 'elementary', 'short', 'regular'];

export type TrainingBreakdownId = 'level' | 'occupation' | 'priority_group';
export const TRAINING_BREAKDOWNS: readonly TrainingBreakdownId[] = ['level', 'occupation', 'priority_group'];

export interface TrainingRow {
  /** A course level, an occupation key or a priority group. */
  key: string;
  /** What to show for it, in Vietnamese. */
  name: string;
  values: Record<TrainingMeasure, number | null>;
}

export interface TrainingReport {
  level: TrainingRow[];
  occupation: TrainingRow[];
  priority_group: TrainingRow[];
}

type Counts = Record<TrainingMeasure, number>;

/** The rows the statement gave, as the report's tables. Pure. */
export function shapeTrainingReport(rows: readonly TrainingBreakdownRow[]): TrainingReport {
  const find = (part: TrainingBreakdownId, key: string): Counts | undefined =>
    rows.find((r) => r.part === part && r.key === key);
  const values = (counts: Counts | undefined, wanted = true): TrainingRow['values'] =>
    Object.fromEntries(
      TRAINING_MEASURES.map((m) => [m, m === 'trainingWanted' && !wanted ? null : Number(counts?.[m] ?? 0)]),
    ) as TrainingRow['values'];
  const counted = (row: TrainingRow) => TRAINING_MEASURES.some((m) => (row.values[m] ?? 0) > 0);
  return {
    level: COURSE_LEVELS.map((level) => ({
      key: level,
      name: t('vi', `training.level.${level}`),
      values: values(find('level', level), false),
    })),
    occupation: OCCUPATIONS.map((o) => ({
      key: o.key,
      name: occupationLabel(o.key, 'vi'),
      values: values(find('occupation', o.key)),
    })).filter(counted),
    priority_group: PRIORITY_GROUPS.map((g) => ({
      key: g,
      name: t('vi', `registration.priority.group.${g}`),
      values: values(find('priority_group', g)),
    })),
  };
}

export async function computeTrainingReport(
  db: Kysely<Database>,
  scope: FunnelScope,
  period: FunnelPeriod,
): Promise<TrainingReport> {
  const { rows } = await withReportSettings(db, (trx) => trainingBreakdownQuery(scope, period).execute(trx));
  return shapeTrainingReport(rows);
}

/** The three tables as they may be shown (small counts "<5"), for the dashboard, its exports and the CLI. Pure. */
export function trainingTables(report: TrainingReport, lang: Lang): ReportTable[] {
  return TRAINING_BREAKDOWNS.map((id) => {
    const rows = report[id];
    const shown = suppressTable({
      rows: rows.map((r) => TRAINING_MEASURES.map((m) => r.values[m])),
      people: TRAINING_MEASURES.map(() => true),
    }).rows;
    return {
      id: `training_${id}`,
      title: t(lang, `training.breakdown.${id}`),
      keyHeaders: [t(lang, 'dashboard.column.group')],
      measures: TRAINING_MEASURES,
      measureHeaders: TRAINING_MEASURES.map((m) => t(lang, `funnel.measure.${m}`)),
      rows: rows.map((r, i) => ({
        keys: [id === 'occupation' ? occupationLabel(r.key, lang) : rowName(lang, id, r.key)],
        values: shown[i] ?? [],
        isTotal: false,
      })),
      notes: [t(lang, `training.note.${id}`)],
    };
  });
}

function rowName(lang: Lang, id: 'level' | 'priority_group', key: string): string {
  return id === 'level'
    ? t(lang, `training.level.${key as CourseLevel}`)
    : t(lang, `registration.priority.group.${key as PriorityGroup}`);
}
