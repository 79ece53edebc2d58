import type { Loader } from '../../engine/feature.ts';
import { loadRoles } from '../../db/roles.ts';
import type { LinksContext } from './context.ts';

/** The QR image is sent only from an https address (PUBLIC_URL): neither platform fetches from localhost. */
export const loadLinks: Loader<LinksContext> = async ({ db, personId, publicBaseUrl, botNames }) => ({
  roles: await loadRoles(db, personId),
  telegramBot: botNames?.telegram ?? null,
  imageBaseUrl: publicBaseUrl.startsWith('https://') ? publicBaseUrl.replace(/\/+$/, '') : null,
});
