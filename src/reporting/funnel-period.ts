/**
 * A report period as instants: its start and end (Vietnam midnights, end excluded) and its calendar months, the
 * first and last possibly partial (a range from 15/01 to 10/03 has three months: 15–31/01, 02, 01–10/03).
 * SQL puts an instant in its month with width_bucket(at, boundaries): 0 before the period, 1..months.length for
 * a month, months.length + 1 after it. Pure.
 */
import { DAY_MS, fromVietnamWallClock, parseIsoDay, startOfIsoDay } from '../kernel/time.ts';

/** Calendar days in Vietnam, 'YYYY-MM-DD', both included. */
export interface FunnelPeriod {
  from: string;
  to: string;
}

export interface PeriodMonth {
  /** 'YYYY-MM'. */
  key: string;
  /** 'mm/yyyy', as the month is written in Vietnam. */
  name: string;
}

export interface PeriodInstants {
  start: Date;
  /** Midnight after the last day. */
  end: Date;
  months: PeriodMonth[];
  /** start, the first instant of every later month, end: months.length + 1 instants. */
  boundaries: Date[];
  /** The year of the last day: ages are counted at the period's end. */
  endYear: number;
}

export function periodInstants(period: FunnelPeriod): PeriodInstants {
  const start = startOfIsoDay(period.from);
  const end = new Date(startOfIsoDay(period.to).getTime() + DAY_MS);
  if (end <= start) throw new RangeError(`the period ends (${period.to}) before it starts (${period.from})`);
  const first = parseIsoDay(period.from);
  const last = parseIsoDay(period.to);
  const months: PeriodMonth[] = [];
  const boundaries: Date[] = [start];
  for (let y = first.y, m = first.m; y < last.y || (y === last.y && m <= last.m); ) {
    const mm = String(m).padStart(2, '0');
    months.push({ key: `${y}-${mm}`, name: `${mm}/${y}` });
    if (months.length > 1) boundaries.push(fromVietnamWallClock(y, m, 1));
    if (m === 12) {
      m = 1;
      y += 1;
    } else {
      m += 1;
    }
  }
  boundaries.push(end);
  return { start, end, months, boundaries, endYear: last.y };
}
