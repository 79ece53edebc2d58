import type { Candidate } from '../../../../src/kernel/geo/index.ts';

/**
 * A short stable name for a search candidate: "province:19", "commune:00769", "former_district:Tỉnh Hà Giang/Huyện Mèo
 * Vạc".
 */
export function label(candidate: Candidate): string {
  switch (candidate.kind) {
    case 'province':
      return `province:${candidate.province.code}`;
    case 'commune':
      return `commune:${candidate.commune.code}`;
    case 'former_district':
      return `former_district:${candidate.district.oldProvince}/${candidate.district.name}`;
  }
}
