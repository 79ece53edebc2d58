import type { BotNameLookup } from '../channel-module.ts';
import { createZaloClient } from './client.ts';
import { isZaloApiError } from './errors.ts';
import type { ZaloSettings } from './settings.ts';

/** getMe once at start-up: the display name lets a leading "@Bot" mention be removed from group text. */
export const zaloBotName: BotNameLookup<ZaloSettings> = {
  async ask(settings, timeoutMs) {
    if (!settings.token) return undefined;
    const client = createZaloClient({ token: settings.token, apiRoot: settings.apiRoot, timeoutMs });
    return (await client.getMe()).account_name;
  },
  rejected: (error) => isZaloApiError(error) && error.code === 401,
  withoutIt: '"@Bot" mentions stay in group text',
};
