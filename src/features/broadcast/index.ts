import { defineFeature } from '../../engine/feature.ts';
import type { BroadcastContext, Emits } from './context.ts';
import { broadcastEffects } from './effects.ts';
import { broadcastFlow } from './flow.ts';
import { loadBroadcast } from './loader.ts';
import { broadcasts } from './notifications.ts';
import { messages, t } from './messages.ts';
import { BroadcastData } from './data.ts';
import { broadcastIntents } from './intents.ts';

/** /phatsong: an official's announcement to chosen communes and groups, previewed, scheduled, then its progress. */
export const broadcastFeature = defineFeature<BroadcastContext, Emits>({
  name: 'broadcast',
  commands: {
    names: ['phatsong', 'phat song', 'broadcast'],
    describe: (lang) => t(lang, 'broadcast.command'),
    for: ['official'],
  },
  intents: broadcastIntents,
  menu: { id: 'menu.broadcast', order: 11, for: ['official'], label: (lang) => t(lang, 'menu.broadcast') },
  flow: { ...broadcastFlow, data: BroadcastData },
  load: loadBroadcast,
  effects: broadcastEffects,
  notifications: [broadcasts],
  messages,
});
