import { fold } from '../../kernel/fold.ts';
import type { StepInput } from '../../engine/types.ts';
import { chosen } from './choice.ts';
import { districtPick, readChoiceId, resolvePlace, type PendingPick, type Pick } from './place.ts';

/**
 * What a flow should do with an answer to "which commune?" or to the numbered pick that narrows it down —
 * the decisions only; each flow words its own questions. Built on resolvePlace (place.ts):
 *
 *   commune        → take it
 *   province       → ask again for a commune inside that province (the next search stays inside it)
 *   same_province  → the province named again: re-ask (a miss) with an example commune
 *   pick           → numbered choices (`typed` is quoted in the question)
 *   not_found      → a miss quoting what was typed (null: nothing readable was sent)
 *   pick_miss      → a number not in the list, or a photo, at the pick: ask for a number again
 */
export type PlaceOutcome =
  | { kind: 'commune'; code: string }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'same_province' }
  | { kind: 'pick'; pick: Pick; typed: string }
  | { kind: 'not_found'; typed: string | null }
  | { kind: 'pick_miss' };

/** A place typed at the commune question (or typed again instead of picking a number). */
export function placeFromText(text: string | null, provinceCode: string | null): PlaceOutcome {
  if (text === null || fold(text) === '') return { kind: 'not_found', typed: null };
  const answer = resolvePlace(text, provinceCode);
  switch (answer.kind) {
    case 'commune':
      return { kind: 'commune', code: answer.commune.code };
    case 'province':
      return answer.province.code === provinceCode
        ? { kind: 'same_province' }
        : { kind: 'province', provinceCode: answer.province.code };
    case 'pick':
      return { kind: 'pick', pick: answer.pick, typed: text };
    case 'not_found':
      return { kind: 'not_found', typed: text };
  }
}

/** The answer to the commune question: a place button from an earlier list still works; else the text. */
export function placeFromCommuneAnswer(input: StepInput, provinceCode: string | null): PlaceOutcome {
  if (input.choiceId?.startsWith('geo.')) {
    const target = readChoiceId(input.choiceId);
    if (target.kind === 'commune') return { kind: 'commune', code: target.commune.code };
  }
  return placeFromText(input.text, provinceCode);
}

/**
 * The answer to a pick: a number or label of `pending`, a place button, or words (a new place name, searched
 * again). A chosen former district comes back as a new pick of its communes.
 */
export function placeFromPickAnswer(
  input: StepInput,
  pending: PendingPick | null,
  provinceCode: string | null,
): PlaceOutcome {
  const options = pending?.options ?? [];
  const id = chosen(input, options) ?? (input.choiceId?.startsWith('geo.') ? input.choiceId : null);
  if (id === null) {
    // A number that is not in the list is a miss; words are a new place name.
    if (input.text === null || /^\s*\d+\s*$/.test(fold(input.text))) return { kind: 'pick_miss' };
    return placeFromText(input.text, provinceCode);
  }
  const target = readChoiceId(id);
  switch (target.kind) {
    case 'commune':
      return { kind: 'commune', code: target.commune.code };
    case 'province':
      return { kind: 'province', provinceCode: target.province.code };
    case 'district': {
      const district = pending?.districts[target.index];
      if (district === undefined) return { kind: 'pick_miss' };
      return { kind: 'pick', pick: districtPick(district), typed: district.name };
    }
    case 'unknown':
      return { kind: 'pick_miss' };
  }
}
