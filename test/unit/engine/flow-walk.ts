import type { Choice, OutboundMessage } from '../../../src/kernel/message.ts';
import { resolveChoice, resolveChoices } from '../../../src/kernel/choices.ts';
import type { Registry } from '../../../src/engine/registry.ts';
import type { BaseContext, EffectRequest, Flow, FlowState, StepInput, StepResult } from '../../../src/engine/types.ts';

/**
 * Walking a flow as the engine drives it, for table tests: a typed answer is mapped to the choices last shown
 * with the engine's own functions ("2" → one id, "1 4" → several, a label → its id); misses are counted.
 */

/** A context with any feature's fields, for tests that drive several features' flows with one persona. */
// biome-ignore lint/suspicious/noExplicitAny: each flow checks its own fields at run time in these walks
export type AnyFlowContext = BaseContext & { [field: string]: any };

/** A typed answer, a button press (Telegram), or a non-text message ({ text: null }). */
export type Answer = string | { choiceId: string } | { text: null };

export function engineInput(answer: Answer, shown: readonly Choice[]): StepInput {
  if (typeof answer !== 'string') {
    return 'choiceId' in answer
      ? { text: null, choiceId: answer.choiceId, choiceIds: [answer.choiceId] }
      : { text: null, choiceId: null, choiceIds: [] };
  }
  return { text: answer, choiceId: resolveChoice(answer, shown), choiceIds: resolveChoices(answer, shown) };
}

export interface Walk<E extends EffectRequest = EffectRequest> {
  /** Every result, begin first. */
  results: StepResult<E>[];
  final: StepResult<E>;
  /** The effects of every step, in order (the engine applies each step's effects). */
  effects: E[];
  /** Every message the person saw. */
  messages: OutboundMessage[];
  state: FlowState | null;
  /** Messages the person sent: the command that opened the flow and every answer. */
  sent: number;
}

/** A message as Zalo shows it: the text, the numbered choices, the prompt. */
export function render(message: OutboundMessage): string {
  const choices = (message.choices ?? []).map((c, i) => `${i + 1}. ${c.label}`).join('\n');
  return [message.text, choices, message.prompt ?? ''].filter((part) => part !== '').join('\n');
}

export function walkFlow<C extends object, E extends EffectRequest>(
  flow: Flow<C, E>,
  script: readonly Answer[],
  context: BaseContext & C,
): Walk<E> {
  const results: StepResult<E>[] = [];
  const effects: E[] = [];
  const messages: OutboundMessage[] = [];
  let state: FlowState | null = null;
  let shown: readonly Choice[] = [];
  const take = (result: StepResult<E>): void => {
    results.push(result);
    if (result.kind === 'miss') {
      messages.push(result.reprompt);
      shown = result.reprompt.choices ?? [];
      if (state) state = { ...state, misses: state.misses + 1 };
      return;
    }
    messages.push(...result.replies);
    effects.push(...(result.effects ?? []));
    shown = result.replies.at(-1)?.choices ?? [];
    state = result.kind === 'continue' ? result.state : null;
  };
  take(flow.begin(context));
  for (const answer of script) {
    if (state === null) throw new Error(`the flow ended before the answer ${JSON.stringify(answer)}`);
    const current: FlowState = state;
    take(flow.step(current, engineInput(answer, shown), context));
  }
  const final = results.at(-1);
  if (final === undefined) throw new Error('no result');
  return { results, final, effects, messages, state, sent: 1 + script.length };
}

export function lastMessage(w: Walk<EffectRequest>): OutboundMessage {
  const message = w.messages.at(-1);
  if (message === undefined) throw new Error('no message');
  return message;
}

/** The registry's flows by feature name, for tests that go through every flow. */
export function flowsByName(registry: Registry): Readonly<Record<string, Flow<AnyFlowContext>>> {
  return Object.fromEntries(
    registry.features.flatMap((feature) => (feature.flow ? [[feature.name, feature.flow]] : [])),
  );
}
