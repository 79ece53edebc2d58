import { defineFeature } from '../../engine/feature.ts';
import type { DashboardLinkContext } from './context.ts';
import { dashboardFlow } from './flow.ts';
import { loadDashboardLink } from './loader.ts';
import { messages } from './messages.ts';
import { NoAnswers } from '../shared/stored-fields.ts';

/** /baocao: an official gets a one-time login link to the web dashboard. */
export const dashboardLinkFeature = defineFeature<DashboardLinkContext, never>({
  name: 'dashboard',
  commands: { names: ['baocao', 'bao cao', 'dashboard'] },
  flow: { ...dashboardFlow, data: NoAnswers },
  load: loadDashboardLink,
  messages,
});
