import { z } from 'zod';

/**
 * Reading settings from environment variables: a rule per value (what it must look like, said in words for the
 * one-line error), and `envSettings`, a zod schema over the whole environment that gives typed settings. A blank
 * value counts as unset. Used by src/app/config.ts and by each channel module for its own variables.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export interface EnvRule<T> {
  /** What a good value looks like, for "NAME: got …, expected <this>". */
  expected: string;
  schema: z.ZodType<T, string>;
}

export function isUrlWith(protocols: string[], needsHost = false) {
  return (value: string): boolean => {
    try {
      const url = new URL(value);
      return protocols.includes(url.protocol) && (!needsHost || url.hostname.length > 0);
    } catch {
      return false;
    }
  };
}

export const httpUrl: EnvRule<string> = {
  expected: 'an http:// or https:// URL',
  schema: z
    .string()
    .refine(isUrlWith(['http:', 'https:']))
    .transform((s) => s.replace(/\/+$/, '')),
};

export const sendRate: EnvRule<number> = {
  expected: 'messages per second, a number above 0 and at most 1000 (e.g. 25)',
  schema: z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .transform(Number)
    .pipe(z.number().positive().max(1000)),
};

/** ADMIN_TOKEN, SIMULATOR_TOKEN, METRICS_TOKEN. */
export const accessToken: EnvRule<string> = {
  expected: 'at least 16 characters without spaces',
  schema: z.string().regex(/^\S{16,}$/),
};

export const flag: EnvRule<boolean> = {
  expected: '1 or 0 (also true/false, yes/no)',
  schema: z
    .string()
    .regex(/^(1|0|true|false|yes|no|on|off)$/i)
    .transform((s) => /^(1|true|yes|on)$/i.test(s)),
};

/** One variable of a settings group: its name, its rule, its value when unset, and whether it is a secret. */
export interface EnvVariable<T> {
  name: string;
  rule: EnvRule<NonNullable<T>>;
  fallback: T;
  secret: boolean;
}

/** A variable that may be unset (null then). A secret's value never appears in an error or a log line. */
export function optional<T>(name: string, rule: EnvRule<T>, options: { secret?: boolean } = {}): EnvVariable<T | null> {
  return { name, rule: rule as EnvRule<NonNullable<T>>, fallback: null, secret: options.secret ?? false };
}

/** A variable with a default. */
export function withDefault<T>(name: string, rule: EnvRule<T>, fallback: T): EnvVariable<T> {
  return { name, rule: rule as EnvRule<NonNullable<T>>, fallback, secret: false };
}

type Variables = Record<string, EnvVariable<unknown>>;
export type SettingsFrom<V extends Variables> = { [K in keyof V]: V[K] extends EnvVariable<infer T> ? T : never };

export interface EnvSettings<S> {
  /**
   * A zod schema over the environment giving the typed settings. A bad value is an issue whose path is the
   * variable's name and whose message is what the variable expects.
   */
  readonly schema: z.ZodType<S, Env>;
  /** The variables it reads, in order. */
  readonly variables: readonly string[];
  /** Those whose values must never be shown (an error says how long the value was, nothing more). */
  readonly secretVariables: readonly string[];
  /** The values of the secret variables, for the log scrubber. */
  secretValues(settings: S): string[];
}

function variableSchema<T>(variable: EnvVariable<T>): z.ZodType<T, string | undefined> {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      if (raw === undefined || raw.trim() === '') return variable.fallback;
      const parsed = variable.rule.schema.safeParse(raw.trim());
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: variable.rule.expected });
      return z.NEVER;
    });
}

/** Settings `{ key: value }` read from the variables `{ key: optional('NAME', rule) | withDefault(…) }`. */
export function envSettings<V extends Variables>(variables: V): EnvSettings<SettingsFrom<V>> {
  const entries = Object.entries(variables);
  const shape = Object.fromEntries(entries.map(([, variable]) => [variable.name, variableSchema(variable)]));
  const schema = z
    .object(shape)
    .transform((values) => Object.fromEntries(entries.map(([key, variable]) => [key, values[variable.name]])));
  const secrets = entries.filter(([, variable]) => variable.secret);
  return {
    schema: schema as unknown as z.ZodType<SettingsFrom<V>, Env>,
    variables: entries.map(([, variable]) => variable.name),
    secretVariables: secrets.map(([, variable]) => variable.name),
    secretValues: (settings) =>
      secrets
        .map(([key]) => (settings as Record<string, unknown>)[key])
        .filter((value): value is string => typeof value === 'string'),
  };
}
