import { describe, expect, it } from 'vitest';
import { accessToken, envSettings, flag, httpUrl, optional, sendRate, withDefault } from '../../../src/kernel/env.ts';

const settings = envSettings({
  root: withDefault('X_API_ROOT', httpUrl, 'https://x.example'),
  rate: withDefault('X_SEND_RATE', sendRate, 5),
  token: optional('X_TOKEN', accessToken, { secret: true }),
  on: optional('X_ON', flag),
});

describe('envSettings', () => {
  it('gives typed settings: defaults for unset or blank variables, values trimmed', () => {
    expect(settings.schema.parse({})).toEqual({ root: 'https://x.example', rate: 5, token: null, on: null });
    const env = { X_API_ROOT: ' http://127.0.0.1:9/ ', X_SEND_RATE: '2.5', X_TOKEN: '  ', X_ON: 'yes' };
    expect(settings.schema.parse(env)).toEqual({
      root: 'http://127.0.0.1:9',
      rate: 2.5,
      token: null,
      on: true,
    });
  });

  it.each([
    ['X_API_ROOT', 'x.example', 'an http:// or https:// URL'],
    ['X_SEND_RATE', '0', 'messages per second, a number above 0 and at most 1000 (e.g. 25)'],
    ['X_SEND_RATE', 'fast', 'messages per second, a number above 0 and at most 1000 (e.g. 25)'],
    ['X_TOKEN', 'short', 'at least 16 characters without spaces'],
    ['X_ON', 'maybe', '1 or 0 (also true/false, yes/no)'],
  ])('%s=%j is an issue at the variable saying what it expects', (variable, value, expected) => {
    const parsed = settings.schema.safeParse({ [variable]: value });
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues.map((issue) => ({ path: issue.path, message: issue.message }));
    expect(issues).toEqual([{ path: [variable], message: expected }]);
  });

  it('lists its variables, its secret ones, and their values for the log scrubber', () => {
    expect(settings.variables).toEqual(['X_API_ROOT', 'X_SEND_RATE', 'X_TOKEN', 'X_ON']);
    expect(settings.secretVariables).toEqual(['X_TOKEN']);
    const withToken = settings.schema.parse({ X_TOKEN: 'a-token-of-16-chars' });
    expect(settings.secretValues(withToken)).toEqual(['a-token-of-16-chars']);
    expect(settings.secretValues(settings.schema.parse({}))).toEqual([]);
  });
});
