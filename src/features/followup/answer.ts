import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import type { Emits } from './context.ts';
import type { Resumption } from '../../engine/feature.ts';
import { welcome } from '../../engine/home.ts';
import type { Flow } from '../../engine/types.ts';

/**
 * "Bạn đã được nhận vào làm «…» chưa?" — the 7-day follow-up after "Quan tâm" (src/messaging/schedule/followups.ts).
 * Its choices carry the application id ("followup.hired.42"); the delivery stores them as the chat's last choices, so a
 * pressed button or a typed "1" answers from anywhere, in a flow or not (the engine checks them before the active
 * flow's step, like menu choices). The answer is written by the record_followup effect, only for the person's own
 * application (src/features/followup/). Pure.
 */
export const FOLLOWUP_ANSWERS = ['hired', 'not_hired', 'waiting'] as const;
export type FollowupAnswer = (typeof FOLLOWUP_ANSWERS)[number];

export function followupChoiceId(answer: FollowupAnswer, applicationId: number): string {
  return `followup.${answer}.${applicationId}`;
}

export function parseFollowupChoice(
  choiceId: string | null | undefined,
): { answer: FollowupAnswer; applicationId: number } | null {
  const match = /^followup\.(hired|not_hired|waiting)\.(\d{1,15})$/.exec(choiceId ?? '');
  if (!match) return null;
  return { answer: match[1] as FollowupAnswer, applicationId: Number(match[2]) };
}

/** The question's choices, in this order: 1 hired, 2 not (yet), 3 still waiting. */
export function followupChoices(lang: Lang, applicationId: number): Choice[] {
  return FOLLOWUP_ANSWERS.map((answer) => ({
    id: followupChoiceId(answer, applicationId),
    label: t(lang, `followup.choice.${answer}`),
  }));
}

/** The reply to an answer and the write it asks for; null when the choice is not a follow-up answer. */
export function answerFollowup(
  choiceId: string | null,
  lang: Lang,
): { replies: OutboundMessage[]; effects: Emits[] } | null {
  const parsed = parseFollowupChoice(choiceId);
  if (!parsed) return null;
  const effects: Emits[] = [{ kind: 'record_followup', applicationId: parsed.applicationId, answer: parsed.answer }];
  switch (parsed.answer) {
    case 'hired':
      return { replies: [{ text: `${t(lang, 'followup.thanks.hired')}\n${t(lang, 'followup.no_fee')}` }], effects };
    case 'not_hired':
      return {
        replies: [
          {
            text: t(lang, 'followup.thanks.not_hired'),
            choices: [{ id: 'menu.search', label: t(lang, 'followup.search_again') }],
            prompt: t(lang, 'home.reply_with_number'),
          },
        ],
        effects,
      };
    case 'waiting':
      return { replies: [{ text: t(lang, 'followup.thanks.waiting') }], effects };
  }
}

export const FOLLOWUP_FLOW = 'followup';
const ANSWER_STEP = 'answer';

/**
 * The follow-up has no conversation of its own: its question arrives as a notification, and an answer to it (from
 * anywhere, in a flow or not) runs this one step, which thanks the person and records the answer.
 */
export const followupFlow: Flow<object, Emits> = {
  steps: [ANSWER_STEP],
  begin: ({ lang, menu }) => ({ kind: 'done', replies: [welcome(lang, menu)] }),
  step(_state, input, { lang, menu }) {
    const answer = answerFollowup(input.choiceId, lang);
    return answer ? { kind: 'done', ...answer } : { kind: 'done', replies: [welcome(lang, menu)] };
  },
};

/** Where a pressed or typed answer to the question runs: the answer step, with the choice as its input. */
export function followupAnswerAt(choiceId: string): Resumption | null {
  if (!parseFollowupChoice(choiceId)) return null;
  return {
    state: { flow: FOLLOWUP_FLOW, step: ANSWER_STEP, data: {}, misses: 0 },
    input: { text: null, choiceId, choiceIds: [choiceId] },
  };
}
