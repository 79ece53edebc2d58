import { t, type Lang } from '../../kernel/i18n/index.ts';
import { communeId, districtId, provinceId, unitKind, type OfferedOption, type Pick } from './place.ts';

/**
 * The wording shared by every question that narrows a typed place down to one commune: the numbered options
 * ("Xã Mèo Vạc (Tuyên Quang)", "Huyện Châu Thành cũ (Bến Tre, 6 xã/phường)", "Nơi khác ở Thái Nguyên") and the
 * lines that say why the bot asks. Each flow adds its own question line (where the person lives, where the job is).
 */

/** What a person typed, for quoting back: one line, not too long. */
export function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** "xã", "phường" or "xã/phường" for a list of communes, in the person's language. */
export function unitWord(lang: Lang, codes: readonly string[]): string {
  const kind = unitKind(codes);
  return t(
    lang,
    kind === 'commune'
      ? 'registration.unit.commune'
      : kind === 'ward'
        ? 'registration.unit.ward'
        : 'registration.unit.mixed',
  );
}

/** How a whole province is offered: "Cả tỉnh Thái Nguyên" by default; a group names it as a region. */
type ProvinceLabel = (province: { code: string; bareName: string }) => string;

/** The numbered choices of a pick, with ids `geo.<code>`, `geo.p.<code>`, `geo.d<i>` (see place.ts). */
export function pickOptions(
  lang: Lang,
  pick: Pick,
  provinceLabel: ProvinceLabel = (province) => t(lang, 'registration.pick.province', { province: province.bareName }),
): OfferedOption[] {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every kind (TypeScript checks it)
  return pick.options.map((option) => {
    switch (option.kind) {
      case 'commune':
        return {
          id: communeId(option.commune.code),
          label: t(lang, 'registration.pick.place', {
            commune: option.commune.name,
            province: option.province.bareName,
          }),
        };
      case 'province':
        return {
          id: provinceId(option.province.code),
          label: provinceLabel(option.province),
        };
      case 'district':
        return {
          id: districtId(option.index),
          label: t(lang, 'registration.pick.district', {
            district: option.district.name,
            province: option.district.province,
            count: option.district.communeCodes.length,
            unit: unitWord(lang, option.district.communeCodes),
          }),
        };
    }
  });
}

/** Why the pick is asked: "did you mean", "the former district is now N communes", or "several places named …". */
export function pickLines(lang: Lang, pick: Pick, typed: string): string[] {
  const lines: string[] = [];
  if (pick.reason === 'fuzzy') lines.push(t(lang, 'registration.pick.fuzzy', { typed: quote(typed) }));
  if (pick.former !== null) {
    lines.push(
      t(lang, 'registration.pick.former', {
        district: pick.former.name,
        province: pick.former.province,
        count: pick.former.communeCodes.length,
        unit: unitWord(lang, pick.former.communeCodes),
      }),
    );
  }
  if (lines.length === 0) lines.push(t(lang, 'registration.pick.several', { typed: quote(typed) }));
  return lines;
}
