import { type IntentReader, intentReader } from '../kernel/intents/index.ts';
import { t, type Lang } from '../kernel/i18n/index.ts';
import type { AnyFeature } from './feature.ts';
import type { BaseContext, BeginHints } from './types.ts';

/**
 * What a person may ask for in their own words, declared by the feature that does it (its `intents`, next to its
 * commands) and by the engine for its own (stop, help). The registry reads a message with all of them
 * (src/kernel/intents); the engine opens the feature of a clear reading, asks between two or three alike, and
 * shows the menu for none (src/engine/decide.ts).
 */
export interface FeatureIntent {
  /** Unique among all features: 'find_job'. */
  readonly id: string;
  /**
   * Folded phrases in full words (no accents, lower case; "ko", "dc", "j"… are expanded before matching, see
   * src/kernel/intents/shorthand.ts). A phrase of more words says more: one word alone never leaves a question.
   */
  readonly phrases: readonly string[];
  /** The choice's label when the reading is ambiguous; default: the feature's command description. */
  readonly label?: (lang: Lang) => string;
  /** What the words already say for the flow's first question (the trade and place of "tìm việc may ở Phổ Yên"). */
  readonly hints?: (text: string) => BeginHints;
  /** The feature to open instead for this person (finding a job before registering opens the registration). */
  readonly instead?: (context: BaseContext) => string | null;
}

/** The engine's own intents: their feature is null. */
export type BuiltinIntentId = 'stop' | 'help';

export const BUILTIN_INTENTS: readonly FeatureIntent[] = [
  {
    id: 'stop',
    label: (lang) => t(lang, 'intent.stop'),
    phrases: [
      'dung nhan tin',
      'dung gui',
      'dung gui tin',
      'ngung gui',
      'ngung nhan tin',
      'khong nhan tin nua',
      'khong muon nhan tin',
      'khong muon nhan thong bao',
      'khong nhan thong bao',
      'tat thong bao',
      'huy nhan tin',
      'huy dang ky nhan tin',
      'khong tim viec nua',
      'khong can tim viec nua',
      'khong can nua',
      'dung lam phien',
      'dung nhan thong bao',
      'dung lai di',
      'unsubscribe',
      'stop sending',
      'stop messages',
    ],
  },
  {
    id: 'help',
    label: (lang) => t(lang, 'menu.help'),
    phrases: [
      'huong dan',
      'tro giup',
      'giup voi',
      'giup minh voi',
      'giup em voi',
      'lam the nao',
      'lam sao de dung',
      'dung sao',
      'cach dung',
      'cach su dung',
      'dung nhu the nao',
      'khong biet dung',
      'khong hieu',
      'how to use',
      'how does this work',
      'help me',
    ],
  },
];

export interface IntentEntry {
  readonly intent: FeatureIntent;
  /** null: the engine's own (stop, help). */
  readonly feature: string | null;
  /** How it is offered when the reading is ambiguous. */
  readonly label: (lang: Lang) => string;
}

export interface IntentTable {
  readonly read: IntentReader;
  get(id: string): IntentEntry | undefined;
}

export function buildIntentTable(features: readonly AnyFeature[]): IntentTable {
  const entries = new Map<string, IntentEntry>();
  const add = (intent: FeatureIntent, feature: string | null, label: ((lang: Lang) => string) | undefined) => {
    if (entries.has(intent.id)) throw new Error(`the intent "${intent.id}" is declared twice`);
    const said = intent.label ?? label;
    if (!said) throw new Error(`the intent "${intent.id}" has no label and its feature no command description`);
    entries.set(intent.id, { intent, feature, label: said });
  };
  for (const intent of BUILTIN_INTENTS) add(intent, null, undefined);
  for (const feature of features) {
    const label = feature.commands?.describe ?? feature.menu?.label;
    for (const intent of feature.intents ?? []) add(intent, feature.name, label && ((lang) => label(lang, 0)));
  }
  const read = intentReader([...entries.values()].map(({ intent }) => intent));
  return { read, get: (id) => entries.get(id) };
}

/** The choice id of an intent offered when a reading is ambiguous. */
export const intentChoiceId = (id: string): string => `intent.${id}`;

export function intentOfChoice(choiceId: string | null): string | null {
  return choiceId?.startsWith('intent.') ? choiceId.slice('intent.'.length) : null;
}
