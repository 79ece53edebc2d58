import { defineFeature } from '../../engine/feature.ts';
import type { DashboardLinkContext } from './context.ts';
import { dashboardFlow } from './flow.ts';
import { loadDashboardLink } from './loader.ts';
import { messages, t } from './messages.ts';
import { NoAnswers } from '../shared/stored-fields.ts';
import { dashboardLinkIntents } from './intents.ts';

/** /baocao: an official gets a one-time login link to the web dashboard. */
export const dashboardLinkFeature = defineFeature<DashboardLinkContext, never>({
  name: 'dashboard',
  commands: {
    names: ['baocao', 'bao cao', 'dashboard'],
    describe: (lang) => t(lang, 'dashboard.command'),
    for: ['official'],
  },
  intents: dashboardLinkIntents,
  menu: { id: 'menu.dashboard', order: 14, for: ['official'], label: (lang) => t(lang, 'menu.dashboard') },
  flow: { ...dashboardFlow, data: NoAnswers },
  load: loadDashboardLink,
  messages,
});
