import { messages as simulator } from '../channels/simulator/messages.ts';
import { messages as dashboard } from '../dashboard/messages.ts';
import { FEATURES } from '../features/index.ts';
import { type NamedCatalogue, vi } from '../kernel/i18n/index.ts';
import { messages as reporting } from '../reporting/messages.ts';

/**
 * Every catalogue a language pack may translate, by the name pack files give it: the kernel's, each feature's (by
 * the feature's name: 'dashboard' is /baocao's) and the other modules'. test/unit/app/language-packs.test.ts checks
 * that no messages.ts is left out and that no name is given twice.
 */
export const CATALOGUES: readonly NamedCatalogue[] = [
  { name: 'kernel', vi },
  ...FEATURES.flatMap((feature) => (feature.messages ? [{ name: feature.name, vi: feature.messages.vi }] : [])),
  { name: 'dashboard-pages', vi: dashboard.vi },
  { name: 'reporting', vi: reporting.vi },
  { name: 'simulator', vi: simulator.vi },
];
