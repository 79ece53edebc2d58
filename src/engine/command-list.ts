import type { Lang } from '../kernel/i18n/index.ts';
import { AUDIENCES, type Audience } from '../kernel/roles.ts';
import { BUILTIN_COMMANDS } from './commands.ts';
import type { AnyFeature, FeatureCommand } from './feature.ts';

/**
 * The commands a person can use, grouped by who they are for (worker, employer, official), for /trogiup and
 * Telegram's "/" menu. Each is the first of its names ("dangky") with its one-line description; a command with no
 * description is not listed. The features' commands come in the list's order, then the engine's own. Pure.
 */
export interface ListedCommand {
  /** Without the slash: "dangky". */
  readonly command: string;
  readonly describe: (lang: Lang) => string;
}

export interface CommandGroup {
  readonly audience: Audience;
  readonly commands: readonly ListedCommand[];
}

export function commandGroups(features: readonly AnyFeature[], audiences: readonly Audience[]): CommandGroup[] {
  const declared: FeatureCommand[] = [
    ...features.flatMap((feature) => (feature.commands ? [feature.commands] : [])),
    ...Object.values(BUILTIN_COMMANDS),
  ];
  const byAudience = new Map<Audience, ListedCommand[]>();
  for (const command of declared) {
    const { describe } = command;
    const name = command.names[0];
    if (!describe || name === undefined) continue;
    const group = narrowest(command.for ?? ['worker'], audiences);
    if (group === null) continue;
    byAudience.set(group, [...(byAudience.get(group) ?? []), { command: name, describe }]);
  }
  return AUDIENCES.flatMap((audience) => {
    const commands = byAudience.get(audience);
    return commands ? [{ audience, commands }] : [];
  });
}

/** The narrowest audience of `wanted` the person is in, or null when they are in none. */
function narrowest(wanted: readonly Audience[], audiences: readonly Audience[]): Audience | null {
  const shared = AUDIENCES.filter((audience) => wanted.includes(audience) && audiences.includes(audience));
  return shared.at(-1) ?? null;
}

/** Every command of the groups, in order, each once. */
export function flatCommands(groups: readonly CommandGroup[]): ListedCommand[] {
  return groups.flatMap((group) => group.commands);
}
