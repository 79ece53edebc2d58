import { describe, expect, it } from 'vitest';
import {
  readTicketCode,
  TICKET_ALPHABET,
  TICKET_LENGTH,
  ticketCode,
} from '../../../../src/kernel/events/ticket-code.ts';

describe('ticket codes', () => {
  it('are six letters from an alphabet without look-alikes', () => {
    expect(TICKET_ALPHABET).not.toMatch(/[01OIL]/);
    expect(ticketCode(new Uint8Array([0, 1, 2, 30, 31, 255]))).toBe('ABC9AH');
    expect(ticketCode(new Uint8Array(TICKET_LENGTH).fill(7))).toMatch(/^[A-Z2-9]{6}$/);
  });

  it('need six random bytes', () => {
    expect(() => ticketCode(new Uint8Array(5))).toThrow(/6 random bytes/);
  });

  it.each([
    ['K7M2QD', 'K7M2QD'],
    ['k7m2qd', 'K7M2QD'],
    ['k7m 2qd', 'K7M2QD'],
    ['K7M-2QD', 'K7M2QD'],
    [' K7M2QD ', 'K7M2QD'],
    ['K7M2Q', null],
    ['K7M2QDX', null],
    ['K0M2QD', null],
    ['KOM2QD', null],
    ['', null],
  ])('reads %j as %j', (typed, code) => expect(readTicketCode(typed)).toBe(code));

  it('reads nothing from null', () => expect(readTicketCode(null)).toBeNull());
});
