import { officialGrants } from '../../kernel/roles.ts';
import type { ChannelName } from '../../kernel/message.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { resolveChoice } from '../../kernel/choices.ts';
import { fold } from '../../kernel/fold.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import { loadGeo } from '../../kernel/geo/index.ts';
import { commandArgumentOf, isBuiltinCommand, isCommand } from '../../engine/commands.ts';
import { GROUP_COMMAND, GROUP_MENU_ID } from './command-words.ts';
import type { RoleGrant } from '../../kernel/roles.ts';
import type { FlowState } from '../../engine/types.ts';
import { pickLines, pickOptions, quote } from '../shared/place-messages.ts';
import {
  districtPick,
  MAX_OPTIONS,
  provinceId,
  readChoiceId,
  readPick,
  resolvePlace,
  type PendingDistrict,
  type Pick,
} from '../shared/place.ts';

/**
 * /nhom (/group): a group chat (a village's Zalo group) subscribed to the vacancies and announcements of one
 * commune or province. The decisions only, as plain data; command.ts does the I/O.
 *
 *   in a private chat   "/nhom"              → how it works in a group, and how to add the bot to one
 *   in a group          "/nhom"              → the current subscription and how to use the command
 *                       "/nhom dung"/"stop"  → stop it (an official of its region, or the group's admin)
 *                       "/nhom <place>"      → subscribe to that commune or province (same rule), or a numbered
 *                                              list when the place is ambiguous
 *   a pending list      the sender's number  → that place; another member's number is ignored; 10 minutes;
 *                       the sender's /huy closes it
 *
 * Who may: an official (or admin) whose scope covers the region, or the group's admin as the platform tells it
 * (Telegram can; the Zalo Bot API cannot, so there only officials may). A group admin who is not an official
 * may choose any commune or province: the group only receives public vacancies.
 */

/** The dialog_states.flow of a group's pending numbered list. */
export const GROUP_FLOW = 'group';
/** How long a numbered list waits for its sender's answer. */
export const PICK_TTL_MS = 10 * 60_000;

/** Words after /nhom that stop the subscription, folded. */
const STOP_WORDS = new Set([
  'dung',
  'dung lai',
  'ngung',
  'ngung lai',
  'stop',
  'tat',
  'huy',
  'huy dang ky',
  'cancel',
  'off',
]);
const NUMBER_ONLY = /^\s*(?:so\s+)?#?\d{1,3}\s*[.)]?\s*$/;

// ---- the pending list, kept on the group's identity ----

/** A numbered list waiting for the answer of the member who asked for it. */
export interface GroupPick {
  /** The platform user id of the sender of "/nhom <place>": only their answer counts. */
  userId: string;
  options: Choice[];
  /** Former districts offered as one choice each (`geo.d<i>`), expanded when chosen. */
  districts: PendingDistrict[];
  /** Epoch milliseconds after which the list no longer counts. */
  expiresAt: number;
}

export function groupPickState(pick: GroupPick): FlowState {
  return { flow: GROUP_FLOW, step: 'pick', data: { ...pick }, misses: 0 };
}

/** The pending list in a group's stored state; anything else (or of the wrong shape) reads as none. */
export function readGroupPick(state: FlowState | null): GroupPick | null {
  if (state === null || state.flow !== GROUP_FLOW) return null;
  const { userId, expiresAt } = state.data;
  const pick = readPick(state.data);
  if (typeof userId !== 'string' || typeof expiresAt !== 'number' || pick === null || pick.options.length === 0)
    return null;
  return { userId, options: pick.options, districts: pick.districts, expiresAt };
}

// ---- regions ----

/** A commune or province a group can follow. */
export interface GroupRegion {
  code: string;
  level: 'commune' | 'province';
  /** The province itself for a province. */
  provinceCode: string;
}

export function regionOf(code: string): GroupRegion | null {
  const geo = loadGeo();
  const commune = geo.communeByCode.get(code);
  if (commune) return { code, level: 'commune', provinceCode: commune.provinceCode };
  return geo.provinceByCode.has(code) ? { code, level: 'province', provinceCode: code } : null;
}

