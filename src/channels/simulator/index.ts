import { registerSimulatorRoutes } from '../../http/simulator-routes.ts';
import { accessToken } from '../../kernel/env.ts';
import type { ChannelModule } from '../channel-module.ts';
import { unrecognisedFailure } from '../unrecognised-failure.ts';
import { createSimulatorAdapter, type SimulatorAdapter } from './adapter.ts';
import { SIMULATOR_SETTINGS, type SimulatorSettings } from './settings.ts';

/**
 * The simulator: a local web page (and `npm run chat`) where several people chat with the bot, no platform
 * behind it. On when SIMULATOR=1, or for a local try-out (no other channel and no PUBLIC_URL) unless SIMULATOR=0.
 * Without SIMULATOR_TOKEN anyone who reaches the page can chat as anyone: the server then listens on loopback only,
 * and a public server (PUBLIC_URL) refuses to start.
 */
export const simulator: ChannelModule<'simulator', SimulatorSettings, SimulatorAdapter> = {
  name: 'simulator',
  title: 'the simulator',
  settings: SIMULATOR_SETTINGS,
  switchVariable: 'SIMULATOR',
  turnedOn: (settings) => settings.switchedOn,
  inProcessOnly: true,
  loopbackOnly: (settings) => settings.token === null,
  refuse: (settings, { publicUrl }) =>
    publicUrl !== null && settings.token === null
      ? {
          variable: 'SIMULATOR_TOKEN',
          expected: `a token when SIMULATOR=1 and PUBLIC_URL are both set (${accessToken.expected}), or SIMULATOR=0`,
        }
      : null,
  createAdapter: () => createSimulatorAdapter(),
  // Sending to the page never throws; should it, the one policy applies.
  toSendFailure: (error) =>
    unrecognisedFailure(`simulator send failed: ${error instanceof Error ? error.message : String(error)}`),
  routes:
    (settings, { adapter, onInbound, publicUrl }) =>
    (app) =>
      registerSimulatorRoutes(app, {
        adapter,
        onInbound,
        token: settings.token,
        publicHttps: publicUrl?.startsWith('https:') ?? false,
      }),
};
