import { describe, expect, it } from 'vitest';
import { hideToken } from './hide-token.ts';

const TOKEN = '12345689:abc-xyz';

describe('hideToken', () => {
  it('removes the token in plain and URL-encoded form, and any /bot<token> path', () => {
    expect(hideToken(`POST https://bot-api.zaloplatforms.com/bot${TOKEN}/sendMessage`, TOKEN)).toBe(
      'POST https://bot-api.zaloplatforms.com/bot[redacted]/sendMessage',
    );
    expect(hideToken(`bad ${encodeURIComponent(TOKEN)} here`, TOKEN)).toBe('bad [redacted] here');
    expect(hideToken('http://x/botOTHER:token/getMe', TOKEN)).toBe('http://x/bot[redacted]/getMe');
    expect(hideToken(`token is ${TOKEN}`, TOKEN)).not.toContain(TOKEN);
  });
  it('leaves other text alone', () => {
    expect(hideToken('The chat_id is invaild', TOKEN)).toBe('The chat_id is invaild');
  });
});
