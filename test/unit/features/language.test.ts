import { describe, expect, it } from 'vitest';
import { type Answer, lastMessage, render, walkFlow } from '../engine/flow-walk.ts';
import { decide } from '../../../src/engine/decide.ts';

import { REGISTRY } from '../../../src/features/index.ts';
import { languageFlow } from '../../../src/features/language/flow.ts';
import { help } from '../../../src/engine/home.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context, Emits } from '../../../src/features/language/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/** /ngonngu · /language: the choice is saved and the answer is already in the new language. */
const NOW = new Date('2026-11-20T03:00:00Z');
const context = (lang: 'vi' | 'en' = 'vi'): Context => ({
  lang,
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
});

describe('languageFlow', () => {
  it.each<{ from: 'vi' | 'en'; answer: Answer; to: 'vi' | 'en' | null; says: string[] }>([
    { from: 'vi', answer: '2', to: 'en', says: ['From now on I will write in English', '1. Get job alerts'] },
    { from: 'vi', answer: 'english', to: 'en', says: ['English'] },
    { from: 'vi', answer: 'tiếng anh', to: 'en', says: ['English'] },
    { from: 'vi', answer: { choiceId: 'lang.en' }, to: 'en', says: ['English'] },
    { from: 'en', answer: '1', to: 'vi', says: ['Từ giờ mình nói tiếng Việt', '1. Đăng ký nhận tin việc làm'] },
    { from: 'en', answer: 'tieng viet', to: 'vi', says: ['tiếng Việt'] },
    { from: 'vi', answer: '1', to: 'vi', says: ['tiếng Việt'] },
    {
      from: 'vi',
      answer: 'français',
      to: null,
      says: ['Bạn gõ 1 (Tiếng Việt) hoặc 2 (English)', '1. Tiếng Việt', '2. English'],
    },
    { from: 'en', answer: '3', to: null, says: ['Type 1 (Tiếng Việt) or 2 (English)'] },
  ])('$from, $answer → $to', ({ from, answer, to, says }) => {
    const w = walkFlow(languageFlow, [answer], context(from));
    const expected: Emits[] = to === null ? [] : [{ kind: 'set_language', lang: to }];
    expect(w.final.kind).toBe(to === null ? 'miss' : 'done');
    expect(w.effects).toEqual(expected);
    for (const fragment of says) expect(render(lastMessage(w))).toContain(fragment);
  });

  it('asks in both languages, with numbered choices and a way out', () => {
    const w = walkFlow(languageFlow, [], context());
    const text = render(lastMessage(w));
    for (const fragment of ['Chọn ngôn ngữ', 'Choose your language', '1. Tiếng Việt', '2. English', 'gõ 0 để về menu'])
      expect(text).toContain(fragment);
  });

  it('/ngonngu and /language open it through the engine', () => {
    for (const text of ['/ngonngu', 'ngôn ngữ', '/language']) {
      const decision = decide(null, { text, choiceId: null, lastChoices: null, stopped: false }, context(), REGISTRY);
      expect(decision.state).toMatchObject({ flow: 'language', step: 'choose' });
    }
  });

  it('the help lists it in one line, in both languages', () => {
    const commands = REGISTRY.commandGroups(['worker']);
    expect(help('vi', HOME_MENU, commands).text).toContain('/ngonngu – Đổi ngôn ngữ / Language');
    expect(help('en', HOME_MENU, commands).text).toContain('/ngonngu – Language / Ngôn ngữ');
    // The guide, then one line per command: still one screen on a phone.
    expect(help('vi', HOME_MENU, commands).text.split('\n').length).toBeLessThanOrEqual(15);
  });
});
