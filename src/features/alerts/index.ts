import { defineFeature } from '../../engine/feature.ts';
import type { AlertsContext, Emits } from './context.ts';
import { alertsEffects } from './effects.ts';
import { alertsFlow } from './flow.ts';
import { loadAlerts } from './loader.ts';
import { dailyDigests, vacancyAlerts } from './notifications.ts';
import { messages, t } from './messages.ts';
import { AlertsData } from './state.ts';
import { alertsIntents } from './intents.ts';

/**
 * /theodoi: what a worker receives (trades, place, reach, how often), pausing, and the alerts and digests themselves.
 */
export const alertsFeature = defineFeature<AlertsContext, Emits>({
  name: 'alerts',
  commands: { names: ['theodoi', 'theo doi', 'alerts'], describe: (lang) => t(lang, 'alerts.command') },
  intents: alertsIntents,
  flow: { ...alertsFlow, data: AlertsData },
  load: loadAlerts,
  effects: alertsEffects,
  notifications: [vacancyAlerts, dailyDigests],
  messages,
});
