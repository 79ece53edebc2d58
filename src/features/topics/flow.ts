import { withMenu } from '../../engine/home.ts';
import type { BeginHints, Flow, StepResult } from '../../engine/types.ts';
import type { BaseContext } from '../../engine/types.ts';
import { communeTarget } from '../shared/place.ts';
import { t } from './messages.ts';

/**
 * The employment centre's other programmes asked about in a sentence ("vay vốn", "bị nợ lương", "gặp cán bộ"): a
 * short pointer and where to go, from the person's commune when known, with the menu. One message, no state. Pure.
 */
export const TOPICS = ['training', 'job_fair', 'work_problem', 'loan', 'insurance', 'abroad', 'person'] as const;
export type Topic = (typeof TOPICS)[number];

export function isTopic(value: unknown): value is Topic {
  return (TOPICS as readonly unknown[]).includes(value);
}

function whereToGo(context: BaseContext): string {
  const { lang } = context;
  const code = context.profile?.communeCode;
  const place = code ? communeTarget(code) : null;
  return place
    ? t(lang, 'topics.where', { commune: place.commune.name, province: place.province.name })
    : t(lang, 'topics.where_unknown');
}

function answer(context: BaseContext, hints?: BeginHints): StepResult {
  const { lang, menu } = context;
  const topic: Topic = isTopic(hints?.topic) ? hints.topic : 'person';
  const text = [t(lang, `topics.${topic}`), whereToGo(context), t(lang, 'topics.reference')].join('\n');
  return { kind: 'done', replies: [withMenu(lang, menu, text)] };
}

export const topicsFlow: Flow = {
  steps: [],
  begin: answer,
  // Never stored (the answer is one message): a state that names it starts afresh.
  step: (_state, _input, context) => answer(context),
};
