import { z } from 'zod';
import { storedPick } from '../shared/place.ts';
import { storedText } from '../shared/stored-fields.ts';

/** What /malienket keeps between messages: the province searched in, the pick on screen, the commune chosen. */
export const LinksData = z.object({ provinceCode: storedText, pick: storedPick, communeCode: storedText });
export type LinksData = z.infer<typeof LinksData>;
