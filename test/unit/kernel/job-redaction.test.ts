import { describe, expect, it } from 'vitest';
import { HIDDEN, redactJobName, redactJobValue } from '../../../src/kernel/job-redaction.ts';

describe('job data as the queue board shows it: ids and numbers only', () => {
  const cases: Array<[string, unknown, unknown]> = [
    [
      'ids by key, as numbers or id-like text',
      { notificationId: 7, vacancyId: '12', person_id: 3, id: 'n-7', outboxIds: [1, 2] },
      { notificationId: 7, vacancyId: '12', person_id: 3, id: 'n-7', outboxIds: [1, 2] },
    ],
    [
      'a name and a phone, under any key',
      { name: 'Nguyễn Văn An', phone: '0912 345 678', workerName: 'Lan' },
      { name: HIDDEN, phone: HIDDEN, workerName: HIDDEN },
    ],
    [
      'a phone under an id key',
      { chatId: '+84912345678', contactId: '0912345678' },
      { chatId: HIDDEN, contactId: HIDDEN },
    ],
    ['text under an id key that is not an id', { personId: 'Nguyễn An' }, { personId: HIDDEN }],
    [
      'plain numbers, but not one that could be a phone',
      { attempt: 2, wage: 8_000_000, phone: 912345678, at: 1767225600000 },
      { attempt: 2, wage: 8_000_000, phone: HIDDEN, at: 1767225600000 },
    ],
    [
      'nested objects and arrays',
      { shared: { with: { employerId: 4, text: 'Chị Lan 0912345678' } }, people: [{ personId: 1, name: 'A' }] },
      { shared: { with: { employerId: 4, text: HIDDEN } }, people: [{ personId: 1, name: HIDDEN }] },
    ],
    ['booleans and null stay', { urgent: true, note: null }, { urgent: true, note: null }],
    [
      'a key that is not an identifier is hidden too',
      { '0912345678': 1, 'Nguyễn An': { personId: 2 } },
      { [`${HIDDEN}1`]: 1, [`${HIDDEN}2`]: { personId: 2 } },
    ],
    ['a bare string', 'Nguyễn Văn An', HIDDEN],
    ['a bare number', 42, 42],
    ['nothing', undefined, undefined],
    ['not finite', { n: Number.NaN }, { n: HIDDEN }],
  ];
  it.each(cases)('%s', (_label, data, shown) => {
    expect(redactJobValue(data)).toEqual(shown);
  });

  it('stops at a depth, hiding what is deeper', () => {
    let deep: unknown = { personId: 1 };
    for (let i = 0; i < 20; i++) deep = { inner: deep };
    expect(JSON.stringify(redactJobValue(deep))).not.toContain('personId');
  });

  it.each([
    ['vacancy.approved', 'vacancy.approved'],
    ['deliver', 'deliver'],
    ['notice:application', 'notice:application'],
    ['Gửi cho Lan', HIDDEN],
    ['', HIDDEN],
    [undefined, HIDDEN],
  ])('job name %j is shown as %j', (name, shown) => {
    expect(redactJobName(name)).toBe(shown);
  });
});
