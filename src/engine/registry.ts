import { t } from '../kernel/i18n/index.ts';
import type { NotificationKind } from '../messaging/delivery/notification-kind.ts';
import { type CommandReader, createCommandReader } from './commands.ts';
import { createEffectDispatch, type EffectDispatch } from './effects.ts';
import type { AnyFeature, FeatureFlow, Interceptor, Loader, Resumption } from './feature.ts';
import type { HomeMenuItem } from './home.ts';

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
  /** The home menu in order, each entry with the feature it opens ('menu.help' last, the engine's own). */
  readonly menu: readonly MenuItem[];
  /** The feature a menu choice opens, if any. */
  menuFeature(choiceId: string): string | undefined;
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
  const help: MenuItem = { id: HELP_MENU_ID, label: (lang) => t(lang, 'menu.help'), feature: null };
  const menu: MenuItem[] = [...menuEntries.map(({ id, label, feature }) => ({ id, label, feature })), help];
  if (new Set(menu.map((item) => item.id)).size !== menu.length) throw new Error('two menu entries share an id');

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
    menu,
    menuFeature: (choiceId) => menu.find((item) => item.id === choiceId)?.feature ?? undefined,
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
