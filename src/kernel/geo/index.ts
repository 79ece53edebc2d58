/** Administrative units: the validated 2025 list, search by what people type, and old -> new addresses. */
export type {
  Candidate,
  Commune,
  CommuneCandidate,
  CommuneTypePrefix,
  FormerDistrict,
  FormerDistrictCandidate,
  Geo,
  GeoRepairs,
  MatchTier,
  OldUnitLink,
  Province,
  ProvinceCandidate,
} from './types.ts';
export type { GeoOverride } from './overrides.ts';
export { EXPECTED_COMMUNES, EXPECTED_PROVINCES, buildGeo } from './build-geo.ts';
export { loadGeo } from './load.ts';
export { search } from './search.ts';
export { oldToNew } from './old-to-new.ts';
