import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import { PRIORITY_GROUPS, type PriorityGroup } from '../../kernel/priority-groups.ts';
import type { AudienceCount } from '../../db/broadcast-audience.ts';
import { loadGeo } from '../../kernel/geo/index.ts';
import { quote } from '../shared/place-messages.ts';
import { exampleCommune } from '../shared/place.ts';
import { TEXT_MAX } from './data.ts';
import {
  areaChoices,
  MAX_NAMES,
  regionName,
  targetSummary,
  type NameOutcome,
  type PendingPick,
  type TargetPart,
} from './targets.ts';
import type { QuietHoursRule } from '../../kernel/quiet-hours.ts';
import { vietnamDaysBetween } from '../../kernel/time.ts';
import { clock, dayMonth, MAX_SCHEDULE_DAYS, nextMorning, startOfSending } from './when.ts';

/**
 * Every message of the broadcast wizard, from the catalogue (`broadcast.*`). Each question: a short text, numbered
 * choices where the answers are fixed, and the question as the last line with the way out.
 */
export const ask = (lang: Lang, question: string): string => t(lang, 'broadcast.ask', { question });
const withText = (message: OutboundMessage, text: string): OutboundMessage => ({ ...message, text });
const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
/** The configured quiet hours as people read them, "21:00–07:00"; null when there are none (QUIET_HOURS=off). */
function quietText(quiet: QuietHoursRule): string | null {
  if (quiet.startHour === quiet.endHour) return null;
  const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return `${hour(quiet.startHour)}–${hour(quiet.endHour)}`;
}

/** The broadcast as recipients see it (the fan-out renders it with this too). */
export function broadcastMessageText(lang: Lang, text: string): string {
  return `${t(lang, 'broadcast.message.heading')}\n${text}`;
}

/** "07:30 hôm nay", "07:30 ngày mai (21/11)", "08:00 ngày 25/12". */
export function formatWhen(lang: Lang, at: Date, now: Date): string {
  const days = vietnamDaysBetween(now, at);
  if (days === 0) return t(lang, 'broadcast.when.today', { time: clock(at) });
  if (days === 1) return t(lang, 'broadcast.when.tomorrow', { time: clock(at), date: dayMonth(at) });
  return t(lang, 'broadcast.when.on', { time: clock(at), date: dayMonth(at) });
}

export function notOfficial(lang: Lang): OutboundMessage {
  return { text: t(lang, 'broadcast.not_official') };
}

// --- text ---------------------------------------------------------------------------------------

export function textQuestion(lang: Lang, first: boolean): OutboundMessage {
  const text = first
    ? `${t(lang, 'broadcast.intro')}\n${t(lang, 'broadcast.text.text', { max: TEXT_MAX })}`
    : t(lang, 'broadcast.text.text', { max: TEXT_MAX });
  return { text, prompt: ask(lang, t(lang, 'broadcast.text.question')) };
}

export function textMiss(lang: Lang, length: number | null): OutboundMessage {
  const text =
    length === null ? t(lang, 'broadcast.text.miss') : t(lang, 'broadcast.text.too_long', { length, max: TEXT_MAX });
  return withText(textQuestion(lang, false), text);
}

/** How the text will look to recipients, before the next question. */
export function lookMessage(lang: Lang, text: string): OutboundMessage {
  return { text: `${t(lang, 'broadcast.look')}\n\n${broadcastMessageText(lang, text)}` };
}

// --- targets ------------------------------------------------------------------------------------

function exampleNames(scopes: readonly (string | null)[]): string {
  const geo = loadGeo();
  const scope = scopes[0] ?? null;
  if (scope === null) return 'Mèo Vạc, Đồng Văn';
  const commune = geo.communeByCode.get(scope);
  if (commune) return commune.bareName;
  const names = (geo.communesByProvince.get(scope) ?? [])
    .filter((c) => !/\d/.test(c.bareName))
    .slice(0, 2)
    .map((c) => c.bareName);
  return names.length > 0 ? names.join(', ') : exampleCommune(scope);
}

