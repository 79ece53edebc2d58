import type { Lang } from '../../kernel/i18n/index.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import { areaName } from '../broadcast/questions.ts';
import { withinScope } from '../broadcast/targets.ts';
import type { PlaceOutcome } from './place-answer.ts';
import { communeLabel, type OfferedOption, type PendingPick, type Pick } from './place.ts';
import { pickOptions } from './place-messages.ts';

/**
 * An official's answer to "which commune?" (where a fair is held, where a village meeting took place): the shared
 * place search, then the commune must lie within one of the official's areas. Each feature words its own questions;
 * the steps and what they keep are the same. Pure.
 */
export type CommuneMiss =
  | { kind: 'not_found'; typed: string | null }
  | { kind: 'outside'; place: string; area: string };

export interface ScopedCommuneQuestions {
  communeQuestion(lang: Lang, scopes: readonly (string | null)[], provinceCode: string | null): OutboundMessage;
  communeMiss(lang: Lang, scopes: readonly (string | null)[], miss: CommuneMiss): OutboundMessage;
  placePickQuestion(lang: Lang, pick: Pick, typed: string, options: readonly OfferedOption[]): OutboundMessage;
  placePickMiss(lang: Lang, options: readonly OfferedOption[]): OutboundMessage;
}

export interface CommuneFields {
  communeCode: string | null;
  provinceCode: string | null;
  placePick: PendingPick | null;
}

export type ScopedCommuneAnswer<D> =
  /** A commune within scope: on to the next question. */
  | { kind: 'answered'; data: D }
  /** Asked again at this step (a province named, a pick offered). */
  | { kind: 'ask'; step: 'commune' | 'commune_pick'; data: D; message: OutboundMessage }
  | { kind: 'miss'; message: OutboundMessage };

export function answerScopedCommune<D extends CommuneFields>(
  data: D,
  outcome: PlaceOutcome,
  lang: Lang,
  scopes: readonly (string | null)[],
  q: ScopedCommuneQuestions,
): ScopedCommuneAnswer<D> {
  switch (outcome.kind) {
    case 'commune':
      if (!scopes.some((scope) => withinScope(outcome.code, scope))) {
        const miss = { kind: 'outside', place: communeLabel(outcome.code), area: areaName(lang, scopes) } as const;
        return { kind: 'miss', message: q.communeMiss(lang, scopes, miss) };
      }
      return { kind: 'answered', data: { ...data, communeCode: outcome.code, provinceCode: null, placePick: null } };
    case 'province': {
      const next = { ...data, provinceCode: outcome.provinceCode, placePick: null };
      return {
        kind: 'ask',
        step: 'commune',
        data: next,
        message: q.communeQuestion(lang, scopes, outcome.provinceCode),
      };
    }
    case 'same_province':
      return { kind: 'miss', message: q.communeQuestion(lang, scopes, data.provinceCode) };
    case 'pick': {
      const options = pickOptions(lang, outcome.pick);
      const next = { ...data, placePick: { options, districts: outcome.pick.districts } };
      const message = q.placePickQuestion(lang, outcome.pick, outcome.typed, options);
      return { kind: 'ask', step: 'commune_pick', data: next, message };
    }
    case 'not_found':
      return { kind: 'miss', message: q.communeMiss(lang, scopes, { kind: 'not_found', typed: outcome.typed }) };
    case 'pick_miss':
      return { kind: 'miss', message: q.placePickMiss(lang, data.placePick?.options ?? []) };
  }
}
