/**
 * The choices a vacancy alert carries ("alert.interested.42", "alert.not_suitable.42", "alert.report.42"): the
 * delivery stores them as the chat's last choices, so "1" typed after an alert — or a pressed button — acts on
 * that vacancy from anywhere, through job search's own answers. "alert.open.42" only shows its card (a registration
 * link naming a vacancy, src/engine/links.ts). Pure.
 */
export type AlertAction = 'interested' | 'not_suitable' | 'report' | 'open';

const DETAIL_CHOICE: Readonly<Record<AlertAction, string>> = {
  interested: 'search.interested',
  not_suitable: 'search.not_suitable',
  report: 'search.report',
  open: 'search.open',
};

export function alertChoiceId(action: AlertAction, vacancyId: number): string {
  return `alert.${action}.${vacancyId}`;
}

export function parseAlertChoice(
  choiceId: string | null | undefined,
): { action: AlertAction; vacancyId: number; detailChoice: string } | null {
  const match = /^alert\.(interested|not_suitable|report|open)\.(\d{1,15})$/.exec(choiceId ?? '');
  if (!match) return null;
  const action = match[1] as AlertAction;
  return { action, vacancyId: Number(match[2]), detailChoice: DETAIL_CHOICE[action] };
}