export function areaName(lang: Lang, scopes: readonly (string | null)[]): string {
  return scopes.map((scope) => regionName(lang, scope)).join(', ');
}

export function targetChoices(lang: Lang, scopes: readonly (string | null)[]): Choice[] {
  return areaChoices(lang, scopes).map(({ id, label }) => ({ id, label }));
}

export function targetsQuestion(lang: Lang, scopes: readonly (string | null)[]): OutboundMessage {
  return {
    text: t(lang, 'broadcast.targets.text', { example: exampleNames(scopes) }),
    choices: targetChoices(lang, scopes),
    prompt: ask(lang, t(lang, 'broadcast.targets.question')),
  };
}

export type TargetsMiss =
  | Extract<NameOutcome, { kind: 'outside' | 'not_found' }>
  | { kind: 'too_many' }
  | { kind: 'empty' };

export function targetsMiss(lang: Lang, scopes: readonly (string | null)[], miss: TargetsMiss): OutboundMessage {
  const question = targetsQuestion(lang, scopes);
  const example = exampleNames(scopes);
  switch (miss.kind) {
    case 'outside':
      return withText(
        question,
        t(lang, 'broadcast.targets.outside', { place: miss.place, area: areaName(lang, scopes) }),
      );
    case 'not_found':
      return withText(question, t(lang, 'broadcast.targets.not_found', { typed: quote(miss.typed), example }));
    case 'too_many':
      return withText(question, t(lang, 'broadcast.targets.too_many', { max: MAX_NAMES }));
    case 'empty':
      return withText(question, t(lang, 'broadcast.targets.miss', { example }));
  }
}

/** Targets spread over two of the official's areas: one broadcast stays within one. */
export function oneAreaText(lang: Lang): string {
  return t(lang, 'broadcast.targets.one_area');
}

export function pickQuestion(lang: Lang, pick: PendingPick): OutboundMessage {
  const text =
    pick.reason === 'fuzzy'
      ? t(lang, 'broadcast.pick.fuzzy', { typed: quote(pick.typed) })
      : t(lang, 'broadcast.pick.several', { typed: quote(pick.typed) });
  return {
    text,
    choices: pick.options.map(({ id, label }) => ({ id, label })),
    prompt: ask(lang, t(lang, 'broadcast.pick.question')),
  };
}

export function pickMiss(lang: Lang, pick: PendingPick): OutboundMessage {
  return withText(pickQuestion(lang, pick), t(lang, 'broadcast.pick.miss'));
}

// --- priority groups ----------------------------------------------------------------------------

export const GROUP_PREFIX = 'bc.group.';
export const GROUPS_NONE = 'bc.group.none';

export function groupLabel(lang: Lang, group: PriorityGroup): string {
  return t(lang, `broadcast.group.${group}`);
}

export function groupChoices(lang: Lang): Choice[] {
  return [
    ...PRIORITY_GROUPS.map((g) => ({ id: `${GROUP_PREFIX}${g}`, label: groupLabel(lang, g) })),
    { id: GROUPS_NONE, label: t(lang, 'broadcast.groups.none') },
  ];
}

export function groupsQuestion(lang: Lang, targets: readonly TargetPart[]): OutboundMessage {
  return {
    text: `${t(lang, 'broadcast.groups.where', { where: targetSummary(lang, targets) })}\n${t(lang, 'broadcast.groups.text')}`,
    choices: groupChoices(lang),
    prompt: ask(lang, t(lang, 'broadcast.groups.question', { skip: PRIORITY_GROUPS.length + 1 })),
  };
}

export function groupsMiss(lang: Lang, targets: readonly TargetPart[]): OutboundMessage {
  return withText(
    groupsQuestion(lang, targets),
    t(lang, 'broadcast.groups.miss', { skip: PRIORITY_GROUPS.length + 1 }),
  );
}

// --- preview, time, confirm ---------------------------------------------------------------------

