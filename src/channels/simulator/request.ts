/**
 * What a simulator client sends: `{ user, text?, choiceId? }`, validated with zod. The adapter's `receive`
 * turns a failure into [] (the channel contract); the HTTP route turns it into a 400 with the reason.
 */
import { z } from 'zod';
import { normaliseSimulatorName, simulatorNameProblem } from './identity.ts';

export const SIMULATOR_TEXT_MAX = 4096;
export const SIMULATOR_CHOICE_ID_MAX = 64;

const PROBLEMS = ['body_invalid', 'user_missing', 'user_too_long', 'user_invalid', 'text_invalid', 'text_too_long', 'choice_invalid', 'empty'] as const;

/** A closed set of reasons; the HTTP route shows each through the catalogue (`simulator.error.<reason>`). */
export type SimulatorRequestProblem = (typeof PROBLEMS)[number];

export interface SimulatorRequest {
  /** The display name (NFC, whitespace tidied). */
  user: string;
  /** NFC text as typed, or null when only a choice was pressed. */
  text: string | null;
  choiceId: string | null;
}

export type ParsedSimulatorRequest = { ok: true; request: SimulatorRequest } | { ok: false; problem: SimulatorRequestProblem };

/** Control characters other than tab and line breaks have no place in a chat message. */
const STRAY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Choice ids are short printable ASCII (they travel as Telegram callback data). */
const CHOICE_ID = new RegExp(`^[\\x21-\\x7e]{1,${SIMULATOR_CHOICE_ID_MAX}}$`);

const userSchema = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'user_missing' : 'user_invalid') })
  .superRefine((value, ctx) => {
    const problem = simulatorNameProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform(normaliseSimulatorName);

const textSchema = z
  .string({ error: 'text_invalid' })
  .max(SIMULATOR_TEXT_MAX, { error: 'text_too_long' })
  .refine((value) => !STRAY_CONTROL.test(value), { error: 'text_invalid' })
  // Whitespace alone says nothing; a pressed choice may come with it.
  .transform((value) => (value.trim().length > 0 ? value.normalize('NFC') : null))
  .nullish();

const choiceIdSchema = z.string({ error: 'choice_invalid' }).regex(CHOICE_ID, { error: 'choice_invalid' }).nullish();

const requestSchema = z
  .object({ user: userSchema, text: textSchema, choiceId: choiceIdSchema }, { error: 'body_invalid' })
  .transform((body, ctx): SimulatorRequest => {
    const text = body.text ?? null;
    const choiceId = body.choiceId ?? null;
    if (text === null && choiceId === null) {
      ctx.addIssue({ code: 'custom', message: 'empty' });
      return z.NEVER;
    }
    return { user: body.user, text, choiceId };
  });

function isProblem(value: string): value is SimulatorRequestProblem {
  return (PROBLEMS as readonly string[]).includes(value);
}

/** Validates one raw body. Never throws; the first problem found (user, then text, then choice) is reported. */
export function parseSimulatorRequest(raw: unknown): ParsedSimulatorRequest {
  if (Array.isArray(raw)) return { ok: false, problem: 'body_invalid' };
  const parsed = requestSchema.safeParse(raw);
  if (parsed.success) return { ok: true, request: parsed.data };
  const message = parsed.error.issues[0]?.message ?? 'body_invalid';
  return { ok: false, problem: isProblem(message) ? message : 'body_invalid' };
}
