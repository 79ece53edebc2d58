import { describe, expect, expectTypeOf, it } from 'vitest';
import { FEATURES } from '../../../src/features/index.ts';
import { en, formatDate, formatNumber, isLang, LANGS, resolveLang, t, vi } from '../../../src/kernel/i18n/index.ts';
import type { Lang, MessageKey, MessageParams } from '../../../src/kernel/i18n/index.ts';
import { loadCatalogues } from '../../harness/catalogues.ts';

/** The kernel's catalogue and every module's own (each messages.ts under src/). */
const CATALOGUES = await loadCatalogues();

/** Placeholder names in a message, sorted and unique. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

describe('catalogues', () => {
  it('vi and en have the same keys (types)', () => {
    expectTypeOf<keyof typeof en>().toEqualTypeOf<keyof typeof vi>();
    expectTypeOf<MessageKey>().toEqualTypeOf<keyof typeof vi>();
  });

  it("finds the kernel's catalogue and the modules' own", () => {
    expect(CATALOGUES.map((c) => c.name)).toContain('src/kernel/i18n');
    expect(CATALOGUES.map((c) => c.name)).toContain('src/features/search');
    expect(CATALOGUES.length).toBeGreaterThan(10);
  });

  it('speaks the languages it has catalogues for', () => {
    const catalogues: Record<Lang, Record<string, string>> = { vi, en };
    expect([...LANGS].sort()).toEqual(Object.keys(catalogues).sort());
  });

  describe.each(CATALOGUES)('$name', (catalogue) => {
    const keys = Object.keys(catalogue.vi);

    it('vi and en have the same keys (run time)', () => {
      expect(Object.keys(catalogue.en).sort()).toEqual([...keys].sort());
    });

    it.each(keys)('%s: every placeholder of vi is in en, and en has no other', (key) => {
      expect(placeholders(catalogue.en[key] ?? '')).toEqual(placeholders(catalogue.vi[key] ?? ''));
    });

    it.each(LANGS.flatMap((lang) => keys.map((key) => ({ lang, key }))))(
      '$lang $key: placeholders are {name}, the text is trimmed and not empty',
      ({ lang, key }) => {
        const text = catalogue[lang][key] ?? '';
        expect(text.trim()).not.toBe('');
        expect(text).toBe(text.trim());
        expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
      },
    );

    it('keys are dotted lower-case area names (a domain code may end a key)', () => {
      // A domain code as it is spelled in code: lower snake case, UPPER (a currency), or camelCase (a funnel measure).
      for (const key of keys)
        expect(key).toMatch(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*\.([a-z0-9_]+|[A-Z]+|[a-z]+(?:[A-Z][a-z0-9]*)+)$/);
    });
  });

  it("no key is defined twice: a module's key never shadows the kernel's or another module's", () => {
    const owners = new Map<string, string[]>();
    for (const { name, vi: texts } of CATALOGUES)
      for (const key of Object.keys(texts)) owners.set(key, [...(owners.get(key) ?? []), name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it("every feature's catalogue is declared on the feature (Feature.messages)", () => {
    const declared = new Set(FEATURES.flatMap((feature) => (feature.messages ? [feature.messages.vi] : [])));
    const features = CATALOGUES.filter((c) => c.name.startsWith('src/features/'));
    expect(features.filter((c) => !declared.has(c.vi)).map((c) => c.name)).toEqual([]);
  });
});

describe('t', () => {
  it('returns the message in the language asked for', () => {
    expect(t('vi', 'wage.negotiable')).toBe('Thỏa thuận');
    expect(t('en', 'wage.negotiable')).toBe('Negotiable');
  });

  it('substitutes every placeholder, including ones used twice and text with $ patterns', () => {
    expect(t('vi', 'wage.range', { min: '7', max: '9' })).toBe('7–9');
    expect(t('en', 'wage.bound.from', { amount: '$& 1,000' })).toBe('From $& 1,000');
    expect(t('vi', 'wage.flag.basis.both', { first: '{second}', second: 'b' })).toBe('{second}; b');
  });

  it('formats number params for the language', () => {
    expect(t('vi', 'wage.flag.basis.daily', { days: 1284 })).toBe('tháng ÷ 1.284 ngày');
    expect(t('en', 'wage.flag.basis.daily', { days: 1284 })).toBe('monthly ÷ 1,284 days');
    expect(t('vi', 'wage.flag.basis.daily', { days: '2026' })).toBe('tháng ÷ 2026 ngày');
  });

  it('leaves a missing param visible instead of throwing', () => {
    expect(t('vi', 'wage.range', { min: '7' } as MessageParams<'wage.range'>)).toBe('7–{max}');
    expect(t('en', 'wage.range', undefined as unknown as MessageParams<'wage.range'>)).toBe('{min}–{max}');
  });

  it('ignores params the message does not use', () => {
    expect(t('en', 'wage.unknown', { extra: 'x' } as never)).toBe('Not stated');
  });

  it('falls back to Vietnamese for an unknown language, and to the key for an unknown key', () => {
    expect(t('fr' as Lang, 'wage.negotiable')).toBe('Thỏa thuận');
    expect(t(undefined as unknown as Lang, 'wage.period.month')).toBe('tháng');
    expect(t('en', 'no.such.key' as 'wage.unknown')).toBe('no.such.key');
  });

  it('requires params exactly when the message has placeholders (types)', () => {
    expectTypeOf<MessageParams<'wage.range'>>().toEqualTypeOf<{
      readonly min: string | number;
      readonly max: string | number;
    }>();
    // @ts-expect-error: 'wage.range' needs min and max
    t('vi', 'wage.range');
    // @ts-expect-error: a misspelt param name
    t('vi', 'wage.bound.from', { amout: '1' });
  });
});

describe('language helpers', () => {
  it.each([
    ['vi', true, 'vi'],
    ['en', true, 'en'],
    ['EN', false, 'vi'],
    ['fr', false, 'vi'],
    [undefined, false, 'vi'],
    [42, false, 'vi'],
  ])('%j: isLang %j, resolves to %j', (value, known, resolved) => {
    expect(isLang(value)).toBe(known);
    expect(resolveLang(value)).toBe(resolved);
  });
});

describe('formatNumber', () => {
  it.each<[number, number | undefined, string, string]>([
    // n, maxFractionDigits, vi, en
    [0, undefined, '0', '0'],
    [1000, undefined, '1.000', '1,000'],
    [1200, undefined, '1.200', '1,200'],
    [999, undefined, '999', '999'],
    [1234567.5, undefined, '1.234.567,5', '1,234,567.5'],
    [-1234567.5, undefined, '-1.234.567,5', '-1,234,567.5'],
    [-5, undefined, '-5', '-5'],
    [7.5, undefined, '7,5', '7.5'],
    [7.25, undefined, '7,25', '7.25'],
    [7.0, undefined, '7', '7'],
    [1_000_000_000_000_000, undefined, '1.000.000.000.000.000', '1,000,000,000,000,000'],
    // rounding: half away from zero, trailing zeros dropped
    [7.256, undefined, '7,26', '7.26'],
    [7.254, undefined, '7,25', '7.25'],
    [7.999, undefined, '8', '8'],
    [1234567.5, 0, '1.234.568', '1,234,568'],
    [2.5, 0, '3', '3'],
    [-2.5, 0, '-3', '-3'],
    [204230.769, 0, '204.231', '204,231'],
    [1.23456, 4, '1,2346', '1.2346'],
    [0.215, 2, '0,22', '0.22'], // the number as written, not its binary value (toFixed gives 0.21)
    [0.125, 1, '0,1', '0.1'],
    [-0.001, undefined, '0', '0'], // no "-0"
    [-0, undefined, '0', '0'],
  ])('%d (max %j digits) → vi %j, en %j', (n, digits, viText, enText) => {
    expect(formatNumber('vi', n, digits)).toBe(viText);
    expect(formatNumber('en', n, digits)).toBe(enText);
  });

  it('falls back to Vietnamese for an unknown language', () => {
    expect(formatNumber('fr' as Lang, 1234.5)).toBe('1.234,5');
  });

  it('clamps an out-of-range fraction digit count instead of throwing', () => {
    expect(formatNumber('en', 1.5, -1)).toBe('2');
    expect(formatNumber('en', 1.5, Number.NaN)).toBe('1.5');
  });
});

describe('formatDate', () => {
  it.each([
    // instant (UTC) → date in Vietnam (UTC+7): the date turns at 17:00 UTC
    ['2026-01-01T00:00:00Z', '01/01/2026'],
    ['2026-01-01T16:59:59.999Z', '01/01/2026'],
    ['2026-01-01T17:00:00Z', '02/01/2026'],
    ['2025-12-31T17:00:00Z', '01/01/2026'], // still 2025 in UTC, already new year in Vietnam
    ['2025-12-31T16:59:59Z', '31/12/2025'],
    ['2026-02-28T17:00:00Z', '01/03/2026'],
    ['2028-02-28T17:00:00Z', '29/02/2028'], // leap year
    ['2026-12-31T23:30:00+07:00', '31/12/2026'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDate('vi', new Date(iso))).toBe(expected);
    expect(formatDate('en', new Date(iso))).toBe(expected);
  });

  it('throws a RangeError on an invalid Date', () => {
    expect(() => formatDate('vi', new Date('not a date'))).toThrow(RangeError);
  });
});
