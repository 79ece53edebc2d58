import type { EventFacts, EventVacancy } from '../../db/events.ts';
import type { BaseContext } from '../../engine/types.ts';
import type { RegistrationEffect } from './effects.ts';

/** The person's registration for the event, as it stands. */
export interface OwnRegistration {
  id: number;
  code: string;
  status: 'registered' | 'waiting' | 'cancelled' | 'attended';
  /** Their place on the waiting list (1 = next); 0 when not waiting. */
  place: number;
  /** Titles of the jobs they asked to be interviewed for. */
  interviews: string[];
}

/** What registering reads (loader.ts). */
export interface EventRegistrationContext {
  eventReg: {
    event: EventFacts | null;
    /** Open vacancies recruited for at the event. */
    vacancies: EventVacancy[];
    registration: OwnRegistration | null;
    /** The id and code a new registration takes if it is made now (unused ids are harmless gaps). */
    reserved: { id: number; code: string } | null;
    /** Known already: asked only when missing and the person chose to share. */
    fullName: string | null;
    phoneE164: string | null;
    /** The service's https address for the ticket's QR photo; null (or absent) sends the code alone. */
    imageBaseUrl?: string | null;
  };
}

export type Context = BaseContext & EventRegistrationContext;

export type Emits = RegistrationEffect;
