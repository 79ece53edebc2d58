/**
 * Removes a leading "@Bot name" mention from a message's text. Zalo leaves the mention in `text` when a group
 * member @mentions the bot (reference §3.5). Only the bot's own name is removed: without it, where a mention
 * ends cannot be told (names contain spaces), so the text is left as it is.
 */
export function stripLeadingMention(text: string, botName: string | undefined): string {
  const name = botName?.normalize('NFC').trim();
  if (!name) return text;
  const leading = text.match(/^\s*@/);
  if (!leading) return text;
  const rest = text.slice(leading[0].length);
  const candidate = rest.slice(0, name.length);
  if (candidate.toLocaleLowerCase('vi') !== name.toLocaleLowerCase('vi')) return text;
  const after = rest.slice(name.length);
  // "@Bot Việc Làm" must not strip from "@Bot Việc Làmxyz": the name must end at a boundary
  if (after.length > 0 && /^[\p{L}\p{N}_]/u.test(after)) return text;
  return after.replace(/^[\s,:;.!-]*/u, '');
}
