import type { InboundMessage } from '../kernel/message.ts';
import type { OutboundMessage } from '../kernel/message.ts';
import type { ChatIdentity } from '../db/identities.ts';

/** What a dialog handler gets from the inbound pipeline for one message. */
export interface DialogInput {
  message: InboundMessage;
  /** The choice pressed, or typed as a number or label and mapped back to the choices last offered; else null. */
  choiceId: string | null;
  identity: ChatIdentity;
  now: Date;
}

/** The replies; `choicesRemembered` when the handler already stored the choices they offer (saving a round trip). */
export interface DialogOutput {
  replies: OutboundMessage[];
  choicesRemembered: boolean;
}

export type DialogHandler = (input: DialogInput) => Promise<OutboundMessage[] | DialogOutput>;
