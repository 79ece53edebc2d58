import type { Choice, OutboundMessage } from '../../channels/types.ts';
import { resolveChoice } from '../../core/choices.ts';
import { t, type Lang } from '../../core/i18n/index.ts';
import type { Flow, FlowContext, StepResult } from '../engine/types.ts';
import { welcome } from '../home.ts';
import { fromProfile } from './registration/data.ts';
import { summaryText } from './registration/questions.ts';
import { registrationFlow } from './registration.ts';

/** /theodoi: what the person receives, with edit, pause and resume. Pure. */
export const ALERTS_FLOW = 'alerts';

function choices(lang: Lang, paused: boolean): Choice[] {
  return [
    { id: 'alerts.edit', label: t(lang, 'alerts.edit') },
    paused ? { id: 'alerts.resume', label: t(lang, 'alerts.resume') } : { id: 'alerts.pause', label: t(lang, 'alerts.pause') },
    { id: 'alerts.back', label: t(lang, 'alerts.back') },
  ];
}

function overview(context: FlowContext): OutboundMessage {
  const { lang, profile } = context;
  if (!profile) return { text: t(lang, 'alerts.none') };
  const paused = profile.paused === true;
  const text = [summaryText(lang, fromProfile(profile)), ...(paused ? [t(lang, 'alerts.paused_note')] : [])].join('\n');
  return { text, choices: choices(lang, paused), prompt: t(lang, 'alerts.question') };
}

export const alertsFlow: Flow = {
  name: ALERTS_FLOW,
  begin(context): StepResult {
    const { lang, profile } = context;
    if (!profile) {
      return {
        kind: 'done',
        replies: [{ text: t(lang, 'alerts.none'), choices: [{ id: 'menu.register', label: t(lang, 'alerts.register') }], prompt: t(lang, 'alerts.question') }],
      };
    }
    return { kind: 'continue', replies: [overview(context)], state: { flow: ALERTS_FLOW, step: 'menu', data: {}, misses: 0 } };
  },
  step(_state, input, context): StepResult {
    const { lang, profile } = context;
    const offered = choices(lang, profile?.paused === true);
    const choice = input.choiceId ?? (input.text ? resolveChoice(input.text, offered) : null);
    if (choice === 'alerts.edit') return registrationFlow.begin(context);
    if (choice === 'alerts.pause') return { kind: 'done', replies: [{ text: t(lang, 'alerts.paused_done') }], effects: [{ kind: 'pause_alerts' }] };
    if (choice === 'alerts.resume') return { kind: 'done', replies: [{ text: t(lang, 'alerts.resumed_done') }], effects: [{ kind: 'resume_alerts' }] };
    if (choice === 'alerts.back') return { kind: 'done', replies: [welcome(lang)] };
    return { kind: 'miss', reprompt: { text: t(lang, 'alerts.miss'), choices: offered, prompt: t(lang, 'alerts.question') } };
  },
};
