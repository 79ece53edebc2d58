import { defineFeature } from '../../engine/feature.ts';
import { groupCommand } from './command.ts';
import { GROUP_COMMAND } from './command-words.ts';
import { messages } from './messages.ts';

/** /nhom: a group chat (a village's Zalo group) subscribes to a commune's or province's vacancies and broadcasts. */
export const groupFeature = defineFeature({
  name: 'group',
  commands: GROUP_COMMAND,
  intercept: (db, input, services) => groupCommand(db, input, services.groupAdmins),
  messages,
});
