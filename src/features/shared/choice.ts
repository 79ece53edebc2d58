import type { Choice } from '../../kernel/message.ts';
import { resolveChoice } from '../../kernel/choices.ts';
import type { StepInput } from '../../engine/types.ts';

/** A single choice: pressed, typed and mapped by the engine, or (when the engine could not) typed here. */
export function chosen(input: StepInput, choices: readonly Choice[]): string | null {
  const ids = choices.map((c) => c.id);
  if (input.choiceId !== null && ids.includes(input.choiceId)) return input.choiceId;
  const only = input.choiceIds.length === 1 ? input.choiceIds[0] : undefined;
  if (only !== undefined && ids.includes(only)) return only;
  return input.text === null ? null : resolveChoice(input.text, choices);
}