/** "Xã Lũng Cú (Tuyên Quang)", "tỉnh Tuyên Quang", "thành phố Hà Nội". */
export function regionName(lang: Lang, code: string): string {
  const geo = loadGeo();
  const commune = geo.communeByCode.get(code);
  const province = geo.provinceByCode.get(commune?.provinceCode ?? code);
  if (!province) return code;
  if (commune) return t(lang, 'group.region.commune', { commune: commune.name, province: province.bareName });
  return t(lang, province.placeType === 'Tỉnh' ? 'group.region.province' : 'group.region.city', {
    province: province.bareName,
  });
}

// ---- reading a message ----

export interface GroupMessage {
  chatType: 'private' | 'group';
  text: string | null;
  /** A pressed button's id, or a typed answer the pipeline mapped to the last choices shown. */
  choiceId: string | null;
  /** Who wrote (the platform's user id); null when the platform does not say. */
  userId: string | null;
  /** The group's pending list, if any (read from its stored state). */
  pick: GroupPick | null;
  now: Date;
}

/** What a message means for /nhom. `pass`: not ours, the engine answers it. `ignore`: say nothing. */
export type GroupIntent =
  | { kind: 'pass' }
  | { kind: 'ignore' }
  | { kind: 'private_help' }
  | { kind: 'show' }
  | { kind: 'stop' }
  | { kind: 'region'; code: string }
  | { kind: 'pick'; pick: Pick; typed: string }
  | { kind: 'not_found'; typed: string }
  | { kind: 'pick_miss' }
  | { kind: 'expired' }
  | { kind: 'cancel' };

export function readGroupMessage(message: GroupMessage): GroupIntent {
  if (message.chatType === 'private' && message.choiceId === GROUP_MENU_ID) return { kind: 'private_help' };
  if (isCommand(message.text, GROUP_COMMAND)) {
    if (message.chatType === 'private') return { kind: 'private_help' };
    const argument = commandArgumentOf(message.text, GROUP_COMMAND);
    if (argument === null) return { kind: 'show' };
    if (STOP_WORDS.has(fold(argument))) return { kind: 'stop' };
    return placeIntent(argument);
  }
  const pick = message.pick;
  if (message.chatType !== 'group' || pick === null) return { kind: 'pass' };
  // "/huy" from the sender closes the list; from anyone else it is theirs (the engine answers it).
  if (isBuiltinCommand(message.text, 'cancel'))
    return message.userId === pick.userId ? { kind: 'cancel' } : { kind: 'pass' };

  const chosen = chosenOption(message, pick.options);
  const looksLikeAnswer =
    chosen !== null ||
    (message.text !== null && NUMBER_ONLY.test(fold(message.text))) ||
    (message.choiceId?.startsWith('geo.') ?? false);
  if (!looksLikeAnswer) return { kind: 'pass' };
  if (message.userId !== pick.userId)
    return message.now.getTime() > pick.expiresAt ? { kind: 'pass' } : { kind: 'ignore' };
  if (message.now.getTime() > pick.expiresAt) return { kind: 'expired' };
  if (chosen === null) return { kind: 'pick_miss' };

  const target = readChoiceId(chosen);
  switch (target.kind) {
    case 'commune':
      return { kind: 'region', code: target.commune.code };
    case 'province':
      return { kind: 'region', code: target.province.code };
    case 'district': {
      const district = pick.districts[target.index];
      return district ? { kind: 'pick', pick: districtPick(district), typed: district.name } : { kind: 'pick_miss' };
    }
    case 'unknown':
      return { kind: 'pick_miss' };
  }
}

/** The option a message names: a pressed or mapped choice of this list, else the typed number or label. */
function chosenOption(message: GroupMessage, options: readonly Choice[]): string | null {
  if (message.choiceId !== null && options.some((o) => o.id === message.choiceId)) return message.choiceId;
  return message.text === null ? null : resolveChoice(message.text, options);
}

function placeIntent(typed: string): GroupIntent {
  const answer = resolvePlace(typed, null);
  switch (answer.kind) {
    case 'commune':
      return { kind: 'region', code: answer.commune.code };
    case 'province':
      return { kind: 'region', code: answer.province.code };
    case 'pick':
      return { kind: 'pick', pick: answer.pick, typed };
    case 'not_found':
      return { kind: 'not_found', typed };
  }
}

/**
 * The region whose authority an intent needs: the place chosen, the current subscription for a stop, null for
 * "some standing at all" (before a list is shown); undefined when anyone may (showing, explaining).
 */
