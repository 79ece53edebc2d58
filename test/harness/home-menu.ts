import { REGISTRY } from '../../src/features/index.ts';
import type { HomeMenu } from '../../src/engine/home.ts';

/** The home menu as the engine builds it from the features, for flow contexts in tests. */
export const HOME_MENU: HomeMenu = REGISTRY.menu;

/** Its choice ids in order. */
export const HOME_MENU_IDS: readonly string[] = HOME_MENU.map((item) => item.id);
