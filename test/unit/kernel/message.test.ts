import { describe, expect, it } from 'vitest';
import { splitText, textWithNumberedChoices } from '../../../src/kernel/message.ts';

describe('splitText', () => {
  it('keeps short text whole', () => {
    expect(splitText('Xin chào', 10)).toEqual(['Xin chào']);
  });
  it('cuts at line breaks first, then spaces, then hard', () => {
    expect(splitText('aaaa\nbbbb\ncccc', 10)).toEqual(['aaaa\nbbbb', 'cccc']);
    expect(splitText('aaaa bbbb cccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitText('a'.repeat(25), 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
  });
  it('never cuts a surrogate pair (emoji) in half', () => {
    const text = `${'a'.repeat(9)}🔔${'b'.repeat(5)}`;
    const pieces = splitText(text, 10);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(10);
    expect(pieces[0]).toBe('a'.repeat(9));
  });
});

describe('textWithNumberedChoices', () => {
  it('numbers choices under the text', () => {
    expect(
      textWithNumberedChoices({
        text: 'Bạn chọn?',
        choices: [
          { id: 'a', label: 'Có' },
          { id: 'b', label: 'Không' },
        ],
      }),
    ).toBe('Bạn chọn?\n\n1. Có\n2. Không');
    expect(textWithNumberedChoices({ text: 'Chỉ chữ' })).toBe('Chỉ chữ');
    expect(
      textWithNumberedChoices({
        text: 'Chào',
        choices: [{ id: 'a', label: 'Một' }],
        prompt: 'Trả lời bằng một số, ví dụ: 1',
      }),
    ).toBe('Chào\n\n1. Một\n\nTrả lời bằng một số, ví dụ: 1');
  });
});
