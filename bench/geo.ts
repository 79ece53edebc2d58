/**
 * Geo benchmark: time to load and index the admin units, then latency of 10,000 searches over a mix of
 * inputs (exact, folded, abbreviated, former districts, trailing province, misspelt, garbage).
 * Prints one JSON line. Run: npx tsx bench/geo.ts
 */
import { loadGeo } from '../src/kernel/geo/load.ts';
import { searchIndexFor } from '../src/kernel/geo/search-index.ts';
import { search } from '../src/kernel/geo/search.ts';
import type { Geo } from '../src/kernel/geo/types.ts';

const SEARCHES = 10_000;
const WARMUP = 1_000;

function pick<T>(list: readonly T[], i: number): T {
  const item = list[(i * 7919) % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** Deterministic mix of [text, withinProvince?] built from the data itself. */
function inputs(geo: Geo, count: number): [string, string | undefined][] {
  const fixed = ['meo vac', 'van lang thai nguyen', 'thai nguyen', 'tphcm', '', 'q1', 'p duc xuan', 'Văn Lăng'];
  const out: [string, string | undefined][] = [];
  for (let i = 0; i < count; i += 1) {
    const commune = pick(geo.communes, i);
    const province = geo.provinceByCode.get(commune.provinceCode);
    switch (i % 10) {
      case 0:
        out.push([commune.name, undefined]);
        break;
      case 1:
        out.push([commune.bareFolded, undefined]);
        break;
      case 2:
        out.push([`${commune.typePrefix === 'Phường' ? 'p' : 'x'} ${commune.bareFolded}`, undefined]);
        break;
      case 3:
        out.push([pick(geo.provinces, i).bareFolded, undefined]);
        break;
      case 4:
        out.push([pick(geo.formerDistricts, i).bareName, undefined]);
        break;
      case 5:
        out.push([`${commune.bareFolded.slice(0, -1)}x`, undefined]);
        break; // misspelt last letter
      case 6:
        out.push([`${commune.bareFolded} ${province?.bareFolded ?? ''}`, undefined]);
        break;
      case 7:
        out.push([commune.bareFolded, commune.provinceCode]);
        break;
      case 8:
        out.push([`zq${i.toString(36)}xv kj`, undefined]);
        break; // garbage, reaches the fuzzy pass
      default:
        out.push([pick(fixed, i), undefined]);
    }
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const loadStart = process.hrtime.bigint();
const geo = loadGeo();
const loaded = process.hrtime.bigint();
searchIndexFor(geo);
const indexed = process.hrtime.bigint();

const work = inputs(geo, WARMUP + SEARCHES);
for (const [text, within] of work.slice(0, WARMUP)) search(text, within);

const micros: number[] = [];
let results = 0;
for (const [text, within] of work.slice(WARMUP)) {
  const start = process.hrtime.bigint();
  results += search(text, within).length;
  micros.push(Number(process.hrtime.bigint() - start) / 1000);
}
micros.sort((a, b) => a - b);

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
console.log(
  JSON.stringify({
    bench: 'geo.search',
    loadMs: round(Number(indexed - loadStart) / 1e6),
    buildMs: round(Number(loaded - loadStart) / 1e6),
    indexMs: round(Number(indexed - loaded) / 1e6),
    searches: SEARCHES,
    warmup: WARMUP,
    p50Us: round(percentile(micros, 50)),
    p99Us: round(percentile(micros, 99)),
    maxUs: round(micros[micros.length - 1] ?? NaN),
    meanResults: round(results / SEARCHES, 2),
  }),
);