export function authorityNeeded(intent: GroupIntent, current: GroupRegion | null): GroupRegion | null | undefined {
  switch (intent.kind) {
    case 'region':
      return regionOf(intent.code) ?? undefined;
    case 'stop':
      return current ?? undefined;
    case 'pick':
    case 'not_found':
      return null;
    default:
      return undefined;
  }
}

// ---- who may ----

export type GroupRefusal = 'outside_scope' | 'not_allowed' | 'officials_only';
export type GroupVerdict = { ok: true; as: 'official' | 'group_admin' } | { ok: false; reason: GroupRefusal };

function officialRoles(roles: readonly RoleGrant[]): RoleGrant[] {
  return officialGrants(roles);
}

/** An official or admin role whose region is the whole country, the region itself, or its province. */
export function covers(roles: readonly RoleGrant[], region: GroupRegion): boolean {
  return officialRoles(roles).some(
    (r) => r.regionCode === null || r.regionCode === region.code || r.regionCode === region.provinceCode,
  );
}

/**
 * Whether the sender may act for `region` (null: may they start at all). `groupAdmin` is what the platform
 * says of the sender, null when the platform cannot tell (Zalo).
 */
export function authorise(
  roles: readonly RoleGrant[],
  groupAdmin: boolean | null,
  region: GroupRegion | null,
): GroupVerdict {
  const official = officialRoles(roles).length > 0;
  if (region === null ? official : covers(roles, region)) return { ok: true, as: 'official' };
  if (groupAdmin === true) return { ok: true, as: 'group_admin' };
  if (official) return { ok: false, reason: 'outside_scope' };
  return { ok: false, reason: groupAdmin === null ? 'officials_only' : 'not_allowed' };
}

/** The regions an official covers, by name, for a refusal ("Thái Nguyên, Xã Lũng Cú (Tuyên Quang)"). */
export function scopeName(lang: Lang, roles: readonly RoleGrant[]): string {
  const codes = officialRoles(roles).map((r) => r.regionCode);
  if (codes.includes(null)) return t(lang, 'group.whole_country');
  return [...new Set(codes as string[])]
    .sort()
    .map((code) => regionName(lang, code))
    .join(', ');
}

// ---- the decision ----

export interface GroupFacts {
  lang: Lang;
  channel: ChannelName;
  userId: string | null;
  /** The sender's display name, to say whose answer the list waits for. */
  senderName: string | null;
  /** The group's active subscription (read for show, stop and subscribe). */
  current: GroupRegion | null;
  /** The verdict for `authorityNeeded(intent, current)`; null when none was needed. */
  verdict: GroupVerdict | null;
  /** The sender's roles (for naming their area in a refusal). */
  roles: readonly RoleGrant[];
  /** The group's pending list: another member's command that changes nothing leaves it for its sender. */
  pending: GroupPick | null;
  now: Date;
}

export interface GroupDecision {
  replies: OutboundMessage[];
  /** The pending list to keep, null to clear it, 'keep' to leave the stored state alone. */
  pick: GroupPick | null | 'keep';
  write:
    | { kind: 'subscribe'; region: GroupRegion; as: 'official' | 'group_admin' }
    | { kind: 'stop'; region: GroupRegion; as: 'official' | 'group_admin' }
    | null;
}

const reply = (text: string): OutboundMessage[] => [{ text }];

