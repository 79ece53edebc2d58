import { defineFeature } from '../../engine/feature.ts';
import type { AlertsContext, Emits } from './context.ts';
import { alertsEffects } from './effects.ts';
import { alertsFlow } from './flow.ts';
import { loadAlerts } from './loader.ts';
import { dailyDigests, vacancyAlerts } from './notifications.ts';
import { messages } from './messages.ts';
import { AlertsData } from './state.ts';

/**
 * /theodoi: what a worker receives (trades, place, reach, how often), pausing, and the alerts and digests themselves.
 */
export const alertsFeature = defineFeature<AlertsContext, Emits>({
  name: 'alerts',
  commands: { names: ['theodoi', 'theo doi', 'alerts'] },
  flow: { ...alertsFlow, data: AlertsData },
  load: loadAlerts,
  effects: alertsEffects,
  notifications: [vacancyAlerts, dailyDigests],
  messages,
});
