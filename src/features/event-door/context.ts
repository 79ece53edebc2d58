import type { BaseContext } from '../../engine/types.ts';
import type { ApplicationStatus } from '../../kernel/application-lifecycle.ts';
import type { EventDoorEffect } from './effects.ts';

/** An upcoming event as the door shows it to this person, with what they may do there. */
export interface DoorEvent {
  id: number;
  title: string;
  startsAt: Date;
  /** An official or admin whose scope covers the event (may check in and invite employers). */
  official: boolean;
  /** An official in scope, or an employer joined to it: may check tickets in. */
  door: boolean;
  /** The person's employer, when they own one that may recruit there (they may join, change, decline). */
  employerId: number | null;
  /** Their employer's standing at the event, if it has one. */
  employerStatus: 'invited' | 'joined' | 'declined' | null;
}

export type RegistrationStatus = 'registered' | 'waiting' | 'cancelled' | 'attended';

/** A ticket typed at the door, as found at the event (the name only when the worker gave one; never the phone). */
export interface DoorTicket {
  code: string;
  /** null: no ticket with this code at the event. */
  found: {
    registrationId: number;
    status: RegistrationStatus;
    name: string | null;
    checkedInAt: Date | null;
  } | null;
}

/** A job of the event (the employer's own, when recording a result), with the worker's application to it. */
export interface EventJob {
  id: number;
  title: string;
  /** The worker's application to it, when recording a result; null when they have none. */
  status: ApplicationStatus | null;
}

/** A worker whose result an employer records: their ticket, and the employer's jobs at the event. */
export interface Attendee {
  registrationId: number;
  code: string;
  name: string | null;
  jobs: EventJob[];
}

/** A verified employer with an open job near the event, not yet invited or joined. */
export interface InvitableEmployer {
  id: number;
  name: string;
}

/** A worker's ticket the day-after question is about, and the jobs a "yes" may be for. */
export interface FollowupSubject {
  registrationId: number;
  /** Jobs from the event: their open applications from it first, then the jobs they asked for there. */
  jobs: { id: number; title: string }[];
}

/** What /cuaphien reads (src/features/event-door/loader.ts). */
export interface EventDoorContext {
  /** The upcoming events the person runs or recruits at (or is invited to), soonest first. */
  doorEvents: DoorEvent[];
  /** The event the flow is at (from its state, or the choice that names it), if the person may still act there. */
  doorEvent: DoorEvent | null;
  /** The code typed at the door, looked up at the event. */
  ticket: DoorTicket | null;
  /** The employer's open approved vacancies, while joining. */
  joinable: EventJob[];
  /** The event's open jobs, for a walk-in to pick. */
  eventJobs: EventJob[];
  /** The worker a result is being recorded for (by the code typed, or the one kept); null when not found. */
  attendee: Attendee | null;
  /** Employers an official may invite to the event. */
  invitable: InvitableEmployer[];
  /** The worker's own ticket, while answering the day-after question. */
  followup: FollowupSubject | null;
  /** A fresh ticket code, for a walk-in registered by this message. */
  freshCode: string;
}

export type Context = BaseContext & EventDoorContext;

export type Emits = EventDoorEffect;
