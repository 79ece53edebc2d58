import { parseArgs } from 'node:util';
import type { Config } from '../app/config.ts';
import { type CommandChannel, COMMAND_CHANNELS, settingsOf } from '../channels/registry.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- webhooks set|delete|info [--channel telegram|zalo]
 * Registers PUBLIC_URL + each configured channel's webhook path with its platform, with its secret; the channels
 * and their commands come from the registry (src/channels/registry.ts). Nothing calls these at start-up:
 * switching between polling and webhooks is a deliberate act.
 */
export { UsageError };

type Action = 'set' | 'delete' | 'info';

const NAMES = COMMAND_CHANNELS.map((channel) => channel.name);

function channelsToUse(config: Config, only: string | undefined): CommandChannel[] {
  const asked = only === undefined ? undefined : COMMAND_CHANNELS.find((channel) => channel.name === only);
  if (only !== undefined && !asked) {
    throw new UsageError(`--channel must be ${NAMES.join(' or ')}, not ${JSON.stringify(only)}`);
  }
  const configured = COMMAND_CHANNELS.filter((channel) => config.channels.includes(channel.name));
  const chosen = asked ? configured.filter((channel) => channel === asked) : configured;
  if (asked && chosen.length === 0) throw new UsageError(`${asked.switchVariable} is not set`);
  if (chosen.length === 0) {
    const variables = COMMAND_CHANNELS.map((channel) => channel.switchVariable);
    throw new UsageError(`no channel is configured: set ${variables.join(' and/or ')}`);
  }
  return chosen;
}

function webhookUrl(config: Config, channel: CommandChannel): string {
  if (!config.publicUrl) {
    throw new UsageError('PUBLIC_URL is not set: it is the public https address the platforms will call');
  }
  return `${config.publicUrl}${channel.webhook.path}`;
}

function secretOf(config: Config, channel: CommandChannel): string {
  const secret = channel.webhook.secret.of(settingsOf(config, channel));
  if (!secret) throw new UsageError(`${channel.webhook.secret.variable} is not set: the webhook needs a secret`);
  return secret;
}

async function run(config: Config, channel: CommandChannel, action: Action): Promise<string> {
  const settings = settingsOf(config, channel);
  const commands = channel.webhookCommands;
  if (action === 'set') return commands.set(settings, webhookUrl(config, channel), secretOf(config, channel));
  return action === 'delete' ? commands.delete(settings) : commands.info(settings);
}

export async function webhooksCommand(config: Config, args: string[], print: (line: string) => void): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { channel: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [action, ...extra] = parsed.positionals;
  if (action !== 'set' && action !== 'delete' && action !== 'info') {
    throw new UsageError(`usage: webhooks set|delete|info [--channel ${NAMES.join('|')}]`);
  }
  if (extra.length > 0) throw new UsageError(`unexpected ${JSON.stringify(extra.join(' '))}`);
  const channels = channelsToUse(config, parsed.values.channel);
  if (action === 'set') {
    for (const channel of channels) {
      webhookUrl(config, channel); // PUBLIC_URL first: without it nothing else matters
      secretOf(config, channel);
    }
  }
  for (const channel of channels) print(`${channel.name}: ${await run(config, channel, action)}`);
}
