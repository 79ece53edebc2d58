/**
 * The choice ids of events that reach this feature from outside its flow (src/features/events announces with the
 * first two; the ticket and the reminders carry the third; a `/start f<eventId>` link reads as the fourth).
 * ASCII, well under Telegram's 64 bytes. Pure.
 */
export type EventAnswer =
  | { kind: 'register'; eventId: number }
  | { kind: 'jobs'; eventId: number }
  | { kind: 'link'; eventId: number }
  | { kind: 'cancel'; registrationId: number };

export const registerChoiceId = (eventId: number): string => `event.register.${eventId}`;
export const jobsChoiceId = (eventId: number): string => `event.jobs.${eventId}`;
export const cancelChoiceId = (registrationId: number): string => `event.cancel.${registrationId}`;

const PATTERN = /^event\.(register|jobs|link|cancel)\.(\d{1,15})$/;

export function parseEventAnswer(choiceId: string | null | undefined): EventAnswer | null {
  const match = PATTERN.exec(choiceId ?? '');
  if (!match) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const kind = match[1] as EventAnswer['kind'];
  return kind === 'cancel' ? { kind, registrationId: id } : { kind, eventId: id };
}
