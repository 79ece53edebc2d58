import type { CommuneMiss } from '../shared/scoped-commune.ts';
import { formatDate, formatNumber, type Lang } from '../../kernel/i18n/index.ts';
import { loadGeo } from '../../kernel/geo/index.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { exampleCommune, type OfferedOption, type Pick } from '../shared/place.ts';
import { pickLines, quote } from '../shared/place-messages.ts';
import { communeLabel } from '../shared/place.ts';
import { ATTENDEES, VILLAGE, type MeetingsData } from './data.ts';
import { MAX_MEETING_AGE_DAYS, meetingStartsAt, type MeetingDayAnswer } from './meeting-day.ts';
import { t } from './messages.ts';
import { topicChoices, topicLabel } from './topics.ts';

/** Every message of /hopthon (`event_meetings.*`). */
const ask = (lang: Lang, question: string): string => t(lang, 'event_meetings.ask', { question });
const withText = (message: OutboundMessage, text: string): OutboundMessage => ({ ...message, text });

export function notOfficial(lang: Lang): OutboundMessage {
  return { text: t(lang, 'event_meetings.not_official') };
}

export function communeQuestion(lang: Lang, scopes: readonly (string | null)[], provinceCode: string | null) {
  const prompt = ask(lang, t(lang, 'event_meetings.commune.question'));
  const province = provinceCode === null ? undefined : loadGeo().provinceByCode.get(provinceCode);
  if (province) return { text: t(lang, 'event_meetings.commune.in_province', { province: province.name }), prompt };
  const scope = scopes[0] ?? null;
  const provinceOfScope = scope === null ? null : (loadGeo().communeByCode.get(scope)?.provinceCode ?? scope);
  const example = provinceOfScope === null ? 'Mèo Vạc' : exampleCommune(provinceOfScope);
  return { text: t(lang, 'event_meetings.commune.text', { example }), prompt };
}

export function communeMiss(lang: Lang, scopes: readonly (string | null)[], miss: CommuneMiss): OutboundMessage {
  const question = communeQuestion(lang, scopes, null);
  if (miss.kind === 'outside') return withText(question, t(lang, 'event_meetings.commune.outside', miss));
  return withText(
    question,
    miss.typed === null
      ? t(lang, 'event_meetings.commune.miss')
      : t(lang, 'event_meetings.commune.not_found', { typed: quote(miss.typed) }),
  );
}

export function placePickQuestion(lang: Lang, pick: Pick, typed: string, options: readonly OfferedOption[]) {
  return {
    text: pickLines(lang, pick, typed).join('\n'),
    choices: [...options],
    prompt: ask(lang, t(lang, 'event_meetings.pick.question')),
  };
}

export function placePickMiss(lang: Lang, options: readonly OfferedOption[]): OutboundMessage {
  return {
    text: t(lang, 'event_meetings.pick.miss'),
    choices: [...options],
    prompt: ask(lang, t(lang, 'event_meetings.pick.question')),
  };
}

export function villageQuestion(lang: Lang, miss = false): OutboundMessage {
  const text = miss ? t(lang, 'event_meetings.village.miss', VILLAGE) : t(lang, 'event_meetings.village.text');
  return { text, prompt: ask(lang, t(lang, 'event_meetings.village.question')) };
}

export const DAY_TODAY = 'mt.day.today';
export const DAY_YESTERDAY = 'mt.day.yesterday';

export function dayChoices(lang: Lang): Choice[] {
  return [
    { id: DAY_TODAY, label: t(lang, 'event_meetings.day.today') },
    { id: DAY_YESTERDAY, label: t(lang, 'event_meetings.day.yesterday') },
  ];
}

export function dayQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'event_meetings.day.text'),
    choices: dayChoices(lang),
    prompt: ask(lang, t(lang, 'event_meetings.day.question')),
  };
}

export function dayMiss(lang: Lang, answer: Exclude<MeetingDayAnswer, { kind: 'day' }>, typed: string) {
  const question = dayQuestion(lang);
  switch (answer.kind) {
    case 'future':
      return withText(
        question,
        t(lang, 'event_meetings.day.future', { date: formatDate(lang, meetingStartsAt(answer.day)) }),
      );
    case 'too_old':
      return withText(question, t(lang, 'event_meetings.day.too_old', { days: MAX_MEETING_AGE_DAYS }));
    case 'invalid':
      return withText(question, t(lang, 'event_meetings.day.invalid', { typed: quote(typed) }));
  }
}

export function attendeesQuestion(lang: Lang, miss = false): OutboundMessage {
  const text = miss ? t(lang, 'event_meetings.attendees.miss', ATTENDEES) : t(lang, 'event_meetings.attendees.text');
  return { text, prompt: ask(lang, t(lang, 'event_meetings.attendees.question')) };
}

export function topicsQuestion(lang: Lang, miss = false): OutboundMessage {
  return {
    text: t(lang, miss ? 'event_meetings.topics.miss' : 'event_meetings.topics.text'),
    choices: topicChoices(lang),
    prompt: ask(lang, t(lang, 'event_meetings.topics.question')),
  };
}

export const SAVE = 'mt.save';
export const CANCEL = 'mt.cancel';

export function confirmChoices(lang: Lang): Choice[] {
  return [
    { id: SAVE, label: t(lang, 'event_meetings.confirm.save') },
    { id: CANCEL, label: t(lang, 'event_meetings.confirm.cancel') },
  ];
}

/** Every answer is there when the confirm step is reached (the flow checks it). */
export type Complete = MeetingsData & { communeCode: string; village: string; day: string; attendees: number };

export function confirmQuestion(lang: Lang, data: Complete, miss = false): OutboundMessage {
  const lines = [
    miss ? t(lang, 'event_meetings.confirm.miss') : t(lang, 'event_meetings.confirm.heading'),
    '',
    t(lang, 'event_meetings.confirm.village', { village: data.village, commune: communeLabel(data.communeCode) }),
    t(lang, 'event_meetings.confirm.day', { date: formatDate(lang, meetingStartsAt(data.day)) }),
    t(lang, 'event_meetings.confirm.attendees', { attendees: formatNumber(lang, data.attendees, 0) }),
    t(lang, 'event_meetings.confirm.topics', { topics: data.topics.map((tp) => topicLabel(lang, tp)).join(', ') }),
  ];
  return {
    text: lines.join('\n'),
    choices: confirmChoices(lang),
    prompt: ask(lang, t(lang, 'event_meetings.confirm.question')),
  };
}

export function savedReply(lang: Lang, village: string): OutboundMessage {
  return { text: t(lang, 'event_meetings.saved', { village }) };
}

export function cancelledReply(lang: Lang): OutboundMessage {
  return { text: t(lang, 'event_meetings.cancelled') };
}
