import type { OccupationKey } from '../occupations/index.ts';

/**
 * What a registration link or a Zalo short code asks for: the commune and trade to fill in, the vacancy to open
 * after registering, or a job fair. Every field is already checked against the reference data.
 */
export interface RegistrationLink {
  readonly communeCode?: string;
  readonly occupation?: OccupationKey;
  readonly vacancyId?: number;
  readonly fairId?: number;
}

/** A message that is a link: what it asks for, or that it could not be read (an unknown commune, garbage). */
export type LinkReading = { readonly ok: true; readonly link: RegistrationLink } | { readonly ok: false };
