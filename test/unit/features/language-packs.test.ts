import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, lastMessage, render, walkFlow } from '../engine/flow-walk.ts';
import { CATALOGUES } from '../../../src/app/catalogues.ts';
import { startLanguagePacks } from '../../../src/app/language-packs.ts';
import { languageFlow } from '../../../src/features/language/flow.ts';
import type { Context, Emits } from '../../../src/features/language/context.ts';
import { installLanguagePacks, resolveLang } from '../../../src/kernel/i18n/index.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/** /ngonngu with the test pack (test/fixtures/locales/qaa.json, "Lus Qàa") loaded: offered third, by its own name. */
const NOW = new Date('2026-11-20T03:00:00Z');
const context = (lang: string): Context => ({
  lang: resolveLang(lang),
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
});

beforeAll(() => startLanguagePacks(path.resolve(import.meta.dirname, '../../fixtures/locales'), CATALOGUES));
afterAll(() => installLanguagePacks([], []));

describe('languageFlow with a language pack', () => {
  it('offers the pack after Tiếng Việt and English, by its own name', () => {
    const text = render(lastMessage(walkFlow(languageFlow, [], context('vi'))));
    expect(text).toContain('1. Tiếng Việt\n2. English\n3. Lus Qàa');
  });

  it.each<{ from: string; answer: Answer; to: string | null; says: string[] }>([
    { from: 'vi', answer: '3', to: 'qaa', says: ['[qaa] Lus Qàa chosen.', '1. Đăng ký nhận tin việc làm'] },
    { from: 'vi', answer: 'lus qaa', to: 'qaa', says: ['[qaa] Lus Qàa chosen.'] },
    { from: 'en', answer: 'Lus Qàa', to: 'qaa', says: ['[qaa] reply with a number'] },
    { from: 'vi', answer: 'QAA', to: 'qaa', says: ['[qaa] Lus Qàa chosen.'] },
    { from: 'vi', answer: { choiceId: 'lang.qaa' }, to: 'qaa', says: ['[qaa] Lus Qàa chosen.'] },
    { from: 'qaa', answer: '1', to: 'vi', says: ['Từ giờ mình nói tiếng Việt'] },
    { from: 'qaa', answer: 'english', to: 'en', says: ['From now on I will write in English'] },
    { from: 'vi', answer: '4', to: null, says: ['Bạn gõ số của một ngôn ngữ trong danh sách nhé.', '3. Lus Qàa'] },
    // language.miss_any is left empty in the pack: said in Vietnamese (with its English half).
    { from: 'qaa', answer: 'français', to: null, says: ['Type the number of your language.'] },
  ])('$from, $answer → $to', ({ from, answer, to, says }) => {
    const w = walkFlow(languageFlow, [answer], context(from));
    const expected: Emits[] = to === null ? [] : [{ kind: 'set_language', lang: resolveLang(to) }];
    expect(w.effects).toEqual(expected);
    for (const fragment of says) expect(render(lastMessage(w))).toContain(fragment);
  });

  it("asks in the pack's language where the pack has the text, in Vietnamese where it has not", () => {
    const text = render(lastMessage(walkFlow(languageFlow, [], context('qaa'))));
    expect(text).toContain('[qaa] choose a language');
    expect(text).toContain('Trả lời bằng một số'); // language.question: not in the pack
  });
});
