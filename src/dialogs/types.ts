import type { InboundMessage, OutboundMessage } from '../channels/types.ts';
import type { Lang } from '../core/i18n/index.ts';

/** What a dialog decides from: the message, the choice it picked (pressed or typed), the person's language. */
export interface DialogInput {
  message: InboundMessage;
  /** The choice pressed, or typed as a number or label and mapped back; null for free text. */
  choiceId: string | null;
  lang: Lang;
  now: Date;
}

export type DialogHandler = (input: DialogInput) => Promise<OutboundMessage[]>;