/** Replies, the pending list and the write for an intent other than `pass` and `ignore`. */
export function decideGroup(
  intent: Exclude<GroupIntent, { kind: 'pass' } | { kind: 'ignore' }>,
  facts: GroupFacts,
): GroupDecision {
  const { lang, current, verdict } = facts;
  // Nothing changed: the sender's own list is closed, another member's is left waiting for its sender.
  const unchanged = facts.pending !== null && facts.pending.userId !== facts.userId ? 'keep' : null;
  const refused = (region: GroupRegion | null): GroupDecision | null => {
    if (verdict === null || verdict.ok) return null;
    const text =
      verdict.reason === 'outside_scope' && region !== null
        ? t(lang, 'group.refused.outside_scope', {
            region: regionName(lang, region.code),
            area: scopeName(lang, facts.roles),
          })
        : verdict.reason === 'officials_only'
          ? t(lang, facts.channel === 'zalo' ? 'group.refused.officials_only_zalo' : 'group.refused.officials_only')
          : t(lang, 'group.refused.not_allowed');
    return { replies: reply(text), pick: unchanged, write: null };
  };

  switch (intent.kind) {
    case 'private_help':
      return {
        replies: reply(
          [
            t(lang, 'group.private_help'),
            t(lang, `group.how_to.${facts.channel}`),
            t(lang, facts.channel === 'zalo' ? 'group.who.officials' : 'group.who.admins'),
          ].join('\n'),
        ),
        pick: 'keep',
        write: null,
      };
    case 'show': {
      const status = current
        ? t(lang, 'group.status.subscribed', { region: regionName(lang, current.code) })
        : t(lang, 'group.status.none');
      return { replies: reply(`${status}\n${t(lang, 'group.usage')}`), pick: 'keep', write: null };
    }
    case 'stop':
      if (current === null) return { replies: reply(t(lang, 'group.not_subscribed')), pick: unchanged, write: null };
      return (
        refused(current) ?? {
          replies: reply(t(lang, 'group.stopped', { region: regionName(lang, current.code) })),
          pick: null,
          write: { kind: 'stop', region: current, as: verdict?.ok ? verdict.as : 'official' },
        }
      );
    case 'region': {
      const region = regionOf(intent.code);
      if (region === null)
        return { replies: reply(t(lang, 'group.not_found', { typed: intent.code })), pick: unchanged, write: null };
      const refusal = refused(region);
      if (refusal) return refusal;
      if (current?.code === region.code)
        return {
          replies: reply(t(lang, 'group.already', { region: regionName(lang, region.code) })),
          pick: unchanged,
          write: null,
        };
      const text = current
        ? t(lang, 'group.changed', { region: regionName(lang, region.code), previous: regionName(lang, current.code) })
        : t(lang, 'group.subscribed', { region: regionName(lang, region.code) });
      return {
        replies: reply(text),
        pick: null,
        write: { kind: 'subscribe', region, as: verdict?.ok ? verdict.as : 'official' },
      };
    }
    case 'not_found':
      return (
        refused(null) ?? {
          replies: reply(t(lang, 'group.not_found', { typed: quote(intent.typed) })),
          pick: unchanged,
          write: null,
        }
      );
    case 'pick': {
      const refusal = refused(null);
      if (refusal) return refusal;
      if (facts.userId === null)
        return { replies: reply(t(lang, 'group.refused.not_allowed')), pick: unchanged, write: null };
      const options = groupOptions(lang, intent.pick);
      const text = [
        ...pickLines(lang, intent.pick, intent.typed),
        ...(intent.pick.truncated ? [t(lang, 'registration.pick.more')] : []),
        t(lang, 'group.pick.question'),
      ].join('\n');
      const prompt = facts.senderName
        ? t(lang, 'group.pick.prompt_named', { name: facts.senderName })
        : t(lang, 'group.pick.prompt');
      return {
        replies: [{ text, choices: options, prompt }],
        pick: {
          userId: facts.userId,
          options,
          districts: intent.pick.districts,
          expiresAt: facts.now.getTime() + PICK_TTL_MS,
        },
        write: null,
      };
    }
    case 'pick_miss':
      return { replies: reply(t(lang, 'group.pick.miss')), pick: 'keep', write: null };
    case 'expired':
      return { replies: reply(t(lang, 'group.pick.expired')), pick: null, write: null };
    case 'cancel':
      return { replies: reply(t(lang, 'engine.cancelled')), pick: null, write: null };
  }
}

/**
 * The numbered choices of a list, for a group: a commune, a former district (expanded when chosen), or a whole
 * province. A former district's communes are followed by their province as a whole ("Cả tỉnh Tuyên Quang").
 */
export function groupOptions(lang: Lang, pick: Pick): Choice[] {
  const options: Choice[] = pickOptions(lang, pick, (province) =>
    t(lang, 'group.pick.province', { region: regionName(lang, province.code) }),
  );
  if (pick.former !== null) {
    const geo = loadGeo();
    const provinces = [
      ...new Set(
        pick.former.communeCodes
          .map((code) => geo.communeByCode.get(code)?.provinceCode)
          .filter((c): c is string => c !== undefined),
      ),
    ];
    for (const code of provinces) {
      if (options.length > MAX_OPTIONS || options.some((o) => o.id === provinceId(code))) continue;
      options.push({ id: provinceId(code), label: t(lang, 'group.pick.province', { region: regionName(lang, code) }) });
    }
  }
  return options;
}
