import { defineFeature } from '../../engine/feature.ts';
import type { Emits, EventsContext } from './context.ts';
import { EventsData } from './data.ts';
import { eventsEffects } from './effects.ts';
import { eventsFlow } from './flow.ts';
import { eventsIntents } from './intents.ts';
import { loadEvents } from './loader.ts';
import { messages, t } from './messages.ts';
import { eventAnnouncements } from './notifications.ts';

/** /taophien: an official creates a job fair or an online session; its announcement fans out like a broadcast. */
export const eventsFeature = defineFeature<EventsContext, Emits>({
  name: 'events',
  commands: {
    names: ['taophien', 'tao phien', 'event'],
    describe: (lang) => t(lang, 'events.command'),
    for: ['official'],
  },
  intents: eventsIntents,
  menu: { id: 'menu.events', order: 17, for: ['official'], label: (lang) => t(lang, 'menu.events') },
  flow: { ...eventsFlow, data: EventsData },
  load: loadEvents,
  effects: eventsEffects,
  notifications: [eventAnnouncements],
  messages,
});
