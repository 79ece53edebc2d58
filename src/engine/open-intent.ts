import { t } from '../kernel/i18n/index.ts';
import type { Choice, OutboundMessage } from '../kernel/message.ts';
import { help, welcome } from './home.ts';
import { intentChoiceId } from './intents.ts';
import type { Registry } from './registry.ts';
import type { BaseContext, BeginHints, EffectRequest, FlowState, StepResult } from './types.ts';

/**
 * Doing what a person asked for in their own words (src/engine/intents.ts): open the feature of the intent with
 * what the words already say, ask which one when two or three read alike, and confirm before stopping every message
 * (a button press or the word STOP stops at once; a sentence might not mean it). Pure.
 */
export interface IntentDecision {
  replies: OutboundMessage[];
  state: FlowState | null;
  effects: EffectRequest[];
}

export const STOP_YES = 'intent.stop.yes';
export const STOP_NO = 'intent.stop.no';

export function settle(result: StepResult): IntentDecision {
  if (result.kind === 'continue')
    return { replies: result.replies, state: result.state, effects: result.effects ?? [] };
  if (result.kind === 'done') return { replies: result.replies, state: null, effects: result.effects ?? [] };
  return { replies: [result.reprompt], state: null, effects: [] };
}

/** The feature an intent opens for this person, with what the words say; null for the engine's own or unknown. */
export interface IntentTarget {
  feature: string;
  hints: BeginHints | undefined;
}

/**
 * The feature an intent opens, with what the words say; null for the engine's own or an unknown one. Without the
 * context (before the person's record is read) it is the declaring feature, whose data the engine loads early.
 */
export function intentTarget(
  registry: Registry,
  id: string,
  text: string | null,
  context: BaseContext | null,
): IntentTarget | null {
  const entry = registry.intents.get(id);
  if (!entry?.feature) return null;
  const feature = (context && entry.intent.instead?.(context)) || entry.feature;
  return { feature, hints: text !== null ? entry.intent.hints?.(text) : undefined };
}

export function openIntent(
  registry: Registry,
  id: string,
  text: string | null,
  context: BaseContext,
): IntentDecision | null {
  const { lang, menu } = context;
  if (id === 'stop') {
    const choices: Choice[] = [
      { id: STOP_YES, label: t(lang, 'intent.stop_yes') },
      { id: STOP_NO, label: t(lang, 'intent.stop_no') },
    ];
    return {
      replies: [{ text: t(lang, 'intent.stop_confirm'), choices, prompt: t(lang, 'home.reply_with_number') }],
      state: null,
      effects: [],
    };
  }
  if (id === 'help') {
    const commands = registry.commandGroups(context.audiences ?? ['worker']);
    return { replies: [help(lang, menu, commands)], state: null, effects: [] };
  }
  const target = intentTarget(registry, id, text, context);
  const flow = target ? registry.flow(target.feature) : undefined;
  return target && flow ? settle(flow.begin(context, target.hints)) : null;
}

/** Two or three intents read alike: which one, by number (each choice opens its feature as if asked clearly). */
export function askWhich(registry: Registry, ids: readonly string[], context: BaseContext): IntentDecision {
  const { lang } = context;
  const choices = ids.flatMap((id) => {
    const entry = registry.intents.get(id);
    return entry ? [{ id: intentChoiceId(id), label: entry.label(lang) }] : [];
  });
  return {
    replies: [{ text: t(lang, 'intent.which'), choices, prompt: t(lang, 'intent.which_prompt') }],
    state: null,
    effects: [],
  };
}

/** "Không" to the stop confirmation: nothing changes, and the menu. */
export function keptMessages(context: BaseContext): IntentDecision {
  const { lang, menu } = context;
  return { replies: [{ ...welcome(lang, menu), text: t(lang, 'intent.stop_kept') }], state: null, effects: [] };
}

/**
 * The feature a message's words ask for, before the person's record is read (the engine loads its data alongside):
 * only for a clear or single reading and no choice pressed. The person's flow decides later whether it opens.
 */
export function intendedFeature(registry: Registry, text: string | null, choiceId: string | null): IntentTarget | null {
  if (choiceId !== null) return null;
  const reading = registry.intents.read(text);
  return reading.kind === 'one' ? intentTarget(registry, reading.id, text, null) : null;
}
