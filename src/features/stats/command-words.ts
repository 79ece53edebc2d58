import type { FeatureCommand } from '../../engine/feature.ts';
import { t } from './messages.ts';

/** /thongke · /stats, with a period after it ("/thongke thang truoc"). */
export const STATS_COMMAND: FeatureCommand = {
  names: ['thongke', 'thong ke', 'stats'],
  takesArgument: true,
  describe: (lang) => t(lang, 'stats.command'),
  for: ['official'],
};
