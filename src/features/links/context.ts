import type { BaseContext } from '../../engine/types.ts';
import type { RoleGrant } from '../../kernel/roles.ts';

/** What /malienket reads (loader.ts). */
export interface LinksContext {
  roles: readonly RoleGrant[];
  /** The bot's Telegram username, when Telegram is on and said it (null: the Zalo code only). */
  telegramBot: string | null;
  /** Where Telegram and Zalo can fetch the QR image (PUBLIC_URL, https); null: the image is not sent. */
  imageBaseUrl: string | null;
}

export type Context = BaseContext & LinksContext;

/** /malienket writes nothing. */
export type Emits = never;
