import type { FeatureIntent } from '../../engine/intents.ts';

/** An official asking for the report pages. */
export const dashboardLinkIntents: readonly FeatureIntent[] = [
  { id: 'dashboard', phrases: ['bao cao', 'trang bao cao', 'xem bao cao', 'dashboard'] },
];
