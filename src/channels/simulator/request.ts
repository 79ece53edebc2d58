/**
 * What simulator clients send, validated with zod:
 *   - in process (tests, the harness): `{ user, text?, choiceId? }`, the person named by `user`;
 *   - over HTTP, POST /simulator/sessions: `{ name }`, and POST /simulator/messages: `{ session, user?, text?,
 *     choiceId? }`, the person being the session (src/channels/simulator/session.ts), `user` only the name shown.
 * The adapter's `receive` turns a failure into [] (the channel contract); the HTTP routes turn it into a 400 with
 * the reason.
 */
import { z } from 'zod';
import { normaliseSimulatorName, simulatorNameProblem } from './identity.ts';
import { isSimulatorSession } from './session.ts';

export const SIMULATOR_TEXT_MAX = 4096;
export const SIMULATOR_CHOICE_ID_MAX = 64;

const PROBLEMS = [
  'body_invalid',
  'user_missing',
  'user_too_long',
  'user_invalid',
  'text_invalid',
  'text_too_long',
  'choice_invalid',
  'empty',
  'session_missing',
  'session_invalid',
  'name_missing',
  'name_too_long',
  'name_invalid',
] as const;

/** A closed set of reasons; the HTTP routes show each through the catalogue (`simulator.error.<reason>`). */
export type SimulatorRequestProblem = (typeof PROBLEMS)[number];

export interface SimulatorRequest {
  /** The display name (NFC, whitespace tidied). */
  user: string;
  /** NFC text as typed, or null when only a choice was pressed. */
  text: string | null;
  choiceId: string | null;
}

/** A message over HTTP: who is the session; the name, when given, is only what the bot is told the person is called. */
export interface SimulatorPost {
  session: string;
  user: string | null;
  text: string | null;
  choiceId: string | null;
}

type Parsed<T> = { ok: true; request: T } | { ok: false; problem: SimulatorRequestProblem };
export type ParsedSimulatorRequest = Parsed<SimulatorRequest>;

/** Control characters other than tab and line breaks have no place in a chat message. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const STRAY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Choice ids are short printable ASCII (they travel as Telegram callback data). */
const CHOICE_ID = new RegExp(`^[\\x21-\\x7e]{1,${SIMULATOR_CHOICE_ID_MAX}}$`);

/** A display name; `field` picks the reasons' prefix (`user_…` in messages, `name_…` when asking for a session). */
function nameSchema(field: 'user' | 'name') {
  return z
    .string({
      error: (issue) => (issue.input === undefined || issue.input === null ? `${field}_missing` : `${field}_invalid`),
    })
    .superRefine((value, ctx) => {
      const problem = simulatorNameProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.replace(/^user_/, `${field}_`) });
    })
    .transform(normaliseSimulatorName);
}

const textSchema = z
  .string({ error: 'text_invalid' })
  .max(SIMULATOR_TEXT_MAX, { error: 'text_too_long' })
  .refine((value) => !STRAY_CONTROL.test(value), { error: 'text_invalid' })
  // Whitespace alone says nothing; a pressed choice may come with it.
  .transform((value) => (value.trim().length > 0 ? value.normalize('NFC') : null))
  .nullish();

const choiceIdSchema = z.string({ error: 'choice_invalid' }).regex(CHOICE_ID, { error: 'choice_invalid' }).nullish();

const sessionSchema = z.unknown().transform((value, ctx): string => {
  if (isSimulatorSession(value)) return value;
  ctx.addIssue({
    code: 'custom',
    message: value === undefined || value === null || value === '' ? 'session_missing' : 'session_invalid',
  });
  return z.NEVER;
});

/** Text or a choice, at least one. */
function content(
  body: { text?: string | null | undefined; choiceId?: string | null | undefined },
  ctx: z.RefinementCtx,
): { text: string | null; choiceId: string | null } | null {
  const text = body.text ?? null;
  const choiceId = body.choiceId ?? null;
  if (text === null && choiceId === null) {
    ctx.addIssue({ code: 'custom', message: 'empty' });
    return null;
  }
  return { text, choiceId };
}

const requestSchema = z
  .object({ user: nameSchema('user'), text: textSchema, choiceId: choiceIdSchema }, { error: 'body_invalid' })
  .transform((body, ctx): SimulatorRequest => {
    const said = content(body, ctx);
    return said ? { user: body.user, ...said } : z.NEVER;
  });

// The session is checked first: without it nothing else matters.
const postSchema = z
  .object(
    { session: sessionSchema, user: nameSchema('user').nullish(), text: textSchema, choiceId: choiceIdSchema },
    { error: 'body_invalid' },
  )
  .transform((body, ctx): SimulatorPost => {
    const said = content(body, ctx);
    return said ? { session: body.session, user: body.user ?? null, ...said } : z.NEVER;
  });

const sessionRequestSchema = z.object({ name: nameSchema('name') }, { error: 'body_invalid' });

function isProblem(value: string): value is SimulatorRequestProblem {
  return (PROBLEMS as readonly string[]).includes(value);
}

/** Runs a schema on one raw body. Never throws; the first problem found (in field order) is reported. */
function parseWith<T>(schema: z.ZodType<T>, raw: unknown): Parsed<T> {
  if (Array.isArray(raw)) return { ok: false, problem: 'body_invalid' };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, request: parsed.data };
  const message = parsed.error.issues[0]?.message ?? 'body_invalid';
  return { ok: false, problem: isProblem(message) ? message : 'body_invalid' };
}

/** `{ user, text?, choiceId? }`, in process (the user is checked first, then text, then choice). */
export function parseSimulatorRequest(raw: unknown): ParsedSimulatorRequest {
  return parseWith(requestSchema, raw);
}

/** The body of POST /simulator/messages: `{ session, user?, text?, choiceId? }`. */
export function parseSimulatorPost(raw: unknown): Parsed<SimulatorPost> {
  return parseWith(postSchema, raw);
}

/** The body of POST /simulator/sessions: `{ name }`. */
export function parseSessionRequest(raw: unknown): Parsed<{ name: string }> {
  return parseWith(sessionRequestSchema, raw);
}
