import type { Choice } from '../../kernel/message.ts';
import type { EventHeader } from '../../reporting/events-report.ts';
import { formatDayMonth } from './format.ts';

/** One numbered choice per event: "20/11 Phiên việc làm Văn Lăng". Read by the loader and the flow alike. */
export function eventChoices(events: readonly EventHeader[]): Choice[] {
  return events.map((e) => ({ id: `phien.${e.id}`, label: `${formatDayMonth(e.startsAt)} ${e.title}`.slice(0, 80) }));
}

export function eventIdOf(choiceId: string | null): number | null {
  const match = /^phien\.(\d{1,15})$/.exec(choiceId ?? '');
  return match ? Number(match[1]) : null;
}
