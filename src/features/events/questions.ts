import type { CommuneMiss } from '../shared/scoped-commune.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { loadGeo } from '../../kernel/geo/index.ts';
import type { QuietHoursRule } from '../../kernel/quiet-hours.ts';
import { audienceFromBreakdown, type AudienceBreakdown } from '../../db/broadcast-audience.ts';
import { formatWhen, groupLabel } from '../broadcast/questions.ts';
import { targetSummary, type TargetPart } from '../broadcast/targets.ts';
import { exampleCommune, type Pick } from '../shared/place.ts';
import { pickLines, quote } from '../shared/place-messages.ts';
import type { OfferedOption } from '../shared/place.ts';
import { eventCard, type EventCardFacts } from './card.ts';
import { ADDRESS, CAPACITY, TITLE } from './data.ts';
import { MAX_EVENT_DAYS, type StartAnswer } from './starts-at.ts';
import { t } from './messages.ts';

/** Every message of /taophien (`events.*`); the area and priority-group questions are /phatsong's own. */
const ask = (lang: Lang, question: string): string => t(lang, 'events.ask', { question });
const withText = (message: OutboundMessage, text: string): OutboundMessage => ({ ...message, text });

export function notOfficial(lang: Lang): OutboundMessage {
  return { text: t(lang, 'events.not_official') };
}

export const KIND_FAIR = 'ev.kind.fair';
export const KIND_ONLINE = 'ev.kind.online';
export const KIND_MEETING = 'ev.kind.meeting';

export function kindChoices(lang: Lang): Choice[] {
  return [
    { id: KIND_FAIR, label: t(lang, 'events.kind.fair') },
    { id: KIND_ONLINE, label: t(lang, 'events.kind.online') },
    { id: KIND_MEETING, label: t(lang, 'events.kind.meeting') },
  ];
}

export function kindQuestion(lang: Lang, miss = false): OutboundMessage {
  return {
    text: t(lang, miss ? 'events.kind.miss' : 'events.kind.text'),
    choices: kindChoices(lang),
    prompt: ask(lang, t(lang, 'events.kind.question')),
  };
}

export function meetingReply(lang: Lang): OutboundMessage {
  return { text: t(lang, 'events.meeting.after') };
}

export function titleQuestion(lang: Lang, miss = false): OutboundMessage {
  const text = miss ? t(lang, 'events.title.miss', TITLE) : t(lang, 'events.title.text');
  return { text, prompt: ask(lang, t(lang, 'events.title.question')) };
}

export function startsQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'events.starts.text'), prompt: ask(lang, t(lang, 'events.starts.question')) };
}

export function startsMiss(lang: Lang, answer: Exclude<StartAnswer, { kind: 'at' }>, typed: string, now: Date) {
  const question = startsQuestion(lang);
  switch (answer.kind) {
    case 'past':
      return withText(question, t(lang, 'events.starts.past', { when: formatWhen(lang, answer.at, now) }));
    case 'too_far':
      return withText(question, t(lang, 'events.starts.too_far', { days: MAX_EVENT_DAYS }));
    case 'no_time':
      return withText(question, t(lang, 'events.starts.no_time'));
    case 'invalid':
      return withText(question, t(lang, 'events.starts.invalid', { typed: quote(typed) }));
  }
}

export function communeQuestion(lang: Lang, scopes: readonly (string | null)[], provinceCode: string | null) {
  const province = provinceCode === null ? undefined : loadGeo().provinceByCode.get(provinceCode);
  if (province)
    return {
      text: t(lang, 'events.commune.in_province', { province: province.name }),
      prompt: ask(lang, t(lang, 'events.commune.question')),
    };
  const scope = scopes[0] ?? null;
  const provinceOfScope = scope === null ? null : (loadGeo().communeByCode.get(scope)?.provinceCode ?? scope);
  const example = provinceOfScope === null ? 'Mèo Vạc' : exampleCommune(provinceOfScope);
  return {
    text: t(lang, 'events.commune.text', { example }),
    prompt: ask(lang, t(lang, 'events.commune.question')),
  };
}

export function communeMiss(lang: Lang, scopes: readonly (string | null)[], miss: CommuneMiss): OutboundMessage {
  const question = communeQuestion(lang, scopes, null);
  if (miss.kind === 'outside') return withText(question, t(lang, 'events.commune.outside', miss));
  return withText(
    question,
    miss.typed === null
      ? t(lang, 'events.commune.miss')
      : t(lang, 'events.commune.not_found', { typed: quote(miss.typed) }),
  );
}

export function placePickQuestion(lang: Lang, pick: Pick, typed: string, options: readonly OfferedOption[]) {
  return {
    text: pickLines(lang, pick, typed).join('\n'),
    choices: [...options],
    prompt: ask(lang, t(lang, 'events.pick.question')),
  };
}

export function placePickMiss(lang: Lang, options: readonly OfferedOption[]): OutboundMessage {
  return {
    text: t(lang, 'events.pick.miss'),
    choices: [...options],
    prompt: ask(lang, t(lang, 'events.pick.question')),
  };
}

export function addressQuestion(lang: Lang, miss = false): OutboundMessage {
  const text = miss ? t(lang, 'events.address.miss', ADDRESS) : t(lang, 'events.address.text');
  return { text, prompt: ask(lang, t(lang, 'events.address.question')) };
}