export interface Plan {
  text: string;
  targets: readonly TargetPart[];
  groups: readonly PriorityGroup[];
  audience: AudienceCount;
}

function audienceLine(lang: Lang, plan: Plan): string {
  const where = targetSummary(lang, plan.targets);
  const line =
    plan.groups.length > 0
      ? t(lang, 'broadcast.audience.groups', {
          people: plan.audience.people,
          where,
          groups: plan.groups.map((g) => lowerFirst(groupLabel(lang, g))).join(', '),
        })
      : t(lang, 'broadcast.audience.all', { people: plan.audience.people, chats: plan.audience.groupChats, where });
  return plan.audience.people + plan.audience.groupChats === 0
    ? `${line}\n${t(lang, 'broadcast.audience.none')}`
    : line;
}

export const PREVIEW_SEND = 'bc.send';
export const PREVIEW_SCHEDULE = 'bc.schedule';
export const EDIT_TEXT = 'bc.edit.text';
export const EDIT_TARGETS = 'bc.edit.targets';
export const CHANGE_TIME = 'bc.edit.time';
export const CANCEL = 'bc.cancel';

export function previewChoices(lang: Lang, now: Date, quiet: QuietHoursRule): Choice[] {
  const start = startOfSending(now, quiet);
  return [
    {
      id: PREVIEW_SEND,
      label:
        start.getTime() === now.getTime()
          ? t(lang, 'broadcast.preview.send_now')
          : t(lang, 'broadcast.preview.send_at', { when: formatWhen(lang, start, now) }),
    },
    { id: PREVIEW_SCHEDULE, label: t(lang, 'broadcast.preview.schedule') },
    { id: EDIT_TEXT, label: t(lang, 'broadcast.edit_text') },
    { id: EDIT_TARGETS, label: t(lang, 'broadcast.preview.edit_targets') },
    { id: CANCEL, label: t(lang, 'broadcast.cancel') },
  ];
}

export function previewQuestion(lang: Lang, plan: Plan, now: Date, quiet: QuietHoursRule): OutboundMessage {
  const start = startOfSending(now, quiet);
  const time =
    start.getTime() === now.getTime()
      ? t(lang, 'broadcast.time.now')
      : t(lang, 'broadcast.time.quiet_now', { quiet: quietText(quiet) ?? '', when: formatWhen(lang, start, now) });
  return {
    text: [
      t(lang, 'broadcast.preview.heading'),
      '',
      broadcastMessageText(lang, plan.text),
      '',
      audienceLine(lang, plan),
      time,
    ].join('\n'),
    choices: previewChoices(lang, now, quiet),
    prompt: ask(lang, t(lang, 'broadcast.preview.question')),
  };
}

export function previewMiss(lang: Lang, plan: Plan, now: Date, quiet: QuietHoursRule): OutboundMessage {
  return withText(previewQuestion(lang, plan, now, quiet), t(lang, 'broadcast.preview.miss'));
}

export const WHEN_NOW = 'bc.when.now';
export const WHEN_AT_PREFIX = 'bc.when.at.';
/** A time offered as a choice carries its minute since the epoch: "bc.when.at.29876543". */
export const whenAtId = (at: Date): string => `${WHEN_AT_PREFIX}${Math.floor(at.getTime() / 60_000)}`;

export function whenChoices(lang: Lang, now: Date, quiet: QuietHoursRule): Choice[] {
  const morning = nextMorning(now, quiet);
  return [
    { id: WHEN_NOW, label: t(lang, 'broadcast.preview.send_now') },
    { id: whenAtId(morning), label: formatWhen(lang, morning, now) },
  ];
}

export function whenQuestion(lang: Lang, now: Date, quiet: QuietHoursRule): OutboundMessage {
  const hours = quietText(quiet);
  const text =
    hours === null ? t(lang, 'broadcast.when.text_any_time') : t(lang, 'broadcast.when.text', { quiet: hours });
  return { text, choices: whenChoices(lang, now, quiet), prompt: ask(lang, t(lang, 'broadcast.when.question')) };
}

