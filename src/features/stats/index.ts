import { defineFeature } from '../../engine/feature.ts';
import { STATS_COMMAND } from './command-words.ts';
import type { StatsContext } from './context.ts';
import { statsFlow } from './flow.ts';
import { loadStatsContext } from './loader.ts';
import { messages } from './messages.ts';
import { NoAnswers } from '../shared/stored-fields.ts';

/** /thongke: the funnel for an official's area and a period. */
export const statsFeature = defineFeature<StatsContext, never>({
  name: 'stats',
  commands: STATS_COMMAND,
  flow: { ...statsFlow, data: NoAnswers },
  load: loadStatsContext,
  messages,
});
