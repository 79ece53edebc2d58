/**
 * The bot-facing occupation list as data (reference/vietnam-domain.md §2.3): 22 plain categories, each carrying
 * VSCO 2020 level-2 codes and VSIC 2018 section letters for reporting, plus folded free-text synonyms, lone
 * words and the phrases that block a false match.
 *
 * The order is the table's order and is the order of the bot's numbered menu; `other` stays last.
 */
export const OCCUPATION_KEYS = [
  'factory',
  'garment',
  'electronics',
  'food_processing',
  'construction',
  'mechanic_welding',
  'electrician',
  'agriculture',
  'forestry_fishing',
  'mining',
  'driver',
  'delivery',
  'warehouse',
  'hospitality',
  'sales',
  'security',
  'domestic_care',
  'cleaning',
  'craft_wood',
  'overseas_work',
  'general_labour',
  'other',
] as const;

export type OccupationKey = (typeof OCCUPATION_KEYS)[number];

/**
 * Unskilled or lightly skilled work: pay above the wage module's IMPLAUSIBLE_* thresholds is a scam signal for these
 * (src/kernel/scam/rules.ts). Not here: driver, electrician, mechanic_welding, mining
 * (skilled or hazardous work that can pay more) and overseas_work (foreign wages).
 */
export const UNSKILLED_OCCUPATIONS: ReadonlySet<OccupationKey> = new Set<OccupationKey>([
  'general_labour',
  'factory',
  'garment',
  'electronics',
  'food_processing',
  'construction',
  'agriculture',
  'forestry_fishing',
  'delivery',
  'warehouse',
  'hospitality',
  'sales',
  'security',
  'domestic_care',
  'cleaning',
  'craft_wood',
  'other',
]);

export interface Occupation {
  readonly key: OccupationKey;
  /** Vietnamese label, as in the doc's table. */
  readonly vi: string;
  /** English label. */
  readonly en: string;
  /**
   * VSCO 2020 level-2 codes. The table's "any" (overseas_work: a channel, not an occupation) is `[]` with
   * `vscoAny: true`; "9x" (general_labour) is expanded to 91–96; `other` has `[]` and no flag (no code).
   */
  readonly vsco: readonly string[];
  readonly vscoAny: boolean;
  /** VSIC 2018 section letters; "any" is `[]` with `vsicAny: true`, as for `vsco`. */
  readonly vsic: readonly string[];
  readonly vsicAny: boolean;
  /**
   * Folded phrases (see `fold`) matched on word boundaries anywhere in the text; the longest phrase wins
   * ("lai may xuc" → driver, not "may" → garment). Includes the table's synonyms except the ambiguous
   * short ones (mining's "mo", "than", "da" fold from mở/thân/đã too; mechanic's "tien" from tiền) and
   * "co khi", which is also "có khi" (sometimes) and so is a lone word.
   */
  readonly synonyms: readonly string[];
  /**
   * Folded ambiguous words or short phrases (hàn / Hàn Quốc / hạn, kho / khó, cơ khí / có khi, bếp, mộc,
   * điện) that count only when they are the whole answer, give or take filler words ("làm", "nghề",
   * "thợ"…): "hàn" → welding, "nghề cơ khí" → mechanic_welding, "thời hạn", "có khi nào" → nothing.
   */
  readonly loneWords: readonly string[];
  /**
   * A catch-all category (factory, general_labour, other): dropped from a part of the text in which a more
   * specific category matched, so "công nhân xây dựng" → construction, "bảo vệ công ty" → security.
   */
  readonly broad: boolean;
}

type OccupationData = Omit<Occupation, 'loneWords' | 'broad' | 'vscoAny' | 'vsicAny'> &
  Partial<Pick<Occupation, 'loneWords' | 'broad' | 'vscoAny' | 'vsicAny'>>;

