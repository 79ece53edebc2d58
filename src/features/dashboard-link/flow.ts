import { isOfficial } from '../../kernel/roles.ts';
import { t } from './messages.ts';
import type { Flow, StepResult } from '../../engine/types.ts';
import type { Context, DashboardLinkContext, Emits } from './context.ts';

/**
 * /baocao · /dashboard: an official (or admin) gets a one-time login link to the web dashboard, for their own
 * area. The link is issued by the flow's loader (loader.ts) only for a person with
 * an official or admin role; the flow says so, or refuses politely. One message, no questions. Pure.
 */
export const DASHBOARD_FLOW = 'dashboard';

function answer(context: Context): StepResult<Emits> {
  const { lang } = context;
  if (!isOfficial(context.roles)) return { kind: 'done', replies: [{ text: t(lang, 'review.not_official') }] };
  const link = context.dashboardLink ?? null;
  if (link === null) return { kind: 'done', replies: [{ text: t(lang, 'dashboard.link.failed') }] };
  return {
    kind: 'done',
    replies: [{ text: t(lang, 'dashboard.link.message', { url: link.url, minutes: link.minutes }) }],
  };
}

export const dashboardFlow: Flow<DashboardLinkContext, Emits> = {
  steps: [],
  begin: answer,
  // The flow ends with its first message; a stored state never names it, but answer the same if one did.
  step: (_state, _input, context) => answer(context),
};
