import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { fold } from '../../kernel/fold.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import { isPriorityGroup } from '../../kernel/priority-groups.ts';
import type { BroadcastProgress } from '../../db/broadcast-progress.ts';
import { loadGeo } from '../../kernel/geo/index.ts';
import type { StepInput } from '../../engine/types.ts';
import { TEXT_MAX } from './data.ts';
import { ask, formatWhen, groupLabel } from './questions.ts';
import { regionLabel, targetSummary } from './targets.ts';

/**
 * /phatsong for an official with broadcasts in the last 7 days: before a new one, the list of theirs with progress
 * ("«Phiên giao dịch việc làm 8:00 ngày 25/1…» — đã gửi 1.234/5.000, lỗi 12, đang chờ 3.754"), "1. Soạn thông báo
 * mới" first. A number shows that broadcast in detail (start time, where, state, counts) with the list again; "1",
 * or simply typing the text, starts a new one — so sending to the whole area still takes 5 messages. Pure.
 */
export const NEW_BROADCAST = 'bc.new';
export const RECENT_PREFIX = 'bc.recent.';
const EXCERPT = 40;
const DETAIL_TEXT = 200;

export type Phase = 'cancelled' | 'scheduled' | 'preparing' | 'empty' | 'sending' | 'done';

export function phaseOf(broadcast: BroadcastProgress, now: Date): Phase {
  if (broadcast.status === 'cancelled') return 'cancelled';
  if (!broadcast.fannedOut) return broadcast.sendAt.getTime() > now.getTime() ? 'scheduled' : 'preparing';
  if (broadcast.counts.total === 0) return 'empty';
  return broadcast.counts.waiting > 0 ? 'sending' : 'done';
}

