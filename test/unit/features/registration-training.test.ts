import { describe, expect, it } from 'vitest';
import { readTrainingAnswer, TRAINING_SKIP } from '../../../src/features/registration/training.ts';

/** The training question's answer: menu numbers (mapped by the engine), trades typed, or a pass. */
const typed = (text: string, choiceIds: string[] = []) => ({ text, choiceId: null, choiceIds });

describe('readTrainingAnswer', () => {
  it.each([
    ['"2 5" mapped by the engine', typed('2 5', ['occ.garment', 'occ.driver']), ['garment', 'driver']],
    ['a trade typed', typed('hàn'), ['mechanic_welding']],
    ['trades typed without accents', typed('han va may'), ['garment', 'mechanic_welding']],
    ['a number with a trade typed', typed('2 và hàn', ['occ.garment']), ['garment', 'mechanic_welding']],
    ['the skip pressed', { text: null, choiceId: TRAINING_SKIP, choiceIds: [TRAINING_SKIP] }, []],
    ['"bỏ qua"', typed('bỏ qua'), []],
    ['"không"', typed('không'), []],
    ['"skip"', typed('skip'), []],
    ['trades named with the skip', typed('1 8', ['occ.factory', TRAINING_SKIP]), ['factory']],
    ['words that name no trade', typed('abc xyz'), null],
    ['a number outside the menu', typed('12'), null],
    ['nothing (a sticker)', { text: null, choiceId: null, choiceIds: [] }, null],
  ] as const)('%s', (_name, input, expected) => {
    expect(readTrainingAnswer({ ...input, choiceIds: [...input.choiceIds] })).toEqual(expected);
  });
});
