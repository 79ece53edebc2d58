import { afterEach, describe, expect, it } from 'vitest';
import {
  checkPack,
  formatNumber,
  installedPacks,
  installLanguagePacks,
  isLang,
  type Lang,
  type Messages,
  type NamedCatalogue,
  type PackFile,
  packTemplate,
  resolveLang,
  t,
  translator,
  vi as kernelVi,
} from '../../../src/kernel/i18n/index.ts';

/** Language packs (locales/<code>.json): the file's check, `t` and `translator` with a pack, and the template. */
const demo = {
  vi: { 'demo.hello': 'Chào {name}, bạn có {count} tin mới.', 'demo.bye': 'Tạm biệt.' },
  en: { 'demo.hello': 'Hello {name}, you have {count} new vacancies.', 'demo.bye': 'Goodbye.' },
} as const satisfies Messages<{ 'demo.hello': string; 'demo.bye': string }>;

const other = { vi: { 'other.bye': 'Hẹn gặp lại.' }, en: { 'other.bye': 'See you.' } } as const;

const CATALOGUES: NamedCatalogue[] = [
  { name: 'demo', vi: demo.vi },
  { name: 'other', vi: other.vi },
];

const FILE = 'locales/qaa.json';
const pack = (messages: unknown, name: unknown = 'Lus Qàa') => JSON.stringify({ name, messages });

afterEach(() => installLanguagePacks([], []));

