import { type Lang, t } from '../kernel/i18n/index.ts';
import type { Audience } from '../kernel/roles.ts';
import type { NotificationKind } from '../messaging/delivery/notification-kind.ts';
import { type CommandReader, createCommandReader } from './commands.ts';
import { createEffectDispatch, type EffectDispatch } from './effects.ts';
import { type CommandGroup, commandGroups } from './command-list.ts';
import type { AnyFeature, FeatureFlow, Interceptor, Loader, MenuCount, Resumption } from './feature.ts';
import type { HomeMenuItem } from './home.ts';
import { buildIntentTable, type IntentTable } from './intents.ts';

/**
 * Everything the engine knows, derived from the feature list (src/features/index.ts) once: the flows by name, the
 * command words, the home menu, the effect handlers, the answers to notifications, the interceptors and the kinds
 * of notification. Mistakes in the list (two features with one name, a command word or an effect kind claimed twice)
 * throw here, at start-up and in the tests, never at a person's message.
 */
export interface Registry {
  readonly features: readonly AnyFeature[];
  flow(name: string): FeatureFlow<object> | undefined;
  loader(name: string): Loader<object> | undefined;
  readonly commands: CommandReader;
  /** What a message asks for in the person's own words, and which feature does it. */
  readonly intents: IntentTable;
  /** The home menu of a person with no role, in order, each entry with the feature it opens ('menu.help' last). */
  readonly menu: readonly MenuItem[];
  /** The home menu of a person in these audiences (src/engine/person-menu.ts adds the counts). */
  menuFor(audiences: readonly Audience[]): readonly MenuItem[];
  /** The feature a menu choice opens, if any (any entry, whoever sees it). */
  menuFeature(choiceId: string): string | undefined;
  /** The commands a person in these audiences can use, grouped (for /trogiup and Telegram's "/" menu). */
  commandGroups(audiences: readonly Audience[]): CommandGroup[];
  readonly effects: EffectDispatch;
  /** Where an answer to a notification's choice runs, with the feature whose flow runs it. */
  answer(choiceId: string | null): (Resumption & { feature: string }) | null;
  readonly interceptors: readonly Interceptor[];
  readonly notificationKinds: readonly NotificationKind[];
  /** The fan-out jobs those kinds declare, for the fan-out worker. */
  readonly fanoutJobs: readonly NonNullable<NotificationKind['fanout']>[];
  /** The same registry with no flow to run (group chats: announcements only). */
  readonly withoutFlows: Registry;
}

export interface MenuItem extends HomeMenuItem {
  /** null: the engine's own entry (help). */
  readonly feature: string | null;
  /** Who sees it. */
  readonly for: readonly Audience[];
  /** Its label with a count of things waiting (`label` is it with none). */
  readonly counted: (lang: Lang, count: number) => string;
  readonly count?: MenuCount;
}

export const HELP_MENU_ID = 'menu.help';

export function buildRegistry(features: readonly AnyFeature[]): Registry {
  const byName = new Map<string, AnyFeature>();
  for (const feature of features) {
    if (byName.has(feature.name)) throw new Error(`two features are named "${feature.name}"`);
    byName.set(feature.name, feature);
  }
  const menuEntries = features
    .filter((feature) => feature.menu)
    .map((feature) => ({ ...feature.menu!, feature: feature.name }))
    .sort((a, b) => a.order - b.order);
  const help: MenuItem = {
    id: HELP_MENU_ID,
    label: (lang) => t(lang, 'menu.help'),
    counted: (lang) => t(lang, 'menu.help'),
    feature: null,
    for: ['worker'],
  };
  const everyEntry: MenuItem[] = [
    ...menuEntries.map(
      ({ id, label, feature, count, for: audiences }): MenuItem => ({
        id,
        label: (lang) => label(lang, 0),
        counted: label,
        feature,
        for: audiences ?? ['worker'],
        ...(count ? { count } : {}),
      }),
    ),
    help,
  ];
  if (new Set(everyEntry.map((item) => item.id)).size !== everyEntry.length)
    throw new Error('two menu entries share an id');
  const menuFor = (audiences: readonly Audience[]) =>
    everyEntry.filter((item) => item.for.some((audience) => audiences.includes(audience)));
  const menu = menuFor(['worker']);

  const kinds = features.flatMap((feature) => feature.notifications ?? []);
  const seenKinds = new Set<string>();
  for (const kind of kinds) {
    if (seenKinds.has(kind.kind)) throw new Error(`the notification kind "${kind.kind}" is declared twice`);
    seenKinds.add(kind.kind);
  }
  const fanoutJobs = kinds.flatMap((kind) => (kind.fanout ? [kind.fanout] : []));
  if (new Set(fanoutJobs.map((job) => job.name)).size !== fanoutJobs.length) {
    throw new Error('two notification kinds declare the same fan-out job');
  }

  const registry: Registry = {
    features,
    flow: (name) => byName.get(name)?.flow,
    loader: (name) => byName.get(name)?.load,
    commands: createCommandReader(features),
    intents: buildIntentTable(features),
    menu,
    menuFor,
    menuFeature: (choiceId) => everyEntry.find((item) => item.id === choiceId)?.feature ?? undefined,
    commandGroups: (audiences) => commandGroups(features, audiences),
    effects: createEffectDispatch(features),
    answer(choiceId) {
      if (choiceId === null) return null;
      for (const feature of features) {
        const resumption = feature.answers?.(choiceId);
        if (resumption) return { ...resumption, feature: feature.name };
      }
      return null;
    },
    interceptors: features.flatMap((feature) => (feature.intercept ? [feature.intercept] : [])),
    notificationKinds: kinds,
    fanoutJobs,
    get withoutFlows(): Registry {
      flowless ??= {
        ...registry,
        flow: () => undefined,
        loader: () => undefined,
        answer: () => null,
        menuFeature: () => undefined,
      };
      return flowless;
    },
  };
  let flowless: Registry | undefined;
  return registry;
}
