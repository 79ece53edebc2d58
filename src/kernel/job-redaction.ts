import { findPhoneNumbers } from './phone.ts';

/**
 * What the queue board (/admin/queues) may show of a job's data, return value and progress: ids and numbers.
 * Jobs should carry ids only, but the board must not show personal data even if one carried a name or a phone:
 * every other value becomes "…" (booleans and null stay: they cannot hold either). A value under a key that names
 * an id (id, vacancyId, person_id, notificationIds…) is shown when it looks like an id; a number elsewhere unless
 * it could be a phone number; a key that is not a plain identifier is hidden too (keys can hold data). Pure.
 */
export const HIDDEN = '…';

const ID_KEY = /^(id|ids)$|(Id|Ids|_id|_ids)$/;
const ID_TEXT = /^[A-Za-z0-9_.:-]{1,64}$/;
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const JOB_NAME = /^[A-Za-z0-9_.:-]{1,64}$/;
const MAX_DEPTH = 8;

const couldBePhone = (text: string) => findPhoneNumbers(text).length > 0;

function shownScalar(value: string | number | bigint, underIdKey: boolean): string | number | bigint {
  if (typeof value === 'string') return underIdKey && ID_TEXT.test(value) && !couldBePhone(value) ? value : HIDDEN;
  if (typeof value === 'number' && !Number.isFinite(value)) return HIDDEN;
  return underIdKey || !couldBePhone(String(value)) ? value : HIDDEN;
}

export function redactJobValue(value: unknown, key = '', depth = 0): unknown {
  if (value === null || value === undefined || typeof value === 'boolean') return value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')
    return shownScalar(value, ID_KEY.test(key));
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return HIDDEN;
  if (Array.isArray(value)) return value.map((item) => redactJobValue(item, key, depth + 1));
  const out: Record<string, unknown> = {};
  let hiddenKeys = 0;
  for (const [field, inner] of Object.entries(value)) {
    const shownKey = PLAIN_KEY.test(field) ? field : `${HIDDEN}${(hiddenKeys += 1)}`;
    out[shownKey] = redactJobValue(inner, PLAIN_KEY.test(field) ? field : '', depth + 1);
  }
  return out;
}

/** A job's name is chosen by our code (vacancy.approved, deliver, …); anything else is hidden. */
export function redactJobName(name: unknown): string {
  return typeof name === 'string' && JOB_NAME.test(name) ? name : HIDDEN;
}
