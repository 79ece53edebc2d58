/**
 * The one message model (ARCHITECTURE.md principle 4): a message as every channel delivers it to the engine, and what
 * the bot says, with its choices written once. Every
 * channel renders it (Telegram as an inline keyboard, Zalo as numbered lines, the simulator as buttons); features
 * write only this. Pure.
 */
export type ChannelName = 'telegram' | 'zalo' | 'simulator';
export type ChatType = 'private' | 'group';

export interface InboundMessage {
  channel: ChannelName;
  /** Unique per channel: Telegram update_id, Zalo message_id, a simulator-made id. Used to drop duplicates. */
  eventId: string;
  /** Where replies go. In a private chat, the person's chat; in a group, the group. */
  chatId: string;
  /** Who wrote; null when the platform does not say (e.g. a Zalo "unsupported" event without a sender). */
  userId: string | null;
  chatType: ChatType;
  displayName: string | null;
  /** Text as typed (NFC), without a leading "@botname" mention; null for media-only or unsupported events. */
  text: string | null;
  /** The id of a choice pressed as a button (Telegram callback data); a typed "2" is resolved later, not here. */
  choiceId: string | null;
  mediaUrl: string | null;
  /** When the platform says the message was sent. */
  sentAt: Date;
  /** In groups, whether the bot was addressed (mentioned, replied to, or a command); always true in private chats. */
  addressedToBot: boolean;
  /** Telegram: the callback query to answer so the button stops spinning. */
  callbackQueryId?: string;
}

export interface Choice {
  /** Stable id, short ASCII (it travels as Telegram callback data, at most 64 bytes). */
  id: string;
  label: string;
}

export interface OutboundMessage {
  text: string;
  choices?: Choice[];
  /** A last line after the choices, usually the question or how to answer ("Trả lời bằng một số, ví dụ: 1"). */
  prompt?: string;
  imageUrl?: string;
}

/** Splits text into pieces of at most `limit` UTF-16 units, at line breaks where possible, then at spaces. */
export function splitText(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = window.lastIndexOf('\n');
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut < limit / 2) cut = limit;
    // never split a surrogate pair
    if (cut === limit && /[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
    pieces.push(rest.slice(0, cut).replace(/\s+$/, ''));
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces.filter((p) => p.length > 0);
}

/** Every channel shows choices as numbered lines ("1. Đồng ý"), so "2" always works; Telegram adds buttons. */
export function textWithNumberedChoices(message: OutboundMessage): string {
  const parts = [message.text];
  if (message.choices && message.choices.length > 0)
    parts.push(message.choices.map((choice, index) => `${index + 1}. ${choice.label}`).join('\n'));
  if (message.prompt) parts.push(message.prompt);
  return parts.join('\n\n');
}

/** The choices a person can answer with a number: those of the last message that offered any. */
export function choicesOffered(replies: readonly OutboundMessage[]): Choice[] | null {
  return [...replies].reverse().find((m) => m.choices?.length)?.choices ?? null;
}
