/** A vacancy's life: pending review, approved (live), rejected, closed by its employer, hidden after scam reports. */
export type VacancyStatus = 'pending' | 'approved' | 'rejected' | 'closed' | 'hidden';

/** Statuses an employer may close: not yet decided, live, or hidden after reports (the SQL checks the same). */
export const CLOSABLE_STATUSES = ['pending', 'approved', 'hidden'] as const satisfies readonly VacancyStatus[];

export function isClosable(vacancy: { status: VacancyStatus }): boolean {
  return (CLOSABLE_STATUSES as readonly string[]).includes(vacancy.status);
}
