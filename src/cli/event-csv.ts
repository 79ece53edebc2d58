import { PRIORITY_GROUPS, type PriorityGroup } from '../kernel/priority-groups.ts';
import { fold } from '../kernel/fold.ts';
import { loadGeo } from '../kernel/geo/index.ts';
import { nextSendableTime, type QuietHoursRule } from '../kernel/quiet-hours.ts';
import { fromVietnamWallClock } from '../kernel/time.ts';
import { readGroupsAnswer } from '../features/broadcast/groups-answer.ts';
import { flattenTargets, resolveName, splitNames } from '../features/broadcast/targets.ts';
import type { EventDraft } from '../features/events/context.ts';
import type { CsvTable, TableRecord } from './vacancy-csv.ts';
import { readCommune, readProvince, type Found } from './vacancy-row.ts';

/**
 * A season's events (npm run cli -- import-events FILE.csv): the table's columns, with Vietnamese or English
 * headers read as for vacancies (vacancy-csv.ts), and one row → an event as /taophien would create it, or the
 * problems by column. Targets default to the event's province (a fair) or to --region (an online session); the
 * announcement time (announce_at, Vietnam time) to the importer's default.
 * Pure: the clock and the scope are passed.
 */
export const EVENT_COLUMNS = [
  'kind',
  'title',
  'date',
  'time',
  'commune',
  'province',
  'address',
  'link',
  'targets',
  'groups',
  'capacity',
  'announce_at',
] as const;
export type EventColumn = (typeof EVENT_COLUMNS)[number];

export const EVENT_TABLE: CsvTable<EventColumn> = {
  columns: EVENT_COLUMNS,
  required: ['kind', 'title', 'date', 'time'],
  headerNames: {
    kind: ['kind', 'type', 'event type', 'loai', 'loai phien', 'hinh thuc'],
    title: ['title', 'name', 'event', 'ten', 'ten phien', 'tieu de'],
    date: ['date', 'day', 'ngay', 'ngay to chuc'],
    time: ['time', 'start', 'start time', 'gio', 'gio bat dau', 'thoi gian'],
    commune: ['commune', 'ward', 'xa phuong', 'xa', 'phuong', 'dia diem', 'noi to chuc'],
    province: ['province', 'city', 'tinh', 'tinh thanh', 'tinh thanh pho'],
    address: ['address', 'dia chi', 'dia chi cu the'],
    link: ['link', 'url', 'online link', 'duong dan', 'duong link'],
    targets: ['targets', 'target', 'area', 'target area', 'noi nhan', 'noi nhan thong bao', 'thong bao toi', 'dia ban'],
    groups: ['groups', 'priority groups', 'nhom uu tien', 'doi tuong uu tien', 'dien uu tien'],
    capacity: ['capacity', 'seats', 'so cho', 'so luong', 'suc chua', 'so nguoi toi da'],
    announce_at: ['announce at', 'announce', 'announcement', 'thong bao luc', 'ngay gio thong bao', 'gio thong bao'],
  },
};

export type ImportedEvent = Omit<EventDraft, 'scopeRegionCode' | 'announceAt'> & {
  /** When the announcement goes, outside the quiet hours; null: the importer's default. */
  announceAt: Date | null;
};
export interface EventRowProblem {
  column: EventColumn | null;
  message: string;
}
export type EventRowVerdict = { kind: 'ok'; event: ImportedEvent } | { kind: 'bad'; problems: EventRowProblem[] };

export interface EventRowContext {
  now: Date;
  /** The importer's scope (--region), the default area of an online session; null: the whole country. */
  region: string | null;
  quietHours: QuietHoursRule;
}

