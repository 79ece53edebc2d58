import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelAdapter } from '../../src/channels/types.ts';

/**
 * The behaviour every channel adapter shares, run against each adapter with its HTTP fake (or, for the
 * simulator, its in-process outbox). Each adapter's own tests cover what is particular to its platform.
 */
export interface ContractFixture {
  adapter: ChannelAdapter;
  /** Longest text the platform accepts in one message (Infinity for the local simulator). */
  textLimit: number;
  /** A raw inbound body, shaped exactly as the platform sends it, of a private text message. */
  rawText(chatId: string, text: string): unknown;
  /** Texts the platform (fake) recorded as delivered to a chat, in order. */
  delivered(chatId: string): string[];
  /** The next send answers with this failure; omitted kinds are not supported by the platform's fake. */
  failNext(
    kind: 'rate_limited' | 'server_error' | 'unknown_chat' | 'blocked' | 'bad_token',
    retryAfterSeconds?: number,
  ): void;
  /** Which failNext kinds the platform can produce. */
  supports: ReadonlyArray<'rate_limited' | 'server_error' | 'unknown_chat' | 'blocked' | 'bad_token'>;
  close(): Promise<void>;
}

const GARBAGE: unknown[] = [
  null,
  undefined,
  0,
  42,
  '',
  'x',
  true,
  [],
  {},
  [1, 2],
  { message: 'hi' },
  { update_id: 'nope' },
  { event_name: 5 },
  { result: null, ok: true },
];

export function runAdapterContract(name: string, setup: () => Promise<ContractFixture>): void {
  describe(`channel adapter contract: ${name}`, () => {
    let fixture: ContractFixture;
    beforeEach(async () => {
      fixture = await setup();
    });
    afterEach(async () => {
      await fixture.close();
    });

    it('ignores garbage without throwing', () => {
      for (const raw of GARBAGE) expect(fixture.adapter.receive(raw)).toEqual([]);
    });

    it('reads a private text message', () => {
      const [message, ...rest] = fixture.adapter.receive(fixture.rawText('chat-a', 'Tôi muốn tìm việc'));
      expect(rest).toEqual([]);
      expect(message).toMatchObject({
        channel: fixture.adapter.channel,
        chatType: 'private',
        text: 'Tôi muốn tìm việc',
        addressedToBot: true,
        choiceId: null,
      });
      expect(message!.eventId).toBeTruthy();
      expect(message!.chatId).toBeTruthy();
      expect(message!.sentAt).toBeInstanceOf(Date);
    });

    it('sends text as written, Vietnamese intact', async () => {
      const result = await fixture.adapter.send('chat-a', { text: 'Xin chào! Đây là trợ lý tự động.' });
      expect(result.ok).toBe(true);
      expect(fixture.delivered('chat-a')).toEqual(['Xin chào! Đây là trợ lý tự động.']);
    });

    it('shows choices as numbered lines', async () => {
      await fixture.adapter.send('chat-a', {
        text: 'Bạn chọn số nào?',
        choices: [
          { id: 'yes', label: 'Đồng ý' },
          { id: 'no', label: 'Không đồng ý' },
        ],
      });
      const [text] = fixture.delivered('chat-a');
      expect(text).toContain('1. Đồng ý');
      expect(text).toContain('2. Không đồng ý');
    });

    it('splits text longer than the platform allows, at line breaks, losing nothing', async () => {
      const lines = Array.from(
        { length: 400 },
        (_, i) => `Dòng ${i + 1}: công nhân may, phụ hồ, lái xe — ${'x'.repeat(i % 37)}`,
      );
      const long = lines.join('\n');
      const result = await fixture.adapter.send('chat-a', { text: long });
      expect(result.ok).toBe(true);
      const pieces = fixture.delivered('chat-a');
      expect(pieces.length).toBe(Number.isFinite(fixture.textLimit) ? Math.max(2, pieces.length) : 1);
      for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(fixture.textLimit);
      expect(pieces.join('\n').split('\n')).toEqual(lines);
    });

    it('maps a rate limit to throttled with the platform retry time', async () => {
      if (!fixture.supports.includes('rate_limited')) return;
      fixture.failNext('rate_limited', 7);
      const result = await fixture.adapter.send('chat-a', { text: 'hi' });
      expect(result).toMatchObject({ ok: false, failure: { kind: 'throttled' } });
      if (!result.ok && result.failure.kind === 'throttled')
        expect(result.failure.retryAfterMs).toBeGreaterThanOrEqual(7000);
    });

    it('maps a server error to transient', async () => {
      if (!fixture.supports.includes('server_error')) return;
      fixture.failNext('server_error');
      expect(await fixture.adapter.send('chat-a', { text: 'hi' })).toMatchObject({
        ok: false,
        failure: { kind: 'transient' },
      });
    });

    it('maps an unknown chat to invalid_recipient', async () => {
      if (!fixture.supports.includes('unknown_chat')) return;
      fixture.failNext('unknown_chat');
      expect(await fixture.adapter.send('chat-a', { text: 'hi' })).toMatchObject({
        ok: false,
        failure: { kind: 'invalid_recipient' },
      });
    });

    it('maps a person who blocked the bot to recipient_gone', async () => {
      if (!fixture.supports.includes('blocked')) return;
      fixture.failNext('blocked');
      expect(await fixture.adapter.send('chat-a', { text: 'hi' })).toMatchObject({
        ok: false,
        failure: { kind: 'recipient_gone' },
      });
    });

    it('maps a rejected token to fatal', async () => {
      if (!fixture.supports.includes('bad_token')) return;
      fixture.failNext('bad_token');
      expect(await fixture.adapter.send('chat-a', { text: 'hi' })).toMatchObject({
        ok: false,
        failure: { kind: 'fatal' },
      });
    });
  });
}