export type WhenMiss =
  | { kind: 'invalid'; typed: string | null }
  | { kind: 'no_time' }
  | { kind: 'past'; at: Date }
  | { kind: 'too_far' }
  | { kind: 'quiet'; at: Date; suggestion: Date }
  | { kind: 'passed'; at: Date };

export function whenMiss(lang: Lang, now: Date, quiet: QuietHoursRule, miss: WhenMiss): OutboundMessage {
  const question = whenQuestion(lang, now, quiet);
  switch (miss.kind) {
    case 'invalid':
      return withText(
        question,
        miss.typed === null
          ? t(lang, 'broadcast.when.invalid_empty')
          : t(lang, 'broadcast.when.invalid', { typed: quote(miss.typed) }),
      );
    case 'no_time':
      return withText(question, t(lang, 'broadcast.when.no_time'));
    case 'past':
      return withText(question, t(lang, 'broadcast.when.past', { when: formatWhen(lang, miss.at, now) }));
    case 'too_far':
      return withText(question, t(lang, 'broadcast.when.too_far', { days: MAX_SCHEDULE_DAYS }));
    case 'passed':
      return withText(question, t(lang, 'broadcast.when.passed', { when: formatWhen(lang, miss.at, now) }));
    case 'quiet':
      return {
        text: t(lang, 'broadcast.when.quiet', { when: formatWhen(lang, miss.at, now), quiet: quietText(quiet) ?? '' }),
        choices: [
          {
            id: whenAtId(miss.suggestion),
            label: t(lang, 'broadcast.preview.send_at', { when: formatWhen(lang, miss.suggestion, now) }),
          },
          { id: WHEN_NOW, label: t(lang, 'broadcast.preview.send_now') },
        ],
        prompt: ask(lang, t(lang, 'broadcast.when.quiet_question')),
      };
  }
}

export const CONFIRM_SEND = 'bc.confirm';

export function confirmChoices(lang: Lang): Choice[] {
  return [
    { id: CONFIRM_SEND, label: t(lang, 'broadcast.confirm.send') },
    { id: EDIT_TEXT, label: t(lang, 'broadcast.edit_text') },
    { id: CHANGE_TIME, label: t(lang, 'broadcast.confirm.change_time') },
    { id: CANCEL, label: t(lang, 'broadcast.cancel') },
  ];
}

/** The screen of MESSAGES.md: who, when (outside the quiet hours), and Gửi / Sửa nội dung / Đổi thời gian / Huỷ. */
export function confirmQuestion(lang: Lang, plan: Plan, at: Date, now: Date, quiet: QuietHoursRule): OutboundMessage {
  const hours = quietText(quiet);
  const when = formatWhen(lang, at, now);
  const lines = [
    t(lang, 'broadcast.confirm.text', { text: quote(plan.text) }),
    audienceLine(lang, plan),
    hours === null
      ? t(lang, 'broadcast.time.at_any_time', { when })
      : t(lang, 'broadcast.time.at', { when, quiet: hours }),
  ];
  return {
    text: lines.join('\n'),
    choices: confirmChoices(lang),
    prompt: ask(lang, t(lang, 'broadcast.confirm.question')),
  };
}

export function confirmMiss(lang: Lang, plan: Plan, at: Date, now: Date, quiet: QuietHoursRule): OutboundMessage {
  return withText(confirmQuestion(lang, plan, at, now, quiet), t(lang, 'broadcast.confirm.miss'));
}

export function doneReply(lang: Lang, at: Date, now: Date): OutboundMessage {
  return {
    text:
      at.getTime() <= now.getTime()
        ? t(lang, 'broadcast.done.now')
        : t(lang, 'broadcast.done.at', { when: formatWhen(lang, at, now) }),
  };
}

export function cancelledReply(lang: Lang): OutboundMessage {
  return { text: t(lang, 'broadcast.cancelled') };
}
