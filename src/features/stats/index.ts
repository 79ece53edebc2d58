import { defineFeature } from '../../engine/feature.ts';
import { STATS_COMMAND } from './command-words.ts';
import type { StatsContext } from './context.ts';
import { statsFlow } from './flow.ts';
import { loadStatsContext } from './loader.ts';
import { messages, t } from './messages.ts';
import { NoAnswers } from '../shared/stored-fields.ts';
import { statsIntents } from './intents.ts';

/** /thongke: the funnel for an official's area and a period. */
export const statsFeature = defineFeature<StatsContext, never>({
  name: 'stats',
  commands: STATS_COMMAND,
  intents: statsIntents,
  menu: { id: 'menu.stats', order: 13, for: ['official'], label: (lang) => t(lang, 'menu.stats') },
  flow: { ...statsFlow, data: NoAnswers },
  load: loadStatsContext,
  messages,
});