const found = <T>(value: T): Found<T> => ({ ok: true, value });
const problem = <T>(message: string): Found<T> => ({ ok: false, message });
const tidy = (raw: string | undefined): string => (raw ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

const KINDS: Readonly<Record<string, 'fair' | 'online' | 'meeting'>> = {
  fair: 'fair',
  'job fair': 'fair',
  'tai cho': 'fair',
  'truc tiep': 'fair',
  'phien giao dich': 'fair',
  'phien giao dich viec lam': 'fair',
  online: 'online',
  'truc tuyen': 'online',
  'phien truc tuyen': 'online',
  meeting: 'meeting',
  'hop thon': 'meeting',
};

function readKind(raw: string): Found<'fair' | 'online'> {
  const kind = KINDS[fold(raw)];
  if (kind === 'meeting') return problem('village meetings are recorded after they took place (/hopthon in chat)');
  return kind === undefined
    ? problem(`"${raw}" is not a kind; write "fair" (tại chỗ) or "online" (trực tuyến)`)
    : found(kind);
}

function readDate(raw: string): Found<{ y: number; m: number; d: number }> {
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  const [d, m, y] = vi ? [vi[1], vi[2], vi[3]] : iso ? [iso[3], iso[2], iso[1]] : [];
  const date = { y: Number(y), m: Number(m), d: Number(d) };
  const real = new Date(Date.UTC(date.y, date.m - 1, date.d));
  if (y === undefined || real.getUTCMonth() !== date.m - 1 || real.getUTCDate() !== date.d)
    return problem(`"${raw}" is not a date; write dd/mm/yyyy (20/12/2026) or yyyy-mm-dd`);
  return found(date);
}

function readTime(raw: string): Found<{ h: number; min: number }> {
  const match = /^(\d{1,2})(?:\s*[:hg.]\s*(\d{2})?)?$/i.exec(raw);
  const h = Number(match?.[1]);
  const min = Number(match?.[2] ?? 0);
  if (!match || h > 23 || min > 59) return problem(`"${raw}" is not a time; write 8:00, 8h or 14h30 (Vietnam time)`);
  return found({ h, min });
}

function readCapacity(raw: string): Found<number | null> {
  if (raw === '' || ['khong gioi han', 'unlimited', 'no limit'].includes(fold(raw))) return found(null);
  const n = /^\d{1,6}$/.test(raw.replace(/[.,\s]/g, '')) ? Number(raw.replace(/[.,\s]/g, '')) : Number.NaN;
  return n >= 1 && n <= 100_000
    ? found(n)
    : problem(`"${raw}" is not a number of seats from 1 to 100000 (empty: no limit)`);
}

function readGroups(raw: string): Found<PriorityGroup[]> {
  if (raw === '') return found([]);
  const ids = raw.split(/[,;]/).map((s) => s.trim());
  if (ids.every((id) => (PRIORITY_GROUPS as readonly string[]).includes(id))) return found(ids as PriorityGroup[]);
  const groups = readGroupsAnswer('vi', { text: raw, choiceId: null, choiceIds: [] });
  return groups === null
    ? problem(`"${raw}" names no priority group; write ${PRIORITY_GROUPS.join(', ')} or their Vietnamese names`)
    : found(groups);
}

/**
 * "15/01/2027 8:00", "2027-01-08 14h30" (Vietnam time): not before now (earlier: at once), moved out of the quiet
 * hours, and before the start. Empty: null (the default).
 */
function readAnnounceAt(raw: string, startsAt: Date | undefined, context: EventRowContext): Found<Date | null> {
  if (raw === '') return found(null);
  const [, dateText, timeText] = /^(\S+)[\s,]+(\S.*)$/.exec(raw) ?? [];
  const date = dateText === undefined ? undefined : readDate(dateText);
  const time = timeText === undefined ? undefined : readTime(timeText);
  if (!date?.ok || !time?.ok) return problem(`"${raw}" is not a date and time; write dd/mm/yyyy hh:mm (Vietnam time)`);
  const planned = fromVietnamWallClock(date.value.y, date.value.m, date.value.d, time.value.h, time.value.min);
  const at = nextSendableTime(new Date(Math.max(planned.getTime(), context.now.getTime())), context.quietHours);
  if (startsAt === undefined || at.getTime() < startsAt.getTime()) return found(at);
  return planned.getTime() < startsAt.getTime()
    ? problem(`"${raw}" is in the quiet hours, which end after the event starts`)
    : problem(`"${raw}" is not before the event starts`);
}

/** Names or codes separated by ";" or ",", each one commune or province within the scope. */
function readTargets(raw: string, fallback: string | null, region: string | null): Found<string[]> {
  if (raw === '')
    return fallback === null ? problem('is empty; write the communes or province to announce to') : found([fallback]);
  const geo = loadGeo();
  const codes: string[] = [];
  for (const name of splitNames(raw)) {
    if (geo.provinceByCode.has(name) || geo.communeByCode.has(name)) {
      codes.push(name);
      continue;
    }
    const outcome = resolveName('vi', name, [region]);
    if (outcome.kind === 'part') codes.push(...outcome.part.codes);
    else if (outcome.kind === 'outside') return problem(`${outcome.place} is outside the scope`);
    else if (outcome.kind === 'pick')
      return problem(
        `"${name}" names several places (${outcome.pick.options.map((o) => o.label).join('; ')}); write a code`,
      );
    else return problem(`no commune or province is called "${name}"`);
  }
  return found(flattenTargets([{ label: '', codes }]));
}

export function validateEventRow(
  record: Pick<TableRecord<EventColumn>, 'values' | 'extraFields'>,
  context: EventRowContext,
): EventRowVerdict {
  const v = record.values;
  const problems: EventRowProblem[] = [];
  const take = <T>(column: EventColumn, result: Found<T>): T | undefined => {
    if (result.ok) return result.value;
    problems.push({ column, message: result.message });
    return undefined;
  };
  if (record.extraFields > 0)
    problems.push({
      column: null,
      message: `${record.extraFields} field(s) more than the header; quote values with commas`,
    });
  const kind = take('kind', readKind(tidy(v.kind)));
  const titleText = tidy(v.title);
  const title = take(
    'title',
    titleText.length >= 2 && titleText.length <= 200 ? found(titleText) : problem<string>('needs 2 to 200 characters'),
  );
  const date = take('date', readDate(tidy(v.date)));
  const time = take('time', readTime(tidy(v.time)));
  let startsAt: Date | undefined;
  if (date && time) {
    startsAt = fromVietnamWallClock(date.y, date.m, date.d, time.h, time.min);
    if (startsAt.getTime() <= context.now.getTime()) startsAt = take('date', problem('is in the past'));
  }
  let communeCode: string | null = null;
  let provinceCode: string | null = null;
  const address = tidy(v.address);
  const link = tidy(v.link);
  if (kind === 'fair') {
    const province = take('province', readProvince(tidy(v.province)));
    if (tidy(v.commune) === '')
      problems.push({ column: 'commune', message: 'is empty; a fair needs its commune or ward' });
    else if (province !== undefined) {
      const commune = take('commune', readCommune(tidy(v.commune), province, true));
      communeCode = commune?.code ?? null;
      provinceCode = commune?.provinceCode ?? null;
    }
    if (address.length > 300) problems.push({ column: 'address', message: 'is longer than 300 characters' });
  }
  if (kind === 'online' && !/^https:\/\/\S+\.\S+$/i.test(link))
    problems.push({ column: 'link', message: 'an online session needs its https:// link' });
  const targets = take('targets', readTargets(tidy(v.targets), provinceCode ?? context.region, context.region));
  const groups = take('groups', readGroups(tidy(v.groups)));
  const capacity = take('capacity', readCapacity(tidy(v.capacity)));
  const announceAt = take('announce_at', readAnnounceAt(tidy(v.announce_at), startsAt, context));
  if (problems.length > 0 || !kind || !title || !startsAt || !targets || !groups) return { kind: 'bad', problems };
  if (capacity === undefined || announceAt === undefined) return { kind: 'bad', problems };
  return {
    kind: 'ok',
    event: {
      kind,
      title,
      startsAt,
      communeCode,
      address: kind === 'fair' && address !== '' ? address : null,
      onlineUrl: kind === 'online' ? link : null,
      targets,
      priorityGroups: groups,
      capacity,
      announceAt,
    },
  };
}
