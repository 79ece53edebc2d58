import type { ChatType } from '../../kernel/message.ts';

/**
 * Whether a Telegram message speaks to our bot, and its text without the parts that only address the bot.
 * Pure; used by parse.ts.
 *
 * In private chats everything is for us. In groups (and supergroups) the bot is addressed by:
 * - a command: `/start`, or `/start@OurBot` (a command suffixed with another bot's name is not ours);
 * - a mention of `@OurBot` anywhere in the text or caption;
 * - a reply to a message the bot wrote.
 * Without a known bot username, any `/cmd@name` counts as ours, mentions cannot be recognised, and a reply
 * to any bot counts (a group with several bots should configure the username).
 *
 * Text clean-up, in every chat type: `/start@OurBot args` becomes `/start args`, and a leading
 * `@OurBot` mention (with the comma or colon after it) is removed: "@OurBot, tìm việc" becomes "tìm việc".
 */

export interface AddressingInput {
  text: string | null;
  chatType: ChatType;
  /** The message replies to one written by a bot (and by ours, when the username is known). */
  repliesToBot: boolean;
  botUsername?: string | undefined;
}

export interface Addressing {
  text: string | null;
  addressedToBot: boolean;
}

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)/;

export function readAddressing(input: AddressingInput): Addressing {
  const username = input.botUsername?.replace(/^@/, '') || undefined;
  let text = input.text;
  let addressed = input.chatType === 'private' || input.repliesToBot;

  if (text !== null) {
    const command = COMMAND.exec(text);
    if (command) {
      const suffix = command[2];
      const ours = suffix === undefined || username === undefined || suffix.toLowerCase() === username.toLowerCase();
      if (ours) {
        addressed = true;
        if (suffix !== undefined) text = `/${command[1]}${text.slice(command[0].length)}`;
      }
    } else if (username !== undefined) {
      const name = escapeRegExp(username);
      const leading = new RegExp(`^\\s*@${name}(?![A-Za-z0-9_])[\\s,:;.!-]*`, 'i');
      const anywhere = new RegExp(`(^|[^A-Za-z0-9_])@${name}(?![A-Za-z0-9_])`, 'i');
      if (anywhere.test(text)) addressed = true;
      text = text.replace(leading, '');
    }
  }
  return { text, addressedToBot: addressed };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
