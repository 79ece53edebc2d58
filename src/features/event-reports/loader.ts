import { loadRoles } from '../../db/roles.ts';
import type { Loader } from '../../engine/feature.ts';
import { isOfficial } from '../../kernel/roles.ts';
import { eventFacts, eventHeadersForOfficial } from '../../reporting/events-queries.ts';
import { shapeEventReport } from '../../reporting/events-report.ts';
import { chosen } from '../shared/choice.ts';
import { eventChoices, eventIdOf } from './choices.ts';
import type { EventReportsContext } from './context.ts';

const DAY_MS = 86_400_000;
/** How far back and ahead /phien lists events. */
const PAST_DAYS = 30;
const AHEAD_DAYS = 90;
const MAX_EVENTS = 9;

/**
 * /phien's loader: the official's events (within their scope, as broadcasts are), and the report of the one this
 * message picks. A person who is not an official gets nothing (the flow refuses).
 */
export const loadEventReports: Loader<EventReportsContext> = async ({ db, personId, state, now, text, choiceId }) => {
  const roles = await loadRoles(db, personId);
  if (!isOfficial(roles)) return { official: false, events: [], report: null };
  const events = await eventHeadersForOfficial(db, personId, {
    from: new Date(now.getTime() - PAST_DAYS * DAY_MS),
    to: new Date(now.getTime() + AHEAD_DAYS * DAY_MS),
    limit: MAX_EVENTS,
  });
  if (state === null) return { official: true, events, report: null };
  const id = eventIdOf(chosen({ text, choiceId, choiceIds: [] }, eventChoices(events)));
  const picked = events.find((e) => e.id === id);
  if (picked === undefined) return { official: true, events, report: null };
  const [facts] = await eventFacts(db, [picked]);
  return { official: true, events, report: facts ? shapeEventReport(facts) : null };
};
