/**
 * The groups provinces report on and may target a broadcast at (poverty status from the commune's household
 * list, ethnic minority, disability). Sensitive: asked only with the person's own consent, never shown to employers.
 */
export const PRIORITY_GROUPS = ['poor', 'near_poor', 'newly_out_of_poverty', 'ethnic_minority', 'disability'] as const;

export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export function isPriorityGroup(value: unknown): value is PriorityGroup {
  return typeof value === 'string' && (PRIORITY_GROUPS as readonly string[]).includes(value);
}
