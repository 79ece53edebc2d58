/**
 * What people type on Zalo instead of whole words, folded ("ko" → "khong", "dc" → "duoc", "j" → "gi"), so that an
 * intent's phrases are written once in full words. Only shorthands that mean one thing in a request to this bot:
 * "dk" stays (đăng ký in "dk 05860", but also "điều kiện"), single letters other than "j" stay (too many meanings).
 */
const SHORTHANDS: Readonly<Record<string, string>> = {
  ko: 'khong',
  k: 'khong',
  kh: 'khong',
  hok: 'khong',
  hong: 'khong',
  hem: 'khong',
  khg: 'khong',
  kg: 'khong',
  khum: 'khong',
  dc: 'duoc',
  dk: 'dang ky',
  dky: 'dang ky',
  dangki: 'dang ky',
  j: 'gi',
  ji: 'gi',
  z: 'vay',
  mk: 'minh',
  mik: 'minh',
  mjk: 'minh',
  mn: 'moi nguoi',
  ng: 'nguoi',
  vs: 'voi',
  cv: 'cong viec',
  vl: 'viec lam',
  vc: 'viec',
  tv: 'tuyen',
  xkld: 'xuat khau lao dong',
  bhtn: 'bao hiem that nghiep',
  bhxh: 'bao hiem xa hoi',
  nhg: 'nhung',
  bn: 'bao nhieu',
  ntn: 'nhu the nao',
  ad: 'admin',
  sdt: 'so dien thoai',
  cb: 'can bo',
  nv: 'nhan vien',
  lm: 'lam',
  ms: 'moi',
  tks: 'cam on',
  thanks: 'cam on',
};

/** Folded words with each shorthand written out ("ko tim dc vc" → "khong tim duoc viec"). */
export function expandShorthand(words: readonly string[]): string[] {
  return words.flatMap((word) => (SHORTHANDS[word] ?? word).split(' '));
}
