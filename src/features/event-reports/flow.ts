import type { Lang } from '../../kernel/i18n/index.ts';
import { formatNumber } from '../../kernel/i18n/format.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import type { ShownCell } from '../../kernel/suppression.ts';
import type { Flow, StepResult } from '../../engine/types.ts';
import type { EventReport } from '../../reporting/events-report.ts';
import { chosen } from '../shared/choice.ts';
import { eventChoices, eventIdOf } from './choices.ts';
import type { Context, Emits, EventReportsContext } from './context.ts';
import { formatDayTime } from './format.ts';
import { t } from './messages.ts';

/**
 * /phien: an official picks an event of their area (upcoming or of the last 30 days) and gets its report in five
 * short lines, the standard columns of events-report.ts; the priority groups with 1–4 people read "dưới 5". The
 * loader reads the report of the event the same message picks. Pure.
 */
export const EVENT_REPORTS_FLOW = 'event-reports';

function pickQuestion(lang: Lang, context: EventReportsContext, miss = false): OutboundMessage {
  return {
    text: t(lang, miss ? 'event_reports.miss' : 'event_reports.pick'),
    choices: eventChoices(context.events),
    prompt: t(lang, 'event_reports.question'),
  };
}

function shown(lang: Lang, cell: ShownCell): string {
  if (cell === null) return '—';
  if (typeof cell === 'number') return formatNumber(lang, cell, 0);
  return t(lang, 'event_reports.fewer_than_5');
}

/** The report in five lines: what the event is, what was offered, who came, what came of it, the groups. */
export function reportLines(lang: Lang, report: EventReport): string {
  const { header, total } = report;
  const n = (v: number) => formatNumber(lang, v, 0);
  const place = [header.village, header.placeName].filter((p) => p !== null).join(', ');
  const groups = report.byPriorityGroup
    .filter((g) => g.cells.registered !== 0 || g.cells.attended !== 0)
    .map(
      (g) =>
        `${t(lang, `registration.priority.group.${g.group}`)} ${[g.cells.registered, g.cells.attended, g.cells.hired]
          .map((c) => shown(lang, c))
          .join('/')}`,
    );
  return [
    t(lang, 'event_reports.heading', {
      title: header.title,
      date: formatDayTime(header.startsAt),
      place: place === '' ? '' : `, ${place}`,
    }),
    t(lang, 'event_reports.offer', {
      employers: n(total.employers),
      vacancies: n(total.vacancies),
      headcount: n(total.headcount),
    }),
    t(lang, 'event_reports.turnout', { registered: n(total.registered), attended: n(total.attended) }),
    t(lang, 'event_reports.results', {
      interviewed: n(total.interviewed),
      offered: n(total.offered),
      hired: n(total.hired),
    }),
    groups.length === 0
      ? t(lang, 'event_reports.groups_none')
      : t(lang, 'event_reports.groups', { groups: groups.join('; ') }),
  ].join('\n');
}

export const eventReportsFlow: Flow<EventReportsContext, Emits> = {
  steps: ['pick'],
  begin(context: Context): StepResult<Emits> {
    const { lang } = context;
    if (!context.official) return { kind: 'done', replies: [{ text: t(lang, 'review.not_official') }] };
    if (context.events.length === 0) return { kind: 'done', replies: [{ text: t(lang, 'event_reports.none') }] };
    return {
      kind: 'continue',
      replies: [pickQuestion(lang, context)],
      state: { flow: EVENT_REPORTS_FLOW, step: 'pick', data: {}, misses: 0 },
    };
  },
  step(_state, input, context: Context): StepResult<Emits> {
    const { lang } = context;
    if (!context.official) return { kind: 'done', replies: [{ text: t(lang, 'review.not_official') }] };
    const id = eventIdOf(chosen(input, eventChoices(context.events)));
    if (id === null) return { kind: 'miss', reprompt: pickQuestion(lang, context, true) };
    // The loader reads the report of the event this message picks; anything else is never shown as its data.
    if (context.report?.header.id !== id) return { kind: 'done', replies: [{ text: t(lang, 'event_reports.gone') }] };
    return { kind: 'done', replies: [{ text: reportLines(lang, context.report) }] };
  },
};
