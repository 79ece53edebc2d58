import { buildRegistry } from '../engine/registry.ts';
import { accountFeature } from './account/index.ts';
import { registrationFeature } from './registration/index.ts';
import { searchFeature } from './search/index.ts';
import { postingFeature } from './posting/index.ts';
import { reviewFeature } from './review/index.ts';
import { vacanciesFeature } from './vacancies/index.ts';
import { outcomesFeature } from './outcomes/index.ts';
import { alertsFeature } from './alerts/index.ts';
import { languageFeature } from './language/index.ts';
import { eraseFeature } from './erase/index.ts';
import { broadcastFeature } from './broadcast/index.ts';
import { statsFeature } from './stats/index.ts';
import { groupFeature } from './group/index.ts';
import { followupFeature } from './followup/index.ts';
import { dashboardLinkFeature } from './dashboard-link/index.ts';
import { linksFeature } from './links/index.ts';
import { topicsFeature } from './topics/index.ts';
import { eventsFeature } from './events/index.ts';
import { eventReportsFeature } from './event-reports/index.ts';
import { eventRegistrationFeature } from './event-registration/index.ts';
import { eventDoorFeature } from './event-door/index.ts';
import { eventMeetingsFeature } from './event-meetings/index.ts';
import { coursesFeature } from './courses/index.ts';
import { coursePostingFeature } from './course-posting/index.ts';
import { courseRosterFeature } from './course-roster/index.ts';
import { courseOutcomeFeature } from './course-outcome/index.ts';
import { courseSignupFeature } from './course-signup/index.ts';
import { courseSearchFeature } from './course-search/index.ts';

/**
 * Every capability of the bot, one line each: the only registry. The engine (commands, menu, flows, loaders,
 * effects, answers to notifications), the delivery's kinds of notification and the help are derived from it.
 * Adding a feature: its folder, one line here, and its migration (docs/adding-a-feature.md).
 */
export const FEATURES = [
  accountFeature,
  registrationFeature,
  searchFeature,
  postingFeature,
  reviewFeature,
  vacanciesFeature,
  outcomesFeature,
  alertsFeature,
  languageFeature,
  eraseFeature,
  broadcastFeature,
  statsFeature,
  groupFeature,
  followupFeature,
  dashboardLinkFeature,
  linksFeature,
  topicsFeature,
  eventsFeature,
  eventRegistrationFeature,
  eventDoorFeature,
  eventReportsFeature,
  eventMeetingsFeature,
  coursesFeature,
  coursePostingFeature,
  courseRosterFeature,
  courseOutcomeFeature,
  courseSignupFeature,
  courseSearchFeature,
] as const;

export const REGISTRY = buildRegistry(FEATURES);
