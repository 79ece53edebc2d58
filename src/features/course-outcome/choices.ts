import type { Lang } from '../../kernel/i18n/index.ts';
import type { Choice } from '../../kernel/message.ts';
import { t } from './messages.ts';

/**
 * The answers of the learner's two questions, by enrolment id: "add the trade to your profile?" after completion
 * ("ctrade.yes.42" / "ctrade.no.42") and "do you work in the trade?" 60 days later ("cwork.yes.42" /
 * "cwork.no.42"). The delivery keeps them as the chat's last choices, so a typed "1" answers from anywhere.
 */
export type OutcomeQuestion = 'trade' | 'works';
export interface OutcomeAnswer {
  question: OutcomeQuestion;
  yes: boolean;
  enrolmentId: number;
}

const PREFIX: Record<OutcomeQuestion, string> = { trade: 'ctrade', works: 'cwork' };

export function outcomeChoiceId(question: OutcomeQuestion, yes: boolean, enrolmentId: number): string {
  return `${PREFIX[question]}.${yes ? 'yes' : 'no'}.${enrolmentId}`;
}

export function parseOutcomeChoice(choiceId: string | null | undefined): OutcomeAnswer | null {
  const match = /^(ctrade|cwork)\.(yes|no)\.(\d{1,15})$/.exec(choiceId ?? '');
  if (!match) return null;
  const enrolmentId = Number(match[3]);
  if (!Number.isSafeInteger(enrolmentId) || enrolmentId <= 0) return null;
  return { question: match[1] === 'ctrade' ? 'trade' : 'works', yes: match[2] === 'yes', enrolmentId };
}

/** 1. Có 2. Không (trade) or 1. Có 2. Chưa (works). */
export function outcomeChoices(lang: Lang, question: OutcomeQuestion, enrolmentId: number): Choice[] {
  return [
    {
      id: outcomeChoiceId(question, true, enrolmentId),
      label: t(lang, question === 'trade' ? 'course_outcome.yes' : 'course_outcome.works_yes'),
    },
    {
      id: outcomeChoiceId(question, false, enrolmentId),
      label: t(lang, question === 'trade' ? 'course_outcome.no' : 'course_outcome.works_no'),
    },
  ];
}
