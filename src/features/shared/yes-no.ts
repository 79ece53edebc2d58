import { fold } from '../../kernel/fold.ts';

/** A typed yes or no, from a question's own words (folded: "có", "co", "CÓ" are the same); else null. */
export interface YesNoWords {
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
}

export function typedYesNo(text: string | null, words: YesNoWords): 'yes' | 'no' | null {
  if (text === null) return null;
  const folded = fold(text);
  if (words.yes.has(folded)) return 'yes';
  if (words.no.has(folded)) return 'no';
  return null;
}