/** The first `max` characters on one line, "…" when cut. */
export function excerpt(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('').trimEnd()}…`;
}

/** "đã gửi 1.234/5.000, lỗi 12, đang chờ 3.754", "hẹn gửi 07:30 ngày mai (21/11)", "đã huỷ". */
export function progressLine(lang: Lang, broadcast: BroadcastProgress, now: Date): string {
  const { counts } = broadcast;
  switch (phaseOf(broadcast, now)) {
    case 'cancelled':
      return t(lang, 'broadcast.progress.cancelled');
    case 'scheduled':
      return t(lang, 'broadcast.progress.scheduled', { when: formatWhen(lang, broadcast.sendAt, now) });
    case 'preparing':
      return t(lang, 'broadcast.progress.preparing');
    case 'empty':
      return t(lang, 'broadcast.progress.empty');
    case 'sending':
    case 'done':
      return counts.skipped > 0
        ? t(lang, 'broadcast.progress.counts_skipped', {
            sent: counts.sent,
            total: counts.total,
            failed: counts.failed,
            skipped: counts.skipped,
            waiting: counts.waiting,
          })
        : t(lang, 'broadcast.progress.counts', {
            sent: counts.sent,
            total: counts.total,
            failed: counts.failed,
            waiting: counts.waiting,
          });
  }
}

export function recentChoices(lang: Lang, recent: readonly BroadcastProgress[], now: Date): Choice[] {
  return [
    { id: NEW_BROADCAST, label: t(lang, 'broadcast.recent.new') },
    ...recent.map((b) => ({
      id: `${RECENT_PREFIX}${b.id}`,
      label: t(lang, 'broadcast.recent.item', {
        excerpt: excerpt(b.text, EXCERPT),
        progress: progressLine(lang, b, now),
      }),
    })),
  ];
}

export function recentQuestion(lang: Lang, recent: readonly BroadcastProgress[], now: Date): OutboundMessage {
  return {
    text: `${t(lang, 'broadcast.intro')}\n${t(lang, 'broadcast.recent.text')}`,
    choices: recentChoices(lang, recent, now),
    prompt: ask(lang, t(lang, 'broadcast.recent.question')),
  };
}

export function recentMiss(lang: Lang, recent: readonly BroadcastProgress[], now: Date): OutboundMessage {
  return { ...recentQuestion(lang, recent, now), text: t(lang, 'broadcast.recent.miss', { max: TEXT_MAX }) };
}

/** Where it went: "toàn tỉnh Thái Nguyên", "Phường Phổ Yên (Thái Nguyên), Xã Đại Từ (Thái Nguyên)", "cả nước". */
function whereOf(lang: Lang, targets: readonly string[]): string {
  const provinces = loadGeo().provinces;
  if (provinces.length > 0 && provinces.every((p) => targets.includes(p.code))) return regionLabel(lang, null);
  return targetSummary(
    lang,
    targets.map((code) => ({ label: regionLabel(lang, code), codes: [code] })),
  );
}

function stateLine(lang: Lang, broadcast: BroadcastProgress, now: Date): string {
  const { counts, estimated } = broadcast;
  switch (phaseOf(broadcast, now)) {
    case 'cancelled':
      return t(lang, 'broadcast.detail.cancelled');
    case 'scheduled':
      return estimated === null
        ? t(lang, 'broadcast.detail.scheduled')
        : t(lang, 'broadcast.detail.scheduled_estimate', { estimated });
    case 'preparing':
      return estimated === null
        ? t(lang, 'broadcast.detail.preparing')
        : t(lang, 'broadcast.detail.preparing_estimate', { estimated });
    case 'empty':
      return t(lang, 'broadcast.detail.empty');
    case 'sending':
      return t(lang, 'broadcast.detail.sending', { ...counts });
    case 'done':
      return t(lang, 'broadcast.detail.done', {
        sent: counts.sent,
        total: counts.total,
        failed: counts.failed,
        skipped: counts.skipped,
      });
  }
}

/** One broadcast in detail, with the list again below it (another number, 1 for a new one, or the new text). */
export function detailMessage(
  lang: Lang,
  broadcast: BroadcastProgress,
  recent: readonly BroadcastProgress[],
  now: Date,
): OutboundMessage {
  const groups = broadcast.priorityGroups
    .filter(isPriorityGroup)
    .map((g) => groupLabel(lang, g).toLocaleLowerCase('vi'));
  const phase = phaseOf(broadcast, now);
  const lines = [
    t(lang, 'broadcast.detail.text', { text: excerpt(broadcast.text, DETAIL_TEXT) }),
    t(lang, 'broadcast.detail.start', { when: formatWhen(lang, broadcast.sendAt, now) }),
    t(lang, 'broadcast.groups.where', { where: whereOf(lang, broadcast.targets) }),
    ...(groups.length > 0 ? [t(lang, 'broadcast.detail.groups', { groups: groups.join(', ') })] : []),
    stateLine(lang, broadcast, now),
    ...((phase === 'sending' || phase === 'done') && broadcast.counts.failed + broadcast.counts.skipped > 0
      ? [t(lang, 'broadcast.detail.notes')]
      : []),
  ];
  return {
    text: lines.join('\n'),
    choices: recentChoices(lang, recent, now),
    prompt: ask(lang, t(lang, 'broadcast.detail.question')),
  };
}

export type RecentAnswer =
  | { kind: 'new' }
  | { kind: 'show'; broadcast: BroadcastProgress }
  | { kind: 'unknown_number' }
  | { kind: 'text' };

const NUMBER = /^\s*(?:so\s+)?#?(\d{1,3})\s*[.)]?\s*$/;

/**
 * What an answer at the list means. Only a pressed button or a bare number picks from the list: anything else typed
 * is the text of a new broadcast, even when it starts like an old one's label (re-sending the same text works).
 */
export function readRecentAnswer(
  lang: Lang,
  input: StepInput,
  recent: readonly BroadcastProgress[],
  now: Date,
): RecentAnswer {
  const choices = recentChoices(lang, recent, now);
  let id: string | null = null;
  if (input.text === null) {
    id = input.choiceId ?? input.choiceIds[0] ?? null;
  } else {
    const number = NUMBER.exec(fold(input.text));
    if (number) {
      id = choices[Number(number[1]) - 1]?.id ?? null;
      if (id === null) return { kind: 'unknown_number' };
    } else if (fold(input.text) === fold(t(lang, 'broadcast.recent.new'))) {
      id = NEW_BROADCAST;
    }
  }
  if (id === NEW_BROADCAST) return { kind: 'new' };
  if (id?.startsWith(RECENT_PREFIX)) {
    const wanted = Number(id.slice(RECENT_PREFIX.length));
    const broadcast = recent.find((b) => b.id === wanted);
    // A button from an older list whose broadcast has aged out: the list again.
    return broadcast ? { kind: 'show', broadcast } : { kind: 'unknown_number' };
  }
  return input.text === null ? { kind: 'unknown_number' } : { kind: 'text' };
}
