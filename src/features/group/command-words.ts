import type { FeatureCommand } from '../../engine/feature.ts';

/** /nhom · /group, with the place or "dung" (stop) after it. */
export const GROUP_COMMAND: FeatureCommand = { names: ['nhom', 'group'], takesArgument: true };