export function linkQuestion(lang: Lang, miss = false): OutboundMessage {
  return {
    text: t(lang, miss ? 'events.link.miss' : 'events.link.text'),
    prompt: ask(lang, t(lang, 'events.link.question')),
  };
}

export function withTargetsHeading(lang: Lang, question: OutboundMessage): OutboundMessage {
  return withText(question, `${t(lang, 'events.targets.heading')}\n${question.text}`);
}

export const CAPACITY_NONE = 'ev.capacity.none';

export function capacityQuestion(lang: Lang, miss = false): OutboundMessage {
  return {
    text: miss ? t(lang, 'events.capacity.miss', CAPACITY) : t(lang, 'events.capacity.text'),
    choices: [{ id: CAPACITY_NONE, label: t(lang, 'events.capacity.unlimited') }],
    prompt: ask(lang, t(lang, 'events.capacity.question')),
  };
}

// --- confirm and announce -----------------------------------------------------------------------

export interface Plan {
  card: EventCardFacts;
  targets: readonly TargetPart[];
  groups: readonly string[];
  audience: AudienceBreakdown;
  capacity: number | null;
  /** null: now (or when the quiet hours end: `start`). */
  announceAt: Date | null;
}

export const CREATE = 'ev.create';
export const SCHEDULE = 'ev.schedule';
export const CANCEL = 'ev.cancel';

function announceLabel(lang: Lang, announceAt: Date, now: Date): string {
  return announceAt.getTime() <= now.getTime()
    ? t(lang, 'events.confirm.create_now')
    : t(lang, 'events.confirm.create_at', { when: formatWhen(lang, announceAt, now) });
}

export function confirmChoices(lang: Lang, announceAt: Date, now: Date): Choice[] {
  return [
    { id: CREATE, label: announceLabel(lang, announceAt, now) },
    { id: SCHEDULE, label: t(lang, 'events.confirm.schedule') },
    { id: CANCEL, label: t(lang, 'events.confirm.cancel') },
  ];
}

function audienceLine(lang: Lang, plan: Plan): string {
  const count = audienceFromBreakdown(plan.audience, plan.groups);
  const where = targetSummary(lang, plan.targets);
  if (plan.groups.length === 0)
    return t(lang, 'events.confirm.audience', { people: count.people, chats: count.groupChats, where });
  const groups = plan.groups.map((g) => groupLabel(lang, g as never).toLocaleLowerCase('vi')).join(', ');
  return t(lang, 'events.confirm.audience_groups', { people: count.people, groups, where });
}

/** The event card as workers will see it, who it is announced to, and when; `announceAt` is outside quiet hours. */
export function confirmQuestion(lang: Lang, plan: Plan, announceAt: Date, now: Date): OutboundMessage {
  const lines = [
    t(lang, 'events.confirm.heading'),
    '',
    eventCard(lang, plan.card),
    plan.capacity === null
      ? t(lang, 'events.confirm.no_capacity')
      : t(lang, 'events.confirm.capacity', { capacity: plan.capacity }),
    audienceLine(lang, plan),
    announceAt.getTime() <= now.getTime()
      ? t(lang, 'events.confirm.announce_now')
      : t(lang, 'events.confirm.announce_at', { when: formatWhen(lang, announceAt, now) }),
  ];
  return {
    text: lines.join('\n'),
    choices: confirmChoices(lang, announceAt, now),
    prompt: ask(lang, t(lang, 'events.confirm.question')),
  };
}

export function confirmMiss(lang: Lang, plan: Plan, announceAt: Date, now: Date): OutboundMessage {
  return withText(confirmQuestion(lang, plan, announceAt, now), t(lang, 'events.confirm.miss'));
}

function quietText(quiet: QuietHoursRule): string {
  const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return `${hour(quiet.startHour)}–${hour(quiet.endHour)}`;
}

export type AnnounceMiss = { kind: 'invalid' } | { kind: 'quiet'; at: Date } | { kind: 'after_start' };

export function announceQuestion(lang: Lang, quiet: QuietHoursRule): OutboundMessage {
  return {
    text: t(lang, 'events.announce.text', { quiet: quietText(quiet) }),
    prompt: ask(lang, t(lang, 'events.announce.question')),
  };
}

export function announceMiss(lang: Lang, quiet: QuietHoursRule, miss: AnnounceMiss, now: Date): OutboundMessage {
  const question = announceQuestion(lang, quiet);
  switch (miss.kind) {
    case 'invalid':
      return withText(question, t(lang, 'events.announce.invalid'));
    case 'quiet':
      return withText(
        question,
        t(lang, 'events.announce.quiet', { when: formatWhen(lang, miss.at, now), quiet: quietText(quiet) }),
      );
    case 'after_start':
      return withText(question, t(lang, 'events.announce.after_start'));
  }
}

export function doneReply(lang: Lang, announceAt: Date, now: Date): OutboundMessage {
  return {
    text:
      announceAt.getTime() <= now.getTime()
        ? t(lang, 'events.done.now')
        : t(lang, 'events.done.scheduled', { when: formatWhen(lang, announceAt, now) }),
  };
}

export function cancelledReply(lang: Lang): OutboundMessage {
  return { text: t(lang, 'events.cancelled') };
}