describe('checkPack', () => {
  it.each<{ case: string; code?: string; text: string; errors: unknown[] }>([
    { case: 'a good file', text: pack({ demo: { 'demo.bye': 'Sib ntsib.' } }), errors: [] },
    {
      case: "a template's entries, one filled, one empty",
      text: pack({
        demo: {
          'demo.hello': { vi: '…', placeholders: ['count', 'name'], text: '{name} {count}' },
          'demo.bye': { vi: 'Tạm biệt.', placeholders: [], text: '' },
        },
      }),
      errors: [],
    },
    {
      case: 'an unknown key',
      text: pack({ demo: { 'demo.helo': 'x' } }),
      errors: ['locales/qaa.json: demo › demo.helo: unknown key'],
    },
    {
      case: "another catalogue's key",
      text: pack({ demo: { 'other.bye': 'x' } }),
      errors: ['locales/qaa.json: demo › other.bye: unknown key'],
    },
    {
      case: 'an unknown catalogue',
      text: pack({ dmo: {} }),
      errors: ['locales/qaa.json: messages.dmo: unknown catalogue (known: demo, other)'],
    },
    {
      case: 'a placeholder missing and one of its own',
      text: pack({ demo: { 'demo.hello': '{nam} {count}' } }),
      errors: [
        'locales/qaa.json: demo › demo.hello: placeholder {nam} is not in the Vietnamese text',
        'locales/qaa.json: demo › demo.hello: placeholder {name} is missing (the Vietnamese text has it)',
      ],
    },
    {
      case: 'a placeholder in a text that has none',
      text: pack({ other: { 'other.bye': 'Bye {name}' } }),
      errors: ['locales/qaa.json: other › other.bye: placeholder {name} is not in the Vietnamese text'],
    },
    {
      case: 'a code that is not ISO 639-2/3',
      code: 'Hmong',
      text: pack({}),
      errors: [
        'locales/qaa.json: "Hmong" is not a pack code: name the file with the language\'s ISO 639-2/3 code, ' +
          'three lower-case letters (hmn, tay, nun, dao, tha)',
      ],
    },
    {
      case: 'a compiled language',
      code: 'vie',
      text: pack({}),
      errors: [expect.stringContaining('"vie" is not a pack code')],
    },
    {
      case: 'no name',
      text: pack({}, ' '),
      errors: ["locales/qaa.json: name: the language's own name, as its speakers write it, is empty"],
    },
    {
      case: 'a text that is not a string',
      text: pack({ demo: { 'demo.bye': 42 } }),
      errors: [expect.stringMatching(/^locales\/qaa\.json: messages\.demo\.demo\.bye: /)],
    },
    {
      case: 'not JSON',
      text: '{"name": "x",',
      errors: [expect.stringMatching(/^locales\/qaa\.json: not valid JSON \(/)],
    },
  ])('$case', ({ code = 'qaa', text, errors }) => {
    const result = checkPack(FILE, code, text, CATALOGUES);
    expect(result.errors).toEqual(errors);
    expect(result.pack === null).toBe(errors.length > 0);
  });

  it('lists the keys it lacks by catalogue, and keeps only the texts it has', () => {
    const result = checkPack(FILE, 'qaa', pack({ demo: { 'demo.bye': ' Sib ntsib. ', 'demo.hello': '' } }), CATALOGUES);
    expect(result.missing).toEqual([
      { catalogue: 'demo', keys: ['demo.hello'] },
      { catalogue: 'other', keys: ['other.bye'] },
    ]);
    expect(result.pack).toEqual({
      code: 'qaa',
      name: 'Lus Qàa',
      messages: { demo: { 'demo.bye': 'Sib ntsib.' }, other: {} },
    });
  });
});

describe('t and translator with a pack', () => {
  const say = translator(demo);
  const install = (messages: Record<string, Record<string, string>>) => {
    const result = checkPack(FILE, 'qaa', pack(messages), [...CATALOGUES, { name: 'kernel', vi: kernelVi }]);
    expect(result.errors).toEqual([]);
    installLanguagePacks([result.pack!], [...CATALOGUES, { name: 'kernel', vi: kernelVi }]);
    return result.pack!.code;
  };

  it('says what the pack has and falls back to Vietnamese key by key', () => {
    const qaa = install({ demo: { 'demo.hello': '{name}: {count} qaa' }, kernel: { 'wage.negotiable': 'qaa-neg' } });
    expect(say(qaa, 'demo.hello', { name: 'Pao', count: 1284 })).toBe('Pao: 1.284 qaa');
    expect(say(qaa, 'demo.bye')).toBe('Tạm biệt.');
    expect(say(qaa, 'wage.negotiable')).toBe('qaa-neg');
    expect(t(qaa, 'wage.negotiable')).toBe('qaa-neg');
    expect(t(qaa, 'wage.period.month')).toBe('tháng');
  });

  it("never mixes up two catalogues' texts", () => {
    const qaa = install({ other: { 'other.bye': 'qaa other' } });
    const sayOther = translator(other);
    const both = translator(demo, other);
    expect(sayOther(qaa, 'other.bye')).toBe('qaa other');
    expect(both(qaa, 'other.bye')).toBe('qaa other');
    expect(say(qaa, 'demo.bye')).toBe('Tạm biệt.');
  });

  it('leaves English and Vietnamese as compiled', () => {
    install({ demo: { 'demo.bye': 'qaa bye' } });
    expect(say('en', 'demo.bye')).toBe('Goodbye.');
    expect(say('vi', 'demo.bye')).toBe('Tạm biệt.');
  });

  it('writes numbers the Vietnamese way in a pack language', () => {
    const qaa = install({});
    expect(formatNumber(qaa, 1234567.5)).toBe('1.234.567,5');
  });

  it('speaks Vietnamese to a person whose pack was removed', () => {
    const qaa = install({ demo: { 'demo.bye': 'qaa bye' } });
    expect(isLang('qaa')).toBe(true);
    expect(installedPacks()).toEqual([{ code: 'qaa', name: 'Lus Qàa' }]);
    installLanguagePacks([], []);
    expect(isLang('qaa')).toBe(false);
    expect(resolveLang('qaa')).toBe('vi');
    expect(say(qaa, 'demo.bye')).toBe('Tạm biệt.');
  });

  it('keeps type safety: a misspelt language is a type error (npm run typecheck)', () => {
    // @ts-expect-error -- 'qaa' is not a Lang until it comes from a loaded pack
    const lang: Lang = 'qaa';
    expect(resolveLang(lang)).toBe('vi');
  });
});

describe('packTemplate', () => {
  it('gives every key with its Vietnamese text and placeholders, and a filled one is a valid pack', () => {
    const template = packTemplate(CATALOGUES, null);
    expect(template).toMatchObject({ keys: 3, translated: 0, dropped: [] });
    expect(template.file.messages['demo']?.['demo.hello']).toEqual({
      vi: 'Chào {name}, bạn có {count} tin mới.',
      placeholders: ['count', 'name'],
      text: '',
    });
    const filled = fill(template.file, 'Lus Qàa', (vi) => `qaa ${vi}`);
    const result = checkPack(FILE, 'qaa', JSON.stringify(filled), CATALOGUES);
    expect(result.errors).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.pack?.messages['demo']?.['demo.bye']).toBe('qaa Tạm biệt.');
  });

  it('an unfilled template lacks only its name and every text', () => {
    const result = checkPack(FILE, 'qaa', JSON.stringify(packTemplate(CATALOGUES, null).file), CATALOGUES);
    expect(result.errors).toEqual([expect.stringContaining('name:')]);
  });

  it("made again, keeps the pack's name and translations and says which ones it left out", () => {
    const existing: PackFile = {
      name: 'Lus Qàa',
      messages: { demo: { 'demo.bye': 'qaa bye', 'demo.gone': 'qaa gone' }, old: { 'old.key': { text: 'qaa old' } } },
    };
    const template = packTemplate(CATALOGUES, existing);
    expect(template).toMatchObject({ keys: 3, translated: 1, dropped: ['demo › demo.gone', 'old › old.key'] });
    expect(template.file.name).toBe('Lus Qàa');
    expect(template.file.messages['demo']?.['demo.bye']).toEqual({
      vi: 'Tạm biệt.',
      placeholders: [],
      text: 'qaa bye',
    });
    expect(template.file.messages['other']?.['other.bye']).toMatchObject({ text: '' });
  });
});

function fill(file: PackFile, name: string, translate: (vi: string) => string): PackFile {
  const messages = Object.fromEntries(
    Object.entries(file.messages).map(([catalogue, entries]) => [
      catalogue,
      Object.fromEntries(
        Object.entries(entries).map(([key, entry]) => [
          key,
          typeof entry === 'string' ? entry : { ...entry, text: translate(entry.vi ?? '') },
        ]),
      ),
    ]),
  );
  return { name, messages };
}
