import type { BaseContext } from '../../engine/types.ts';
import type { RoleGrant } from '../../kernel/roles.ts';

/** What /baocao reads (src/features/dashboard-link/loader.ts). */
export interface DashboardLinkContext {
  roles: readonly RoleGrant[];
  /** A one-time login link to the web dashboard, issued for officials and admins only (null: none). */
  dashboardLink: DashboardLinkOffer | null;
}

/** A fresh one-time login link and how long it works. */
export interface DashboardLinkOffer {
  url: string;
  minutes: number;
}

/** What this feature's steps see: the engine's base context and what its loader read. */
export type Context = BaseContext & DashboardLinkContext;

/** The effects this feature's flow may ask for. */
export type Emits = never;
