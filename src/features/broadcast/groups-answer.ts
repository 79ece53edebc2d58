import { resolveChoice } from '../../kernel/choices.ts';
import { collapseSpaces, fold } from '../../kernel/fold.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { isPriorityGroup, type PriorityGroup } from '../../kernel/priority-groups.ts';
import type { StepInput } from '../../engine/types.ts';
import { chosen } from '../shared/choice.ts';
import { GROUP_PREFIX, GROUPS_NONE, groupChoices } from './questions.ts';

/**
 * Reading an answer to "which priority groups?" (/phatsong, /taophien): numbers or buttons, group names typed
 * ("hộ nghèo, dân tộc thiểu số"), or a word meaning none ("bỏ qua", "tất cả"). [] = everyone; null = not read.
 */

/** A group by (part of) its name: "ngheo" → none (two groups say it), "dan toc" → ethnic minority. */
function groupNamed(text: string, choices: readonly { id: string; label: string }[]): string | null {
  const exact = resolveChoice(text, choices);
  if (exact !== null) return exact;
  const words = fold(text);
  if (words.length < 3) return null;
  const found = choices.filter((c) => ` ${fold(c.label)} `.includes(` ${words} `));
  return found.length === 1 ? (found[0]?.id ?? null) : null;
}

const SKIP_WORDS = new Set([
  'bo qua',
  'skip',
  'khong',
  'khong chon',
  'none',
  'tat ca',
  'moi nguoi',
  'gui tat ca',
  'all',
  'everyone',
  'no',
]);

export function readGroupsAnswer(lang: Lang, input: StepInput): PriorityGroup[] | null {
  const choices = groupChoices(lang);
  const ids = choices.map((c) => c.id);
  let picked = input.choiceIds.filter((id) => ids.includes(id));
  if (picked.length === 0) {
    const one = chosen(input, choices);
    if (one !== null) picked = [one];
  }
  if (picked.length === 0 && input.text !== null) {
    if (SKIP_WORDS.has(fold(input.text))) picked = [GROUPS_NONE];
    else {
      // Names typed: "hộ nghèo, dân tộc thiểu số".
      const named = collapseSpaces(input.text)
        .split(/[,;\n]+|\s(?:và|va|and)\s/iu)
        .map((part) => groupNamed(part, choices));
      if (named.length > 0 && named.every((id) => id !== null))
        picked = named.filter((id): id is string => id !== null);
    }
  }
  if (picked.length === 0) return null;
  const groups: PriorityGroup[] = picked.map((id) => id.slice(GROUP_PREFIX.length)).filter(isPriorityGroup);
  if (groups.length === 0 && !picked.includes(GROUPS_NONE)) return null;
  return [...new Set(groups)];
}
