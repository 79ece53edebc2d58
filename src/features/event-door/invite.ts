import type { StepInput, StepResult } from '../../engine/types.ts';
import type { Choice } from '../../kernel/message.ts';
import { nextSendableTime } from '../../kernel/quiet-hours.ts';
import { chosen } from '../shared/choice.ts';
import type { Context, DoorEvent, Emits } from './context.ts';
import { t } from './messages.ts';
import { at, done, EMPTY, gone, miss, pickedIds } from './steps.ts';

/**
 * An official invites employers to an event in their area: the verified employers with an open job near it, not yet
 * invited or joined, as a multi-select; each gets an invitation with "Tham gia phiên" / "Không tham gia", sent
 * outside the quiet hours. Pure.
 */
const EMPLOYER_PREFIX = 'door.emp.';

function employerChoices(context: Context): Choice[] {
  return context.invitable.map((employer) => ({ id: `${EMPLOYER_PREFIX}${employer.id}`, label: employer.name }));
}

export function startInvite(event: DoorEvent, context: Context): StepResult<Emits> {
  const { lang } = context;
  if (context.invitable.length === 0) return done(t(lang, 'event_door.invite_none'));
  return at(
    'invite',
    { ...EMPTY, eventId: event.id },
    {
      replies: [{ text: t(lang, 'event_door.invite_pick'), choices: employerChoices(context) }],
    },
  );
}

export function onInvite(input: StepInput, context: Context): StepResult<Emits> {
  const { lang, doorEvent, now, quietHours } = context;
  if (!doorEvent?.official) return gone(lang);
  const choices = employerChoices(context);
  const picked = pickedIds(
    input,
    choices.map((c) => c.id),
    chosen(input, choices),
  );
  if (picked.length === 0) return miss(t(lang, 'event_door.invite_miss'));
  const employerIds = picked.map((id) => Number(id.slice(EMPLOYER_PREFIX.length)));
  return done(t(lang, 'event_door.invited', { count: employerIds.length }), [
    {
      kind: 'invite_employers',
      eventId: doorEvent.id,
      employerIds,
      notBefore: nextSendableTime(now, quietHours).toISOString(),
    },
  ]);
}
