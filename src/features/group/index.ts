import { defineFeature } from '../../engine/feature.ts';
import { groupCommand } from './command.ts';
import { GROUP_COMMAND, GROUP_MENU_ID } from './command-words.ts';
import { messages, t } from './messages.ts';

/** /nhom: a group chat (a village's Zalo group) subscribes to a commune's or province's vacancies and broadcasts. */
export const groupFeature = defineFeature({
  name: 'group',
  commands: GROUP_COMMAND,
  menu: { id: GROUP_MENU_ID, order: 15, for: ['official'], label: (lang) => t(lang, 'menu.group') },
  intercept: (db, input, services) => groupCommand(db, input, services.groupAdmins),
  messages,
});
