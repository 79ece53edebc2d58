import { describe, expect, it } from 'vitest';
import { type Messages, translator } from '../../../src/kernel/i18n/index.ts';

const own = {
  vi: { 'demo.hello': 'Chào {name}, bạn có {count} tin mới.', 'demo.bye': 'Tạm biệt.' },
  en: { 'demo.hello': 'Hello {name}, you have {count} new vacancies.', 'demo.bye': 'Goodbye.' },
} as const satisfies Messages<{ 'demo.hello': string; 'demo.bye': string }>;

const t = translator(own);

describe("a module's own messages (translator)", () => {
  it("says its own keys in each language, numbers written the language's way", () => {
    expect(t('vi', 'demo.hello', { name: 'Lan', count: 1284 })).toBe('Chào Lan, bạn có 1.284 tin mới.');
    expect(t('en', 'demo.hello', { name: 'Lan', count: 1284 })).toBe('Hello Lan, you have 1,284 new vacancies.');
    expect(t('en', 'demo.bye')).toBe('Goodbye.');
  });

  it("says the kernel's messages too", () => {
    expect(t('vi', 'wage.period.month')).toBe('tháng');
  });

  it('checks keys and placeholders at compile time (npm run typecheck)', () => {
    // @ts-expect-error -- no such key
    expect(t('vi', 'demo.nothing')).toBe('demo.nothing');
    // @ts-expect-error -- `count` is missing
    expect(t('vi', 'demo.hello', { name: 'Lan' })).toBe('Chào Lan, bạn có {count} tin mới.');
  });
});
