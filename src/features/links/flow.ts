import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import { t as kernelT } from '../../kernel/i18n/index.ts';
import { linkPayload, qrPath, type RegistrationLink, shortCode, telegramLink } from '../../kernel/links/index.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import { matchOccupations, type OccupationKey } from '../../kernel/occupations/index.ts';
import { isOfficial, officialRegions } from '../../kernel/roles.ts';
import { chosen } from '../shared/choice.ts';
import { communeTarget, exampleCommune } from '../shared/place.ts';
import { placeFromCommuneAnswer, placeFromPickAnswer, type PlaceOutcome } from '../shared/place-answer.ts';
import { pickLines, pickOptions } from '../shared/place-messages.ts';
import type { Context, Emits, LinksContext } from './context.ts';
import { t } from './messages.ts';
import { LinksData } from './state.ts';

/**
 * /malienket · /link: an official gets a registration link for a commune of their area (and a trade, or any): the
 * Telegram link, the Zalo short code, and the QR code as a photo when the service has a public address. Others are
 * refused politely. commune (→ a pick when ambiguous) → trade → the link. Pure.
 */
export const LINKS_FLOW = 'links';
const STEPS = ['commune', 'commune_pick', 'trade'] as const;
type Step = (typeof STEPS)[number];
const ANY_TRADE = 'links.trade.any';
const EMPTY: LinksData = { provinceCode: null, pick: null, communeCode: null };

function at(step: Step, data: LinksData, message: OutboundMessage): StepResult<Emits> {
  const state: FlowState = { flow: LINKS_FLOW, step, data: { ...data }, misses: 0 };
  return { kind: 'continue', replies: [message], state };
}

/** The official's one province, when their area is one province (or a commune of it); null: wider. */
function homeProvince(context: Context): string | null {
  const regions = officialRegions(context.roles);
  const only = regions.length === 1 ? regions[0] : null;
  if (!only) return null;
  return only.length === 2 ? only : (communeTarget(only)?.province.code ?? null);
}

function withinArea(context: Context, communeCode: string): boolean {
  const province = communeTarget(communeCode)?.province.code;
  return officialRegions(context.roles).some(
    (region) => region === null || region === communeCode || region === province,
  );
}

function example(context: Context, provinceCode: string | null): string {
  const province = provinceCode ?? homeProvince(context);
  return province ? exampleCommune(province) : 'Phổ Yên';
}

function communeQuestion(context: Context, data: LinksData): OutboundMessage {
  return { text: t(context.lang, 'links.commune.question', { example: example(context, data.provinceCode) }) };
}

function tradeQuestion(context: Context): OutboundMessage {
  const { lang } = context;
  return {
    text: t(lang, 'links.trade.question'),
    choices: [{ id: ANY_TRADE, label: t(lang, 'links.trade.any') }],
    prompt: kernelT(lang, 'home.reply_with_number'),
  };
}

/** The answer: the link, the code to type on Zalo, and the QR code as a photo when it can be fetched. */
function result(context: Context, communeCode: string, occupation: OccupationKey | undefined): StepResult<Emits> {
  const { lang } = context;
  const link: RegistrationLink = occupation ? { communeCode, occupation } : { communeCode };
  const payload = linkPayload(link) ?? `c${communeCode}`;
  const place = communeTarget(communeCode)?.commune.name ?? communeCode;
  const url = context.telegramBot ? telegramLink(context.telegramBot, payload) : null;
  const lines = [
    t(lang, 'links.result', { place }),
    ...(url ? [t(lang, 'links.telegram', { url })] : []),
    t(lang, 'links.zalo_code', { code: shortCode(communeCode, occupation) }),
  ];
  const replies: OutboundMessage[] = [{ text: lines.join('\n') }];
  if (url && context.imageBaseUrl)
    replies.push({ text: t(lang, 'links.qr_caption'), imageUrl: `${context.imageBaseUrl}${qrPath(payload)}` });
  else replies.push({ text: t(lang, 'links.no_qr', { code: communeCode }) });
  return { kind: 'done', replies };
}

function onPlace(outcome: PlaceOutcome, data: LinksData, context: Context): StepResult<Emits> {
  const { lang } = context;
  const miss = (typed: string | null): StepResult<Emits> => ({
    kind: 'miss',
    reprompt: typed
      ? { text: t(lang, 'links.commune.miss', { typed, example: example(context, data.provinceCode) }) }
      : communeQuestion(context, data),
  });
  switch (outcome.kind) {
    case 'commune': {
      if (withinArea(context, outcome.code))
        return at('trade', { ...EMPTY, communeCode: outcome.code }, tradeQuestion(context));
      const commune = communeTarget(outcome.code)?.commune.name ?? outcome.code;
      const text = t(lang, 'links.commune.outside', { commune, example: example(context, null) });
      return { kind: 'miss', reprompt: { text } };
    }
    case 'province': {
      const next = { ...EMPTY, provinceCode: outcome.provinceCode };
      return at('commune', next, communeQuestion(context, next));
    }
    case 'pick': {
      const options = pickOptions(lang, outcome.pick);
      const next = { ...data, pick: { options, districts: outcome.pick.districts } };
      const text = [...pickLines(lang, outcome.pick, outcome.typed)].join('\n');
      return at('commune_pick', next, { text, choices: options, prompt: t(lang, 'links.pick.question') });
    }
    case 'same_province':
      return miss(null);
    case 'not_found':
      return miss(outcome.typed);
    case 'pick_miss':
      return {
        kind: 'miss',
        reprompt: { text: t(lang, 'links.pick.question'), choices: data.pick?.options ?? [] },
      };
  }
}

function onTrade(data: LinksData, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  const communeCode = data.communeCode;
  if (communeCode === null) return at('commune', EMPTY, communeQuestion(context, EMPTY));
  if (chosen(input, tradeQuestion(context).choices ?? []) === ANY_TRADE) return result(context, communeCode, undefined);
  const trade = input.text ? matchOccupations(input.text)[0]?.key : undefined;
  if (trade && trade !== 'other') return result(context, communeCode, trade);
  const reprompt = tradeQuestion(context);
  return { kind: 'miss', reprompt: { ...reprompt, text: t(lang, 'links.trade.miss', { typed: input.text ?? '' }) } };
}

function begin(context: Context): StepResult<Emits> {
  if (!isOfficial(context.roles))
    return { kind: 'done', replies: [{ text: kernelT(context.lang, 'review.not_official') }] };
  // An official of one commune: the link is for it.
  const regions = officialRegions(context.roles);
  const only = regions.length === 1 ? regions[0] : null;
  if (only && only.length === 5) return at('trade', { ...EMPTY, communeCode: only }, tradeQuestion(context));
  const data = { ...EMPTY, provinceCode: homeProvince(context) };
  return at('commune', data, communeQuestion(context, data));
}

export const linksFlow: Flow<LinksContext, Emits> = {
  steps: STEPS,
  begin,
  step(state, input, context) {
    const data = LinksData.parse(state.data);
    switch (state.step as Step) {
      case 'commune':
        return onPlace(placeFromCommuneAnswer(input, data.provinceCode), data, context);
      case 'commune_pick':
        return onPlace(placeFromPickAnswer(input, data.pick, data.provinceCode), data, context);
      case 'trade':
        return onTrade(data, input, context);
      default:
        return begin(context);
    }
  },
};
