import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../app/config.ts';
import { telegramBotName } from '../channels/telegram/bot-name.ts';
import { t } from '../features/links/messages.ts';
import { loadGeo } from '../kernel/geo/index.ts';
import {
  isBotUsername,
  linkPayload,
  occupationOfTradeCode,
  qrPng,
  qrSvg,
  qrTerminal,
  type RegistrationLink,
  shortCode,
  TRADE_CODES,
  telegramLink,
} from '../kernel/links/index.ts';
import { isOccupationKey, type OccupationKey } from '../kernel/occupations/index.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- link --commune 05860 [--occupation may] [--vacancy 12] [--format png|svg|txt] [--out FILE]
 * [--bot NAME]: a registration link for a poster. Prints the Telegram link and the Zalo short code, and writes the
 * QR code of the Telegram link (png or svg file; txt prints it in the terminal). The bot's username comes from
 * --bot, else from Telegram itself (getMe) with TELEGRAM_BOT_TOKEN; PRODUCT.md names no variable for it.
 */
const FORMATS = ['png', 'svg', 'txt'] as const;
type Format = (typeof FORMATS)[number];

function readArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        commune: { type: 'string' },
        occupation: { type: 'string' },
        vacancy: { type: 'string' },
        format: { type: 'string', default: 'png' },
        out: { type: 'string' },
        bot: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function communeOf(code: string | undefined): string {
  if (code === undefined) throw new UsageError('--commune CODE is required (a 5-digit commune code, e.g. 05860)');
  if (!/^\d{5}$/.test(code) || !loadGeo().communeByCode.has(code))
    throw new UsageError(`no commune has the code ${JSON.stringify(code)} (a 5-digit commune code, e.g. 05860)`);
  return code;
}

/** A trade code ("may") or an occupation key ("garment"). */
function occupationOf(value: string | undefined): OccupationKey | undefined {
  if (value === undefined) return undefined;
  const key = occupationOfTradeCode(value) ?? (isOccupationKey(value) && value !== 'other' ? value : undefined);
  if (key) return key;
  const codes = Object.values(TRADE_CODES).join(', ');
  throw new UsageError(`unknown occupation ${JSON.stringify(value)}; one of: ${codes} (or an occupation key)`);
}

function vacancyOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1)
    throw new UsageError(`--vacancy is a vacancy number; got ${JSON.stringify(value)}`);
  return Number(value);
}

async function botUsername(config: Config, given: string | undefined): Promise<string> {
  if (given !== undefined) {
    if (!isBotUsername(given)) throw new UsageError(`--bot is a Telegram bot username (e.g. KetNoiViecLamBot)`);
    return given.replace(/^@/, '');
  }
  const asked = config.telegram.token ? await telegramBotName.ask(config.telegram, 10_000) : undefined;
  if (asked === undefined)
    throw new UsageError("the bot's Telegram username is unknown: pass --bot NAME, or set TELEGRAM_BOT_TOKEN");
  return asked;
}

export async function linkCommand(config: Config, args: string[], print: (line: string) => void): Promise<void> {
  const values = readArgs(args);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const communeCode = communeOf(values.commune);
  const occupation = occupationOf(values.occupation);
  const vacancyId = vacancyOf(values.vacancy);
  const link: RegistrationLink = {
    communeCode,
    ...(occupation ? { occupation } : {}),
    ...(vacancyId ? { vacancyId } : {}),
  };
  const url = telegramLink(await botUsername(config, values.bot), linkPayload(link) ?? `c${communeCode}`);

  print(url);
  print(t('vi', 'links.zalo_code', { code: shortCode(communeCode, occupation) }));
  if (format === 'txt') {
    const qr = await qrTerminal(url);
    if (values.out) fs.writeFileSync(values.out, qr);
    else print(qr);
    return;
  }
  const file = values.out ?? `link-${linkPayload(link)}.${format}`;
  fs.writeFileSync(file, format === 'png' ? await qrPng(url) : await qrSvg(url));
  print(`QR code written to ${file}`);
}
