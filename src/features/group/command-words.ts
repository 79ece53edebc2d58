import type { FeatureCommand } from '../../engine/feature.ts';
import { t } from './messages.ts';

/** /nhom · /group, with the place or "dung" (stop) after it. */
export const GROUP_COMMAND: FeatureCommand = {
  names: ['nhom', 'group'],
  takesArgument: true,
  describe: (lang) => t(lang, 'group.command'),
  for: ['official'],
};

/** The menu entry that explains /nhom in a private chat (answered by the interceptor, like /nhom there). */
export const GROUP_MENU_ID = 'menu.group';
