import { resolveChoice, resolveChoices } from '../kernel/choices.ts';
import { t } from '../kernel/i18n/index.ts';
import type { Choice, OutboundMessage } from '../kernel/message.ts';
import { answerLength, answerLimit, isLongerThan } from './answer-limit.ts';
import type { CommandGroup } from './command-list.ts';
import type { FeatureFlow } from './feature.ts';
import { decideHome, help, menuChoices, welcome } from './home.ts';
import { decideLink, linkIn } from './links.ts';
import type { Registry } from './registry.ts';
import { intentOfChoice } from './intents.ts';
import { askWhich, keptMessages, openIntent, STOP_NO, STOP_YES, settle } from './open-intent.ts';
import type { BaseContext, EffectRequest, FlowState, StepInput } from './types.ts';

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
  effects: EffectRequest[];
}

/** The base context, with whatever the running feature's loader read spread into it (typed by that feature). */
export type EngineContext = BaseContext;

export const MAX_MISSES = 3;

function menu(context: EngineContext): Choice[] {
  return menuChoices(context.lang, context.menu);
}

/** The commands the person can use, for the guide. */
function commandsOf(context: EngineContext, registry: Registry): CommandGroup[] {
  return registry.commandGroups(context.audiences ?? ['worker']);
}

const NOTHING: StepInput = { text: null, choiceId: null, choiceIds: [] };

/**
 * An answer longer than the step takes: said so with the limit, then the step's question again (its reprompt for
 * no answer, whose last line is the question). Nothing is saved, and the misses stay as they were: the person
 * understood the question, and the reply already says what to change, so it does not count towards the menu.
 */
function tooLong(
  stored: FlowState,
  flow: FeatureFlow<object>,
  text: string,
  limit: number,
  input: EngineInput,
  context: EngineContext,
): EngineDecision {
  const note = t(context.lang, 'engine.too_long', { length: answerLength(text), max: limit });
  const again = flow.step(stored, NOTHING, context);
  let reply: OutboundMessage;
  if (again.kind !== 'miss')
    reply = input.lastChoices?.length ? { text: note, choices: [...input.lastChoices] } : { text: note };
  else if (again.reprompt.prompt) reply = { ...again.reprompt, text: note };
  else reply = { ...again.reprompt, text: `${note}\n${again.reprompt.text}` };
  return { replies: [reply], state: stored, effects: [] };
}

/**
 * The stored state's data is checked against its flow's schema before any step reads it: data that does not fit
 * (an old state, a bug) starts the person afresh rather than reaching a step. Fields that fail on their own are
 * defaulted by the schema (asked again), so one bad field does not lose the rest.
 */
export function validState(stored: FlowState | null, registry: Registry): FlowState | null {
  if (!stored) return null;
  const flow = registry.flow(stored.flow);
  if (!flow?.steps.includes(stored.step)) return null;
  const data = flow.data.safeParse(stored.data);
  return data.success ? { ...stored, data: data.data } : null;
}

