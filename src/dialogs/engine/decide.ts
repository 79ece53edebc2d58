import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { resolveChoice, resolveChoices } from '../../kernel/choices.ts';
import { t } from '../../kernel/i18n/index.ts';
import { decideHome, help, MENU_CHOICES, welcome } from '../home.ts';
import { parseAlertChoice } from '../../kernel/vacancy/alert-choices.ts';
import { answerFollowup } from '../followup.ts';
import { answerLength, answerLimit, isLongerThan } from './answer-limit.ts';
import { COMMAND_FLOWS, globalCommand, MENU_FLOWS } from './commands.ts';
import type { Effect, Flow, FlowContext, FlowState, StepInput } from './types.ts';

/**
 * The engine's pure core: given where the person is, what they sent and what we know, decide the replies,
 * the next state and the effects. Global commands first, then an answer longer than the step takes (refused
 * before anything reads it), then a menu choice (which leaves any flow), then the active flow's step (counting
 * misses), else home.
 */
export interface EngineInput {
  text: string | null;
  /** A pressed button's id, or a typed number/label already mapped to one; null otherwise. */
  choiceId: string | null;
  /** The choices the bot last offered in this chat (for typed multi-select answers). */
  lastChoices: readonly Choice[] | null;
  /** Whether the person had stopped all messages. */
  stopped: boolean;
}

export interface EngineDecision {
  replies: OutboundMessage[];
  state: FlowState | null;
  effects: Effect[];
}

export const MAX_MISSES = 3;

function menuChoices(context: FlowContext): Choice[] {
  return MENU_CHOICES.map((id) => ({ id, label: t(context.lang, id) }));
}

const NOTHING: StepInput = { text: null, choiceId: null, choiceIds: [] };

/**
 * An answer longer than the step takes: said so with the limit, then the step's question again (its reprompt for
 * no answer, whose last line is the question). Nothing is saved, and the misses stay as they were: the person
 * understood the question, and the reply already says what to change, so it does not count towards the menu.
 */
function tooLong(stored: FlowState, flow: Flow, text: string, limit: number, input: EngineInput, context: FlowContext): EngineDecision {
  const note = t(context.lang, 'engine.too_long', { length: answerLength(text), max: limit });
  const again = flow.step(stored, NOTHING, context);
  let reply: OutboundMessage;
  if (again.kind !== 'miss') reply = input.lastChoices?.length ? { text: note, choices: [...input.lastChoices] } : { text: note };
  else if (again.reprompt.prompt) reply = { ...again.reprompt, text: note };
  else reply = { ...again.reprompt, text: `${note}\n${again.reprompt.text}` };
  return { replies: [reply], state: stored, effects: [] };
}

function begin(flow: Flow, context: FlowContext): EngineDecision {
  const result = flow.begin(context);
  if (result.kind === 'continue') return { replies: result.replies, state: result.state, effects: result.effects ?? [] };
  if (result.kind === 'done') return { replies: result.replies, state: null, effects: result.effects ?? [] };
  return { replies: [result.reprompt], state: null, effects: [] };
}

export function decide(stored: FlowState | null, input: EngineInput, context: FlowContext, flows: Readonly<Record<string, Flow>>): EngineDecision {
  const { lang } = context;
  const command = globalCommand(input.text);

  if (command === 'stop') return { replies: [{ text: t(lang, 'engine.stopped') }], state: null, effects: [{ kind: 'stop_messages' }] };
  if (command === 'start') return { replies: [welcome(lang)], state: null, effects: input.stopped ? [{ kind: 'resume_messages' }] : [] };
  if (command === 'cancel') {
    return { replies: [{ text: t(lang, 'engine.cancelled'), choices: menuChoices(context), prompt: t(lang, 'home.reply_with_number') }], state: null, effects: [] };
  }
  if (command === 'menu') return { replies: [welcome(lang)], state: null, effects: [] };
  if (command === 'help') return { replies: [help(lang)], state: stored, effects: [] };
  const notReady = (): EngineDecision => ({
    replies: [{ text: t(lang, 'home.not_ready'), choices: menuChoices(context), prompt: t(lang, 'home.reply_with_number') }],
    state: null,
    effects: [],
  });
  const commandFlow = command ? COMMAND_FLOWS[command] : undefined;
  if (commandFlow) {
    const named = flows[commandFlow];
    return named ? begin(named, context) : notReady();
  }

  // Longer than the step (or, outside a flow, any question) takes: no parser reads it, no choice is mapped from it.
  const flow = stored ? flows[stored.flow] : undefined;
  const limit = answerLimit(flow, stored?.step);
  if (input.text !== null && isLongerThan(input.text, limit)) {
    if (stored && flow) return tooLong(stored, flow, input.text, limit, input, context);
    return { replies: decideHome({ choiceId: null, lang, text: input.text }), state: null, effects: [] };
  }

  // A menu choice (pressed, or typed while the menu was the last thing shown) leaves any flow.
  const menuFlow = input.choiceId ? MENU_FLOWS[input.choiceId] : undefined;
  if (menuFlow) {
    const named = flows[menuFlow];
    return named ? begin(named, context) : notReady();
  }
  if (input.choiceId?.startsWith('menu.')) {
    return { replies: decideHome({ choiceId: input.choiceId, lang, text: null }), state: null, effects: [] };
  }

  // An answer to a vacancy alert (sent outside any flow) acts on that vacancy as job search's detail would.
  const alert = parseAlertChoice(input.choiceId);
  if (alert && flows.search) {
    const state: FlowState = { flow: 'search', step: 'detail', data: { page: 0, current: alert.vacancyId }, misses: 0 };
    const result = flows.search.step(state, { text: null, choiceId: alert.detailChoice, choiceIds: [alert.detailChoice] }, context);
    if (result.kind === 'continue') return { replies: result.replies, state: result.state, effects: result.effects ?? [] };
    if (result.kind === 'done') return { replies: result.replies, state: null, effects: result.effects ?? [] };
    return { replies: [result.reprompt], state: null, effects: [] };
  }

  // An answer to the 7-day follow-up ("followup.hired.42", pressed or typed after it) leaves any flow, like the menu.
  const followup = answerFollowup(input.choiceId, lang);
  if (followup) return { replies: followup.replies, state: null, effects: followup.effects };

  if (stored && flow) {
    const stepInput: StepInput = {
      text: input.text,
      choiceId: input.choiceId,
      choiceIds: input.text && input.lastChoices ? resolveChoices(input.text, input.lastChoices) : input.choiceId ? [input.choiceId] : [],
    };
    const result = flow.step(stored, stepInput, context);
    if (result.kind === 'continue') return { replies: result.replies, state: { ...result.state, misses: 0 }, effects: result.effects ?? [] };
    if (result.kind === 'done') return { replies: result.replies, state: null, effects: result.effects ?? [] };
    const misses = stored.misses + 1;
    const replies: OutboundMessage[] = [result.reprompt];
    if (misses >= MAX_MISSES) replies.push({ text: t(lang, 'engine.third_miss'), choices: menuChoices(context), prompt: t(lang, 'engine.way_out') });
    return { replies, state: { ...stored, misses: misses >= MAX_MISSES ? 0 : misses }, effects: [] };
  }

  const choiceId = input.choiceId ?? (input.text && input.lastChoices ? resolveChoice(input.text, input.lastChoices) : null);
  return { replies: decideHome({ choiceId, lang, text: input.text }), state: null, effects: [] };
}
