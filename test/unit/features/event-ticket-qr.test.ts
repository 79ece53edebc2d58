import { describe, expect, it } from 'vitest';
import type { EventFacts } from '../../../src/db/events.ts';
import type { Context } from '../../../src/features/event-registration/context.ts';
import { eventRegistrationFlow } from '../../../src/features/event-registration/flow.ts';
import { ticketMessage } from '../../../src/features/event-registration/ticket.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/** The ticket carries its QR code as a photo only when the service has an https address; the code alone otherwise. */
const EVENT: EventFacts = {
  id: 7,
  kind: 'fair',
  title: 'Phiên giao dịch việc làm Phổ Yên',
  startsAt: new Date('2026-05-12T01:30:00Z'),
  communeCode: '05860',
  address: 'Nhà văn hoá tổ 3',
  onlineUrl: null,
  scopeRegionCode: '19',
  targetRegionCodes: ['19'],
  priorityGroups: [],
  capacity: null,
  status: 'announced',
  seatsTaken: 0,
  waiting: 0,
};
const TICKET = { registrationId: 501, code: 'K7M2QD', status: 'registered', place: 0, interviews: [] } as const;
const QR = 'https://viec.example.vn/events/ticket/K7M2QD.png';

function context(imageBaseUrl: string | null | undefined): Context {
  return {
    lang: 'vi',
    now: new Date('2026-05-10T03:00:00Z'),
    quietHours: DEFAULT_QUIET_HOURS,
    profile: null,
    employer: null,
    menu: HOME_MENU,
    eventReg: {
      event: EVENT,
      vacancies: [],
      registration: null,
      reserved: { id: 501, code: 'K7M2QD' },
      fullName: null,
      phoneE164: null,
      ...(imageBaseUrl === undefined ? {} : { imageBaseUrl }),
    },
  };
}

describe('the ticket QR photo', () => {
  it.each([
    ['https://viec.example.vn', QR],
    [null, undefined],
  ])('ticketMessage, base %s: image %s, the code in the text either way', (base, imageUrl) => {
    const message = ticketMessage('vi', EVENT, TICKET, base);
    expect(message.imageUrl).toBe(imageUrl);
    expect(message.text).toContain('Vé của bạn: K7M2QD');
  });

  it('a place on the waiting list: no QR code, it is not a seat', () => {
    const message = ticketMessage('vi', EVENT, { ...TICKET, status: 'waiting', place: 1 }, 'https://viec.example.vn');
    expect(message.imageUrl).toBeUndefined();
    expect(message.text).toContain('danh sách chờ, thứ 1');
  });

  it.each([
    ['https://viec.example.vn', QR],
    [null, undefined],
    [undefined, undefined],
  ])('registering from the announcement, base %s: image %s', (base, imageUrl) => {
    const state = { flow: 'event-registration', step: 'answer', data: { eventId: null }, misses: 0 };
    const input = { text: null, choiceId: 'event.register.7', choiceIds: ['event.register.7'] };
    const result = eventRegistrationFlow.step(state, input, context(base));
    expect(result.kind).toBe('done');
    const reply = result.kind === 'done' ? result.replies[0] : undefined;
    expect(reply?.text).toContain('Vé của bạn: K7M2QD');
    expect(reply?.imageUrl).toBe(imageUrl);
  });
});