export function decide(
  stored: FlowState | null,
  input: EngineInput,
  context: EngineContext,
  registry: Registry,
): EngineDecision {
  const { lang } = context;
  const command = registry.commands.command(input.text);
  const home = (choiceId: string | null, text: string | null): EngineDecision => ({
    replies: decideHome({ choiceId, lang, text, menu: context.menu, commands: commandsOf(context, registry) }),
    state: null,
    effects: [],
  });

  if (command === 'stop' || input.choiceId === STOP_YES)
    return { replies: [{ text: t(lang, 'engine.stopped') }], state: null, effects: [{ kind: 'stop_messages' }] };
  if (input.choiceId === STOP_NO) return keptMessages(context);
  // A registration link ("/start c05860_omay") or Zalo's short code ("DK 05860"): src/engine/links.ts.
  const link = linkIn(input.text, registry.commands);
  if (link) return decideLink(link, input.stopped, context, registry);
  if (command === 'start')
    return {
      replies: [welcome(lang, context.menu)],
      state: null,
      effects: input.stopped ? [{ kind: 'resume_messages' }] : [],
    };
  if (command === 'cancel') {
    return {
      replies: [
        { text: t(lang, 'engine.cancelled'), choices: menu(context), prompt: t(lang, 'home.reply_with_number') },
      ],
      state: null,
      effects: [],
    };
  }
  if (command === 'menu') return { replies: [welcome(lang, context.menu)], state: null, effects: [] };
  if (command === 'help')
    return { replies: [help(lang, context.menu, commandsOf(context, registry))], state: stored, effects: [] };
  const notReady = (): EngineDecision => ({
    replies: [{ text: t(lang, 'home.not_ready'), choices: menu(context), prompt: t(lang, 'home.reply_with_number') }],
    state: null,
    effects: [],
  });
  if (command) {
    const named = registry.flow(command);
    return named ? settle(named.begin(context)) : notReady();
  }

  // Longer than the step (or, outside a flow, any question) takes: no parser reads it, no choice is mapped from it.
  const flow = stored ? registry.flow(stored.flow) : undefined;
  const limit = answerLimit(flow, stored?.step);
  if (input.text !== null && isLongerThan(input.text, limit)) {
    if (stored && flow) return tooLong(stored, flow, input.text, limit, input, context);
    return home(null, input.text);
  }

  // A menu choice (pressed, or typed while the menu was the last thing shown) leaves any flow.
  const menuFeature = input.choiceId ? registry.menuFeature(input.choiceId) : undefined;
  if (menuFeature) {
    const named = registry.flow(menuFeature);
    return named ? settle(named.begin(context)) : notReady();
  }
  if (input.choiceId?.startsWith('menu.')) return home(input.choiceId, null);
  // One of the two or three things the person's words could mean, chosen.
  const chosenIntent = intentOfChoice(input.choiceId);
  const opened = chosenIntent ? openIntent(registry, chosenIntent, null, context) : null;
  if (opened) return opened;

  // An answer to a message sent outside any flow (an alert's "Quan tâm", the follow-up question) leaves any flow and
  // runs in the flow of the feature that sent it.
  const answer = registry.answer(input.choiceId);
  const answering = answer ? registry.flow(answer.feature) : undefined;
  if (answer && answering) return settle(answering.step(answer.state, answer.input, context));

  if (stored && flow) {
    const stepInput: StepInput = {
      text: input.text,
      choiceId: input.choiceId,
      choiceIds:
        input.text && input.lastChoices
          ? resolveChoices(input.text, input.lastChoices)
          : input.choiceId
            ? [input.choiceId]
            : [],
    };
    const result = flow.step(stored, stepInput, context);
    if (result.kind === 'continue')
      return { replies: result.replies, state: { ...result.state, misses: 0 }, effects: result.effects ?? [] };
    if (result.kind === 'done') return { replies: result.replies, state: null, effects: result.effects ?? [] };
    // An answer that is clearly a different request ("tôi muốn đăng tin tuyển người" at the birth-year question).
    const reading = registry.intents.read(input.text);
    // Help is asked for by /trogiup there: "không hiểu" is better answered by the question again.
    if (
      reading.kind === 'one' &&
      reading.clear &&
      reading.id !== 'help' &&
      registry.intents.get(reading.id)?.feature !== stored.flow
    ) {
      const switched = openIntent(registry, reading.id, input.text, context);
      if (switched) return switched;
    }
    const misses = stored.misses + 1;
    const replies: OutboundMessage[] = [result.reprompt];
    if (misses >= MAX_MISSES)
      replies.push({ text: t(lang, 'engine.third_miss'), choices: menu(context), prompt: t(lang, 'engine.way_out') });
    return { replies, state: { ...stored, misses: misses >= MAX_MISSES ? 0 : misses }, effects: [] };
  }

  const choiceId =
    input.choiceId ?? (input.text && input.lastChoices ? resolveChoice(input.text, input.lastChoices) : null);
  if (choiceId === null && input.text !== null) {
    // Outside any flow, the person's own words: what they ask for, or which of two or three, else the menu.
    const reading = registry.intents.read(input.text);
    if (reading.kind === 'several') return askWhich(registry, reading.ids, context);
    const opened = reading.kind === 'one' ? openIntent(registry, reading.id, input.text, context) : null;
    if (opened) return opened;
  }
  return home(choiceId, input.text);
}
