/**
 * Accents where folding makes two words collide ("cọc" deposit / "cốc" cup, "đóng tiền" pay / "đồng tiền" coin,
 * "Nhật" Japan / "nhặt" pick up): a phrase names the accented form it means, and a word the post did write with a
 * tone mark must carry exactly that form (a word written without accents still matches).
 */
import { fold } from '../fold.ts';

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Every word of `text` that the map names must fit its accented form. */
export function accentsFit(text: string, accents: Readonly<Record<string, string>>): boolean {
  for (const word of text.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (word === '') continue;
    const expected = accents[fold(word)];
    if (expected !== undefined && !accentFits(word, expected)) return false;
  }
  return true;
}

/**
 * A written word fits the accented form when it was written without a tone mark and its marks are a subset of
 * the form's ("dat", "đat" fit "đặt"), or written with a tone mark and all its marks are the form's ("đặt").
 * "d" fits "đ"; "đ" only fits "đ".
 */
export function accentFits(written: string, expected: string): boolean {
  const w = letters(written);
  const e = letters(expected);
  if (w.length !== e.length) return false;
  const toned = w.some((l) => l.marks.some((m) => TONE_MARKS.has(m)));
  for (let k = 0; k < w.length; k++) {
    const a = w[k];
    const b = e[k];
    if (a === undefined || b === undefined) return false;
    if (a.base === 'đ' && b.base !== 'đ') return false;
    if (a.base !== 'đ' && a.base !== b.base && !(a.base === 'd' && b.base === 'đ')) return false;
    if (!a.marks.every((m) => b.marks.includes(m))) return false;
    if (toned && a.marks.length !== b.marks.length) return false;
  }
  return true;
}

function letters(word: string): { base: string; marks: string[] }[] {
  const out: { base: string; marks: string[] }[] = [];
  for (const ch of word.toLowerCase().normalize('NFD')) {
    const last = out[out.length - 1];
    if (/\p{M}/u.test(ch)) {
      if (last !== undefined) last.marks.push(ch);
    } else {
      out.push({ base: ch, marks: [] });
    }
  }
  return out;
}
