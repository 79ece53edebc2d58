import { PRIORITY_GROUPS, type PriorityGroup } from '../kernel/priority-groups.ts';
import { type ShownCell, suppressTable } from '../kernel/suppression.ts';
import type { EventKind, EventStatus } from '../db/schema.ts';

/**
 * The report officials write after a session (issue 14, item 6), in its standard columns: employers, vacancies,
 * headcount, workers registered, attended, interviewed, offered, hired. Computed here from the facts read by
 * events-queries.ts (one row per registration, per joined employer, per worker and employer they met at the
 * event). Pure.
 *
 * - registered: registrations not cancelled (the waiting list and walk-ins included);
 * - attended: registrations checked in, plus the attendees typed in for a village meeting;
 * - interviewed / offered / hired: workers whose application recorded at the event (applications.event_id)
 *   reached introduced, offered, not hired or hired / offered or hired / hired — an interview result is the
 *   introduced step (src/kernel/application-lifecycle.ts has no separate interview status). These are the same
 *   applications the funnel counts, so a hire at an event counts once there.
 * The event's own figures are shown as they are (its organisers know them); the table by priority group is
 * suppressed below 5 people, as the funnel's is, because it says who is poor or disabled.
 */
export const EVENT_MEASURES = [
  'employers',
  'vacancies',
  'headcount',
  'registered',
  'attended',
  'interviewed',
  'offered',
  'hired',
] as const;
export type EventMeasure = (typeof EVENT_MEASURES)[number];
export type EventCounts = Record<EventMeasure, number>;

/** The measures that count people: the ones a priority group has. */
export const EVENT_PEOPLE_MEASURES = ['registered', 'attended', 'interviewed', 'offered', 'hired'] as const;
export type EventPeopleMeasure = (typeof EVENT_PEOPLE_MEASURES)[number];

export interface EventHeader {
  id: number;
  kind: EventKind;
  title: string;
  startsAt: Date;
  status: EventStatus;
  /** The commune's name (or the area of an online session); null when neither is known. */
  placeName: string | null;
  village: string | null;
  attendeesReported: number | null;
}

export interface RegistrationFact {
  personId: number;
  attended: boolean;
  /** Employers of the vacancies the worker picked (up to three vacancies). */
  employerIds: readonly number[];
  priorityGroups: readonly PriorityGroup[];
}

export interface EmployerFact {
  employerId: number;
  name: string;
  vacancies: number;
  headcount: number;
}

export interface ApplicationFact {
  personId: number;
  employerId: number;
  interviewed: boolean;
  offered: boolean;
  hired: boolean;
  priorityGroups: readonly PriorityGroup[];
}

export interface EventFactsForReport {
  header: EventHeader;
  employers: readonly EmployerFact[];
  registrations: readonly RegistrationFact[];
  applications: readonly ApplicationFact[];
}

export interface EmployerRow {
  employerId: number;
  name: string;
  counts: EventCounts;
}

export interface PriorityGroupRow {
  group: PriorityGroup;
  cells: Record<EventPeopleMeasure, ShownCell>;
}

export interface EventReport {
  header: EventHeader;
  total: EventCounts;
  byEmployer: EmployerRow[];
  byPriorityGroup: PriorityGroupRow[];
}

type PeopleCounts = Record<EventPeopleMeasure, number>;

function peopleCounts(
  registrations: readonly RegistrationFact[],
  applications: readonly ApplicationFact[],
): PeopleCounts {
  const distinct = (flag: 'interviewed' | 'offered' | 'hired') =>
    new Set(applications.filter((a) => a[flag]).map((a) => a.personId)).size;
  return {
    registered: registrations.length,
    attended: registrations.filter((r) => r.attended).length,
    interviewed: distinct('interviewed'),
    offered: distinct('offered'),
    hired: distinct('hired'),
  };
}

/** The event's total line: what a list of events shows for each. */
export function eventTotal(facts: EventFactsForReport): EventCounts {
  const people = peopleCounts(facts.registrations, facts.applications);
  return {
    employers: facts.employers.length,
    vacancies: facts.employers.reduce((sum, e) => sum + e.vacancies, 0),
    headcount: facts.employers.reduce((sum, e) => sum + e.headcount, 0),
    ...people,
    attended: people.attended + (facts.header.kind === 'meeting' ? (facts.header.attendeesReported ?? 0) : 0),
  };
}

export function shapeEventReport(facts: EventFactsForReport): EventReport {
  const byEmployer = facts.employers.map((e) => ({
    employerId: e.employerId,
    name: e.name,
    counts: {
      employers: 1,
      vacancies: e.vacancies,
      headcount: e.headcount,
      ...peopleCounts(
        facts.registrations.filter((r) => r.employerIds.includes(e.employerId)),
        facts.applications.filter((a) => a.employerId === e.employerId),
      ),
    },
  }));
  const raw = PRIORITY_GROUPS.map((group) => {
    const counts = peopleCounts(
      facts.registrations.filter((r) => r.priorityGroups.includes(group)),
      facts.applications.filter((a) => a.priorityGroups.includes(group)),
    );
    return EVENT_PEOPLE_MEASURES.map((m) => counts[m]);
  });
  // A worker can be in several groups, so the rows add up to no total: only the small cells themselves are hidden.
  const shown = suppressTable({ rows: raw, people: EVENT_PEOPLE_MEASURES.map(() => true) }).rows;
  const byPriorityGroup = PRIORITY_GROUPS.map((group, i) => ({
    group,
    cells: Object.fromEntries(EVENT_PEOPLE_MEASURES.map((m, c) => [m, shown[i]?.[c] ?? null])) as Record<
      EventPeopleMeasure,
      ShownCell
    >,
  }));
  return { header: facts.header, total: eventTotal(facts), byEmployer, byPriorityGroup };
}
