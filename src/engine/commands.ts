import { fold } from '../kernel/fold.ts';
import { t } from '../kernel/i18n/index.ts';
import type { AnyFeature, FeatureCommand } from './feature.ts';

/**
 * Commands that work from anywhere, in a flow or not, with or without the slash and accents ("/huy", "huỷ", "HUY";
 * "STOP", "dừng"). The engine's own five are here; every feature declares its own (src/features/<name>/index.ts),
 * and the reader below is built from the feature list. Vietnamese and English names, as in PRODUCT.md.
 */
export type BuiltinCommand = 'start' | 'menu' | 'cancel' | 'help' | 'stop';

export const BUILTIN_COMMANDS: Readonly<Record<BuiltinCommand, FeatureCommand>> = {
  start: { names: ['start', 'bat dau', 'batdau'], takesArgument: true },
  menu: { names: ['0', 'menu'] },
  cancel: { names: ['huy', 'cancel'], describe: (lang) => t(lang, 'help.command.cancel') },
  help: { names: ['trogiup', 'tro giup', 'help'], describe: (lang) => t(lang, 'help.command.help') },
  stop: { names: ['stop', 'dung lai', 'ngung', 'ngung lai'], describe: (lang) => t(lang, 'help.command.stop') },
};

/** A command is a short message: anything longer is read as an answer, never parsed as a command. */
export const COMMAND_MAX_LENGTH = 40;

/** What a message says as a command: the builtin's name, or the name of the feature it opens. */
export type CommandName = BuiltinCommand | (string & {});

export interface CommandReader {
  /** The command a message is, if the whole message is one: "/start", "/start@Bot", "Dừng", "huỷ", "/nhom Mèo Vạc". */
  command(text: string | null): CommandName | null;
  /** The words after a command that takes them ("/nhom Mèo Vạc" → "Mèo Vạc"), or null. */
  argument(text: string | null): string | null;
}

interface Entry {
  name: CommandName;
  takesArgument: boolean;
}

/** The reader for the builtins and these features' commands. Two commands sharing a word is a mistake: it throws. */
export function createCommandReader(features: readonly AnyFeature[]): CommandReader {
  const words = new Map<string, Entry>();
  const add = (name: CommandName, command: FeatureCommand) => {
    for (const word of command.names) {
      const taken = words.get(word);
      if (taken) throw new Error(`the command word "${word}" belongs to both ${taken.name} and ${name}`);
      words.set(word, { name, takesArgument: command.takesArgument === true });
    }
  };
  for (const [name, command] of Object.entries(BUILTIN_COMMANDS)) add(name, command);
  for (const feature of features) if (feature.commands) add(feature.name, feature.commands);

  return {
    command(text) {
      if (text === null) return null;
      const trimmed = text.trim();
      if (trimmed.length > COMMAND_MAX_LENGTH) return null;
      const withoutSlash = trimmed.replace(/^\//, '').replace(/@\S+/, '');
      const folded = fold(withoutSlash);
      // "dung" is both "dừng" (stop) and "đúng" (right): only the accented word or the slash command stops.
      if (folded === 'dung')
        return trimmed.startsWith('/') || /dừng/i.test(withoutSlash.normalize('NFC')) ? 'stop' : null;
      // "/start CODE" (an invite) is still a start; "/nhom Mèo Vạc" is still /nhom.
      const first = words.get(folded.split(' ')[0] ?? '');
      if (trimmed.startsWith('/') && first?.takesArgument) return first.name;
      return words.get(folded)?.name ?? null;
    },
    argument(text) {
      if (text === null) return null;
      // Only a slash command's first word names the command: "bat dau" is one command, not "bat" + "dau".
      const match = /^\/(\S+)\s+(.+)$/su.exec(text.trim());
      const entry = match ? words.get(fold((match[1] ?? '').replace(/@\S+/, ''))) : undefined;
      return match && entry?.takesArgument ? (match[2] ?? '').trim() || null : null;
    },
  };
}

const BUILTINS_ONLY = createCommandReader([]);
const single = new WeakMap<FeatureCommand, CommandReader>();

/** Whether a message is one of the engine's own commands ("huỷ" while a feature holds its own state). */
export function isBuiltinCommand(text: string | null, name: BuiltinCommand): boolean {
  return BUILTINS_ONLY.command(text) === name;
}

function readerOf(command: FeatureCommand): CommandReader {
  let reader = single.get(command);
  if (!reader) {
    reader = createCommandReader([{ name: 'this', commands: command }]);
    single.set(command, reader);
  }
  return reader;
}

/** Whether a message is one particular feature's command (a feature recognising its own, without the registry). */
export function isCommand(text: string | null, command: FeatureCommand): boolean {
  return readerOf(command).command(text) === 'this';
}

/** The words after one particular feature's command ("/nhom Mèo Vạc" → "Mèo Vạc"), or null. */
export function commandArgumentOf(text: string | null, command: FeatureCommand): string | null {
  return readerOf(command).argument(text);
}
