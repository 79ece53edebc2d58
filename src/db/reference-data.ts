import { createHash } from 'node:crypto';
import { OCCUPATIONS } from '../kernel/occupations/index.ts';
import { loadGeo } from '../kernel/geo/index.ts';
import type { Insertable, Kysely } from 'kysely';
import type { Database, OccupationsTable, RegionsTable } from './schema.ts';

/**
 * Regions (34 provinces, 3,321 communes) and occupation categories, upserted from src/kernel/geo and src/kernel.
 * A hash of the data in app_meta makes a restart with unchanged data a single read.
 */
const HASH_KEY = 'reference_data_hash';
const CHUNK = 500;

export interface SeedResult {
  changed: boolean;
  provinces: number;
  communes: number;
  occupations: number;
}

function regionRows(): RegionsTable[] {
  const geo = loadGeo();
  const provinces: RegionsTable[] = geo.provinces.map((p) => ({
    code: p.code,
    level: 'province',
    name: p.name,
    name_folded: p.nameFolded,
    type_prefix: p.placeType.startsWith('Thành phố') ? 'Thành phố' : 'Tỉnh',
    bare_name: p.bareName,
    province_code: p.code,
  }));
  const communes: RegionsTable[] = geo.communes.map((c) => ({
    code: c.code,
    level: 'commune',
    name: c.name,
    name_folded: c.nameFolded,
    type_prefix: c.typePrefix,
    bare_name: c.bareName,
    province_code: c.provinceCode,
  }));
  return [...provinces, ...communes];
}

function occupationRows(): Insertable<OccupationsTable>[] {
  return OCCUPATIONS.map((o, index) => ({
    key: o.key,
    sort_order: index + 1,
    name_vi: o.vi,
    name_en: o.en,
    vsco_codes: [...o.vsco],
    vsic_sections: [...o.vsic],
  }));
}

export async function seedReferenceData(db: Kysely<Database>): Promise<SeedResult> {
  const regions = regionRows();
  const occupations = occupationRows();
  const hash = createHash('sha256').update(JSON.stringify({ regions, occupations })).digest('hex');
  const result = {
    provinces: regions.filter((r) => r.level === 'province').length,
    communes: regions.filter((r) => r.level === 'commune').length,
    occupations: occupations.length,
  };

  const stored = await db.selectFrom('app_meta').select('value').where('key', '=', HASH_KEY).executeTakeFirst();
  if (stored?.value === hash) return { changed: false, ...result };

  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < regions.length; i += CHUNK) {
      await trx
        .insertInto('regions')
        .values(regions.slice(i, i + CHUNK))
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            level: eb.ref('excluded.level'),
            name: eb.ref('excluded.name'),
            name_folded: eb.ref('excluded.name_folded'),
            type_prefix: eb.ref('excluded.type_prefix'),
            bare_name: eb.ref('excluded.bare_name'),
            province_code: eb.ref('excluded.province_code'),
          })),
        )
        .execute();
    }
    await trx
      .insertInto('occupations')
      .values(occupations)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          sort_order: eb.ref('excluded.sort_order'),
          name_vi: eb.ref('excluded.name_vi'),
          name_en: eb.ref('excluded.name_en'),
          vsco_codes: eb.ref('excluded.vsco_codes'),
          vsic_sections: eb.ref('excluded.vsic_sections'),
        })),
      )
      .execute();
    await trx
      .insertInto('app_meta')
      .values({ key: HASH_KEY, value: hash })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: hash, updated_at: new Date() }))
      .execute();
  });
  return { changed: true, ...result };
}
