import { REGISTRY } from '../../src/features/index.ts';

/** The home menu as the engine builds it from the features, for flow contexts in tests. */
export const HOME_MENU: readonly string[] = REGISTRY.menu.map((item) => item.id);
