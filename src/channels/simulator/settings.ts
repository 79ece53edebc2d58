import type { z } from 'zod';
import { accessToken, envSettings, flag, optional } from '../../kernel/env.ts';

/**
 * SIMULATOR (1 or 0; unset: on only for a local try-out) and SIMULATOR_TOKEN (when set, every simulator request
 * needs it, and the server may listen beyond loopback).
 */
export const SIMULATOR_SETTINGS = envSettings({
  switchedOn: optional('SIMULATOR', flag),
  token: optional('SIMULATOR_TOKEN', accessToken, { secret: true }),
});

export type SimulatorSettings = z.output<typeof SIMULATOR_SETTINGS.schema>;