const DATA: readonly OccupationData[] = [
  {
    key: 'factory',
    vi: 'Công nhân nhà máy, sản xuất',
    en: 'Factory / production worker',
    vsco: ['81', '82', '93'],
    vsic: ['C'],
    broad: true,
    synonyms: [
      'cong nhan nha may', 'cong nhan', 'nha may', 'khu cong nghiep', 'kcn', 'san xuat',
      'cong nhan san xuat', 'xuong san xuat', 'cong ty', 'lam cong ty', 'di lam cong ty', 'vao cong ty',
      'van hanh may', 'van hanh may moc', 'dung may', 'dung chuyen', 'day chuyen', 'ep nhua', 'may ep',
      'cong nhan nhua', 'kcs', 'qc', 'factory',
    ],
  },
  {
    key: 'garment',
    vi: 'May mặc, dệt, da giày',
    en: 'Garment, textile, footwear',
    vsco: ['75', '81'],
    vsic: ['C'],
    synonyms: [
      'may', 'may mac', 'tho may', 'det', 'da giay', 'may cong nghiep', 'det may', 'cong nhan may',
      'xuong may', 'cong ty may', 'nha may may', 'may may', 'may vest', 'may quan ao',
      'cat chi', 'tho det', 'det nhuom', 'giay da', 'giay dep',
    ],
  },
  {
    key: 'electronics',
    vi: 'Lắp ráp điện tử',
    en: 'Electronics assembly',
    vsco: ['82', '74'],
    vsic: ['C'],
    synonyms: [
      'lap rap dien tu', 'lap rap', 'dien tu', 'linh kien', 'linh kien dien tu', 'lap rap linh kien',
      'lap rap may', 'cong nhan dien tu', 'cong ty dien tu', 'nha may dien tu', 'bo mach',
      'samsung', 'foxconn', 'luxshare', 'sua dien thoai', 'sua may tinh',
    ],
  },
  {
    key: 'food_processing',
    vi: 'Chế biến thực phẩm, thủy sản',
    en: 'Food & seafood processing',
    vsco: ['75', '81', '93'],
    vsic: ['C'],
    synonyms: [
      'che bien thuc pham', 'che bien', 'thuy san', 'dong goi', 'che bien thuy san', 'che bien hai san',
      'thuc pham', 'hai san', 'boc tom', 'lot tom', 'phi le', 'phi le ca', 'nha may thuy san',
      'cong ty thuy san', 'dong hop', 'banh keo',
    ],
  },
  {
    key: 'construction',
    vi: 'Xây dựng (thợ hồ, phụ hồ)',
    en: 'Construction (mason, helper)',
    vsco: ['71', '93'],
    vsic: ['F'],
    synonyms: [
      'xay dung', 'tho ho', 'phu ho', 'cong trinh', 'cong truong', 'tho xay', 'phu xay',
      'xay nha', 'tho son', 'son nha', 'son ba', 'op lat', 'lat gach', 'tho op lat', 'tho sat',
      'cot thep', 'cop pha', 'coppha', 'thach cao', 'tho thach cao', 'gian giao', 'lam duong',
      'cong nhan xay dung',
    ],
  },
  {
    key: 'mechanic_welding',
    vi: 'Cơ khí, hàn, sửa chữa máy',
    en: 'Mechanics, welding, machine repair',
    vsco: ['72'],
    vsic: ['C', 'G'],
    loneWords: ['han', 'co khi'],
    synonyms: [
      'tho co khi', 'gia cong co khi', 'han dien', 'tho han', 'lam han', 'nghe han', 'han xi', 'han tig', 'han mig',
      'han co2', 'han ong', 'han khung', 'han cong nghiep', 'may han', 'sua chua may', 'sua may',
      'sua may moc', 'lap rap may moc', 'sua chua', 'sua xe', 'sua xe may', 'tho sua xe', 'sua o to',
      'sua chua o to', 'tho o to', 'bao tri', 'bao tri may', 'bao duong', 'tho tien', 'tien phay',
      'dung may tien', 'cnc', 'may cnc', 'tho cnc', 'welder',
    ],
  },
  {
    key: 'electrician',
    vi: 'Thợ điện, điện nước',
    en: 'Electrician, plumber',
    vsco: ['74', '71'],
    vsic: ['F'],
    loneWords: ['dien'],
    synonyms: [
      'tho dien', 'dien nuoc', 'tho dien nuoc', 'dien dan dung', 'dien cong nghiep', 'sua dien',
      'sua chua dien', 'lap dat dien', 'tho nuoc', 'ong nuoc', 'tho ong nuoc', 'dien lanh',
      'tho dien lanh', 'dieu hoa', 'sua dieu hoa', 'may lanh', 'sua may lanh', 'electrician',
    ],
  },
  {
    key: 'agriculture',
    vi: 'Nông nghiệp, trồng trọt, chăn nuôi',
    en: 'Farming, crops, livestock',
    vsco: ['61', '92'],
    vsic: ['A'],
    synonyms: [
      'nong nghiep', 'trong trot', 'chan nuoi', 'lam vuon', 'lam ruong', 'lam nong', 'nong dan',
      'trang trai', 'lam trang trai', 'trong rau', 'trong cay', 'hai che', 'hai ca phe', 'hai cafe',
      'cao su', 'cao mu', 'cao mu cao su', 'nuoi heo', 'nuoi lon', 'nuoi ga', 'nuoi bo', 'thu hoach',
      'may cay', 'lai may cay', 'may gat',
    ],
  },
  {
    key: 'forestry_fishing',
    vi: 'Lâm nghiệp, nuôi trồng, đánh bắt thủy sản',
    en: 'Forestry, aquaculture, fishing',
    vsco: ['62', '92'],
    vsic: ['A'],
    synonyms: [
      'lam nghiep', 'nuoi trong', 'nuoi trong thuy san', 'danh bat', 'danh bat thuy san',
      'khai thac thuy san', 'danh bat ca', 'trong rung', 'cham soc rung', 'bao ve rung', 'khai thac go',
      'khai thac rung', 'trong keo', 'danh ca', 'nuoi tom', 'nuoi ca', 'di bien', 'tau ca', 'ngu dan',
    ],
  },
  {
    key: 'mining',
    vi: 'Khai thác mỏ, khai khoáng',
    en: 'Mining & quarrying',
    vsco: ['81', '93'],
    vsic: ['B'],
    synonyms: [
      'khai thac mo', 'khai thac', 'khai khoang', 'mo than', 'tho mo', 'cong nhan mo', 'khai thac than',
      'khai thac da', 'mo da', 'ham lo', 'tho lo',
    ],
  },
  {
    key: 'driver',
    vi: 'Lái xe (tải, khách, công trình)',
    en: 'Driver (truck, bus, machinery)',
    vsco: ['83'],
    vsic: ['H', 'F'],
    synonyms: [
      'lai xe', 'tai xe', 'bang lai', 'bang c', 'bang b2', 'bang d', 'bang e', 'bang fc', 'xe tai',
      'lai xe tai', 'may xuc', 'lai may xuc', 'van hanh may xuc', 'lai may', 'may ui', 'lai may ui',
      'may cau', 'lai cau', 'xe cau', 'lai xe cau', 'may dao', 'lai may dao', 'may cong trinh',
      'xe cong trinh', 'lai xe cong trinh', 'xe khach', 'lai xe khach', 'xe container', 'lai container',
      'lai xe container', 'xe ben', 'lai xe ben', 'xe buyt', 'lai xe buyt', 'taxi', 'lai taxi',
      'grab car', 'lai grab car', 'lai xe dich vu', 'lai xe gia dinh', 'phu xe', 'driver',
    ],
  },
  {
    key: 'delivery',
    vi: 'Giao hàng, shipper',
    en: 'Delivery / courier',
    vsco: ['83', '96'],
    vsic: ['H'],
    // Motorbike gig work ("chạy Grab", xe ôm công nghệ) is here; car driving ("Grab car", taxi) is `driver`.
    synonyms: [
      'giao hang', 'shipper', 'ship', 'ship hang', 'ship do an', 'giao do an', 'giao hang nhanh',
      'tai xe giao hang', 'nhan vien giao hang', 'giao nhan', 'buu ta', 'chuyen phat', 'chuyen phat nhanh',
      'xe may', 'grab', 'chay grab', 'grab bike', 'grab food', 'grabfood', 'xe om', 'xe om cong nghe',
      'gojek', 'ahamove', 'lalamove', 'shopee food', 'shopeefood', 'baemin',
    ],
  },
  {
    key: 'warehouse',
    vi: 'Kho vận, bốc xếp',
    en: 'Warehouse, loading',
    vsco: ['93', '43'],
    vsic: ['H'],
    loneWords: ['kho'],
    synonyms: [
      'kho van', 'boc xep', 'kho bai', 'thu kho', 'nhan vien kho', 'cong nhan kho', 'kho hang', 'phu kho',
      'kiem kho', 'xuat nhap kho', 'xe nang', 'lai xe nang', 'soan hang', 'xep hang', 'dong hang',
      'boc vac', 'khuan vac', 'logistics',
    ],
  },
  {
    key: 'hospitality',
    vi: 'Nhà hàng, khách sạn, phục vụ, phụ bếp',
    en: 'Restaurant, hotel, kitchen',
    vsco: ['51', '94'],
    vsic: ['I'],
    loneWords: ['bep'],
    synonyms: [
      'nha hang', 'khach san', 'phuc vu', 'phu bep', 'phuc vu nha hang', 'nha nghi', 'dau bep', 'tho bep',
      'nha bep', 'bep truong', 'nau an', 'rua bat', 'chay ban', 'boi ban', 'pha che', 'bartender',
      'barista', 'le tan', 'buong phong', 'don phong', 'quan an', 'quan nhau', 'quan cafe', 'quan ca phe',
      'phu quan',
    ],
  },
  {
    key: 'sales',
    vi: 'Bán hàng, thu ngân',
    en: 'Sales, shop assistant, cashier',
    vsco: ['52'],
    vsic: ['G'],
    synonyms: [
      'ban hang', 'thu ngan', 'cua hang', 'nhan vien ban hang', 'nhan vien cua hang', 'ban hang online',
      'tu van ban hang', 'sieu thi', 'tap hoa', 'ban le', 'ban quan ao', 'ban dien thoai', 'dung quay',
      'tiep thi', 'pg', 'shop', 'sale', 'sales', 'cashier',
    ],
  },
  {
    key: 'security',
    vi: 'Bảo vệ',
    en: 'Security guard',
    vsco: ['54'],
    vsic: ['N'],
    synonyms: [
      'bao ve', 'nhan vien bao ve', 'bao ve toa nha', 'bao ve cong ty', 'bao ve nha may', 've si',
      'an ninh', 'giu xe', 'security',
    ],
  },
  {
    key: 'domestic_care',
    vi: 'Giúp việc gia đình, chăm sóc người già/trẻ',
    en: 'Domestic help & caregiving',
    vsco: ['91', '53'],
    vsic: ['T'],
    synonyms: [
      'giup viec gia dinh', 'giup viec', 'giup viec nha', 'giup viec theo gio', 'nguoi giup viec', 'osin',
      'oshin', 'trong tre', 'trong be', 'cham be', 'cham soc tre', 'cham soc em be', 'bao mau',
      'cham nguoi gia', 'cham soc nguoi gia', 'trong nguoi gia', 'cham soc nguoi benh', 'cham benh',
      'nuoi benh', 'ho ly',
    ],
  },
  {
    key: 'cleaning',
    vi: 'Vệ sinh, tạp vụ',
    en: 'Cleaning / janitorial',
    vsco: ['91', '96'],
    vsic: ['N'],
    synonyms: [
      've sinh', 'tap vu', 'don dep', 'lao cong', 've sinh cong nghiep', 'don ve sinh', 'nhan vien ve sinh',
      'nhan vien tap vu', 'don nha', 'lau nha', 'rua xe', 'quet rac', 'thu gom rac',
      'cong nhan moi truong',
    ],
  },
  {
    key: 'craft_wood',
    vi: 'Thủ công mỹ nghệ, mộc',
    en: 'Handicraft, carpentry',
    vsco: ['73', '75'],
    vsic: ['C'],
    loneWords: ['moc'],
    synonyms: [
      'thu cong my nghe', 'thu cong', 'my nghe', 'tho moc', 'lam moc', 'do go', 'che bien go', 'xuong go',
      'nha may go', 'cong ty go', 'noi that', 'do noi that', 'son go', 'dan lat', 'may tre', 'may tre dan',
      'dan may tre', 'gom su', 'lam gom', 'theu', 'tho theu', 'theu tay', 'dieu khac', 'cham khac',
      'son mai',
    ],
  },
  {
    key: 'overseas_work',
    vi: 'Đi làm việc ở nước ngoài (xuất khẩu lao động)',
    en: 'Overseas contract work (labour export)',
    vsco: [],
    vscoAny: true,
    vsic: [],
    vsicAny: true,
    synonyms: [
      'di lam viec o nuoc ngoai', 'lam viec o nuoc ngoai', 'di lam nuoc ngoai', 'di nuoc ngoai',
      'nuoc ngoai', 'lao dong nuoc ngoai', 'xuat khau lao dong', 'xkld', 'di xuat khau', 'xuat khau',
      'di nhat', 'sang nhat', 'nhat ban', 'di nhat ban', 'don hang nhat', 'thuc tap sinh', 'tts',
      'di han', 'sang han', 'han quoc', 'di han quoc', 'eps', 'dai loan', 'di dai loan', 'sang dai loan',
      'di duc', 'chau au', 'di chau au', 'di uc', 'ba lan', 'di ba lan', 'rumani', 'romania', 'hungary',
      'trung dong', 'dubai', 'singapore', 'malaysia', 'japan', 'korea', 'taiwan',
    ],
  },
  {
    key: 'general_labour',
    vi: 'Lao động phổ thông (khác)',
    en: 'General labour (other)',
    vsco: ['91', '92', '93', '94', '95', '96'],
    vsic: [],
    vsicAny: true,
    broad: true,
    synonyms: [
      'lao dong pho thong', 'ldpt', 'lao dong chan tay', 'lam thoi vu', 'thoi vu', 'lao dong tu do',
      'lam tu do', 'lam cong nhat', 'cong nhat', 'viec gi cung duoc', 'viec gi cung lam',
      'lam gi cung duoc', 'gi cung duoc', 'lam them', 'viec lam them', 'part time', 'parttime',
      'ban thoi gian',
    ],
  },
  {
    key: 'other',
    vi: 'Khác',
    en: 'Other',
    vsco: [],
    vsic: [],
    broad: true,
    loneWords: ['khac'],
    synonyms: ['nghe khac', 'viec khac', 'cong viec khac', 'nganh khac'],
  },
];

export const OCCUPATIONS: readonly Occupation[] = DATA.map((o) =>
  Object.freeze({
    ...o,
    vscoAny: o.vscoAny ?? false,
    vsicAny: o.vsicAny ?? false,
    loneWords: o.loneWords ?? [],
    broad: o.broad ?? false,
  }),
);

/**
 * Phrases that contain an occupation word but mean something else. They take part in "longest phrase
 * wins" and then produce nothing: "mấy giờ", "máy tính", "thời hạn", "phù hợp".
 */
export const BLOCKERS: readonly string[] = [
  'may tinh', 'vi tinh', 'may vi tinh', 'may bay', 'may giat', 'may moc', 'may anh', 'dien may',
  'dien thoai', 'may gio', 'may tuoi', 'may ngay', 'may thang', 'may nam', 'may tieng', 'may nguoi',
  'may trieu', 'may tien', 'may dong', 'may cai', 'may lan', 'may ca', 'luong may', 'may man', 'may ma',
  'may ra', 'khong may', 'bao nhieu tien', 'tien luong',
  'han che', 'thoi han', 'gioi han', 'het han', 'ky han', 'han nop', 'kho khan', 'phu hop',
];
