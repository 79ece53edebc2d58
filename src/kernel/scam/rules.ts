/**
 * The scam shield's rules, data only (reference/vietnam-domain.md §5): the phrase rules by reason code, and the
 * phrases and patterns the computed codes read (overseas work, company names, chat apps, addresses, figures).
 * Patterns are on folded text; text.ts says how a phrase is matched, check.ts how the rules are run on a vacancy.
 */
import type { WagePeriod } from '../wage/index.ts';
import type { Phrase } from './text.ts';

export type ScamReasonCode =
  | 'asks_money'
  | 'task_or_order_scam'
  | 'too_good_to_be_true'
  | 'pay_far_above_norm'
  | 'overseas_unlicensed'
  | 'personal_transfer'
  | 'off_platform_contact';

/** Every code, in the order `scamReasons` returns them. */
export const SCAM_REASON_CODES: readonly ScamReasonCode[] = [
  'asks_money',
  'task_or_order_scam',
  'too_good_to_be_true',
  'pay_far_above_norm',
  'overseas_unlicensed',
  'personal_transfer',
  'off_platform_contact',
];

/**
 * Extra conditions a rule needs somewhere in the same post: another phrase, or a figure.
 * 'high_pay': a VND wage (the wage field or a figure with a period in the text) at or above HIGH_PAY_VND.
 * 'daily_pay': a wage per day (field or text), or words for being paid by the day ("nhận lương cuối ngày").
 */
export type Condition = Phrase | 'high_pay' | 'daily_pay';

export interface PhraseRule extends Phrase {
  /** Stable name of the rule, for tests and logs. */
  readonly id: string;
  readonly code: ScamReasonCode;
  /**
   * Whether a negation cancels it: "không thu phí", "miễn phí đồng phục", "hỗ trợ 100% phí đào tạo",
   * "không chuyển khoản cho cá nhân", or after it "phí hồ sơ: 0đ", "đặt cọc: không".
   */
  readonly negatable: boolean;
  readonly also?: readonly Condition[];
}

/** Banks and e-wallets whose name followed by digits is an account number (folded). */
const BANKS =
  'vietcombank|vcb|techcombank|tcb|mbbank|mb bank|mb|bidv|agribank|vietinbank|vtb|acb|vpbank|vp bank|tpbank|tp bank|' +
  'sacombank|scb|shb|hdbank|ocb|vib|msb|seabank|eximbank|lpbank|lienvietpostbank|lienviet|namabank|nam a bank|' +
  'bac a bank|abbank|pvcombank|kienlongbank|vietbank|baovietbank|shinhan|woori|timo|momo|zalopay|viettelpay|viettel money';
/** Words that may sit between a bank's name (or "STK") and the account number. */
const ACCOUNT_GAP =
  '(?: (?:la|so|stk|tk|tai khoan|so tai khoan|so tk|chi nhanh|cn|ngan hang|nh|chu tk|chu tai khoan|ctk))*';
/** An account number: 6+ digits, possibly grouped with spaces. */
const ACCOUNT_NUMBER = String.raw`\d(?: ?\d){5,}`;

/**
 * The phrase rules, by code. Codes computed from figures and fields rather than phrases
 * (pay_far_above_norm, overseas_unlicensed, off_platform_contact) read the data below the table (check.ts).
 */
export const PHRASE_RULES: readonly PhraseRule[] = [
  // ---- asks_money: the worker must pay to get the job (§5.2; anchors: 600k deposit, uniform fee, 2 million "phí hồ
  // sơ").
  {
    // "đặt cọc", "đặt cọc trước 600k"
    id: 'deposit',
    code: 'asks_money',
    pattern: /\bdat coc\b/,
    accents: { dat: 'đặt', coc: 'cọc' },
    amount: 'optional',
    negatable: true,
  },
  {
    // "tiền cọc", "cọc trước", "cọc giữ chỗ", "nộp cọc", "tiền thế chân", "tiền giữ chỗ"
    id: 'deposit_words',
    code: 'asks_money',
    pattern:
      /\b(?:tien coc|coc truoc|coc giu cho|coc dong phuc|nop coc|dong tien coc|tien the chan|tien giu cho|giu cho bang tien)\b/,
    accents: { tien: 'tiền', coc: 'cọc', nop: 'nộp', dong: 'đóng', the: 'thế', chan: 'chân' },
    amount: 'optional',
    negatable: true,
  },
  {
    // bare "cọc 500k" / "coc 500k"; not a pile ("ép cọc", "khoan cọc", "cọc bê tông") nor a day rate ("cọc 500k/ngày")
    id: 'deposit_amount',
    code: 'asks_money',
    pattern: /\bcoc\b/,
    accents: { coc: 'cọc' },
    amount: 'required',
    notBefore: /\b(?:ep|khoan|thi cong|be tong|nho|ha|dat) $/,
    notAfter: /^ (?:ngay|thang|gio|ca|cong|tuan|m|m2|md|met|cay|tim|coc)\b/,
    negatable: true,
  },
  {
    // "phí giữ chỗ", "phí hồ sơ", "phí đào tạo", "phí đồng phục", "phí giới thiệu", "tiền đồng phục", … — but not
    // "chi phí …" (costs in general: "hỗ trợ chi phí đi lại", "chi phí đào tạo do công ty chịu")
    id: 'named_fee',
    code: 'asks_money',
    pattern:
      /\b(?:phi|tien) (?:giu cho|giu viec|ho so|xu ly ho so|lam ho so|dao tao|dong phuc|gioi thieu|moi gioi|kich hoat|dang ky|dang ki|tham gia|nhan viec|bao lanh|lam the|the nhan vien|the|cam ket|xin viec|tuyen dung|dam bao|giu chan|nhap hoc|mo tai khoan|xac minh)\b/,
    accents: { phi: 'phí', tien: 'tiền' },
    notBefore: /\bchi $/,
    amount: 'optional',
    negatable: true,
  },
  {
    // "lệ phí", "mất phí", "thu phí", "đóng phí", "nộp phí" ("trả phí" is left out: who pays is unclear) — not a
    // toll-booth job ("nhân viên thu phí trạm BOT") nor insurance contributions ("đóng phí BHXH")
    id: 'fee_words',
    code: 'asks_money',
    pattern: /\b(?:le phi|mat phi|thu phi|dong phi|nop phi)\b/,
    accents: { le: 'lệ', phi: 'phí', mat: 'mất', thu: 'thu', dong: 'đóng', nop: 'nộp' },
    notBefore: /\b(?:nhan vien|nv|tram|vi tri|cong viec|lam) $/,
    notAfter: /^ (?:tram|cau duong|duong bo|bot|giao thong|gui xe|bai xe|cho|bhxh|bhyt|bhtn|bao hiem|cong doan)\b/,
    amount: 'optional',
    negatable: true,
  },
  {
    // "phí 300.000đ", "phí: 500k" (not "chi phí 500k", "miễn phí 0đ")
    id: 'fee_amount',
    code: 'asks_money',
    pattern: /\bphi\b/,
    accents: { phi: 'phí' },
    amount: 'required',
    notBefore: /\b(?:chi|mien|cuoc) $/,
    negatable: true,
  },
  {
    // "nộp tiền", "đóng tiền", "nạp tiền", "chuyển khoản trước", "CK trước" — not "đóng tiền điện nước" at the dorm,
    // nor a place called Đồng Tiến ("xã Dong Tien")
    id: 'pay_money',
    code: 'asks_money',
    pattern: /\b(?:nop tien|dong tien|nap tien|chuyen khoan truoc|ck truoc|chuyen tien truoc)\b/,
    accents: { nop: 'nộp', dong: 'đóng', tien: 'tiền', nap: 'nạp', truoc: 'trước' },
    // not a place (Đồng Tiến), nor a shipper or cashier handing in takings ("thu tiền COD, nộp tiền về bưu cục")
    notBefore:
      /\b(?:xa|phuong|thon|kcn|khu|to|xom|ap|cum|duong|pho|thi tran|huyen|quan|tp|thu tien(?: \w+){0,3}|cod|thu ho)(?: va| roi)? $/,
    notAfter:
      /^ (?:bhxh|bhyt|bhtn|bao hiem|thue|dien|nuoc|tien dien|tien nuoc|nha tro|phong tro|ky tuc xa|com|an|thu ho|cod|hang|ban hang|cuoi ngay|cuoi ca|(?:ve|cho|lai|tai) (?:cong ty|buu cuc|ke toan|cua hang|quan ly|thu ngan|kho))\b/,
    amount: 'optional',
    negatable: true,
  },
  {
    // "đóng trước 2 triệu", "nộp trước 500k" (not "nộp trước 30/11", a date)
    id: 'pay_first_amount',
    code: 'asks_money',
    pattern: /\b(?:nop|dong|dua) truoc\b/,
    accents: { nop: 'nộp', dong: 'đóng', dua: 'đưa', truoc: 'trước' },
    amount: 'required',
    notAfter: /^ \d/,
    negatable: true,
  },

  // ---- task_or_order_scam: "order completion" and task jobs on fake shops and apps (§5.2).
  {
    // "chốt đơn", "CTV chốt đơn online"
    id: 'close_orders',
    code: 'task_or_order_scam',
    pattern: /\bchot don\b/,
    accents: { chot: 'chốt', don: 'đơn' },
    negatable: false,
  },
  {
    // "làm nhiệm vụ", "nhận nhiệm vụ", "nhiệm vụ online", "đơn ảo"
    id: 'tasks',
    code: 'task_or_order_scam',
    pattern:
      /\b(?:(?:lam|nhan|hoan thanh) nhiem vu|nhiem vu (?:online|tren app|hang ngay|nhan thuong|nhan tien)|(?:lam|chay) don ao)\b/,
    accents: { don: 'đơn', ao: 'ảo' },
    negatable: false,
  },
  {
    // like / share / follow / xem video / "đánh giá sản phẩm" … to be paid
    id: 'like_share_paid',
    code: 'task_or_order_scam',
    pattern:
      /\b(?:like|tha tim|share|chia se bai|follow|xem video|xem clip|dang ky kenh|subscribe|danh gia (?:san pham|shop|5 sao|nam sao|don hang|cua hang)|review san pham)\b(?: [a-z0-9]+){0,4} (?:kiem tien|nhan tien|kiem them|nhan hoa hong|huong hoa hong|duoc tra tien|tra tien)\b/,
    negatable: false,
  },
  {
    // "cộng tác viên online" / "CTV tại nhà" with "hoa hồng"
    id: 'online_ctv_commission',
    code: 'task_or_order_scam',
    pattern:
      /\b(?:ctv|cong tac vien)\b(?: [a-z0-9]+){0,3} (?:online|tai nha|qua mang|tren mang|tren dien thoai|qua dien thoai|mxh|mang xa hoi|tiktok|shopee|lazada|tiki)\b/,
    also: [{ pattern: /\bhoa hong\b/, accents: { hoa: 'hoa', hong: 'hồng' } }],
    negatable: false,
  },

  // ---- too_good_to_be_true: "việc nhẹ lương cao" and its cousins (§5.2).
  {
    // "việc nhẹ lương cao", "công việc nhẹ nhàng, thu nhập khủng", "việc nhàn lương cao"
    id: 'light_work_high_pay',
    code: 'too_good_to_be_true',
    pattern:
      /\b(?:viec|cong viec) (?:nhe|nhe nhang|nhan|nhan ha|don gian|de dang)(?: [a-z]+)? (?:luong|thu nhap) (?:cao|khung|cuc cao|cuc khung)\b/,
    accents: { nhe: 'nhẹ', nhan: 'nhàn', cao: 'cao', khung: 'khủng' },
    negatable: false,
  },
  {
    // "thu nhập khủng", "lương khủng", "lương siêu cao", "tiền triệu mỗi ngày"
    id: 'huge_pay_words',
    code: 'too_good_to_be_true',
    pattern:
      /\b(?:(?:luong|thu nhap) (?:cao )?(?:khung|cuc khung|sieu khung|cuc cao|sieu cao|cao ngat)|tien trieu (?:moi|hang|1|mot) ngay|(?:kiem|nhan) (?:vai |hang |tien )?trieu (?:moi|hang|1|mot) ngay)\b/,
    accents: { khung: 'khủng' },
    negatable: false,
  },
  {
    // "không cần kinh nghiệm" with a high figure (HIGH_PAY_VND)
    id: 'no_experience_high_pay',
    code: 'too_good_to_be_true',
    pattern: /\b(?:khong|ko|k|kh) (?:can|yeu cau|doi hoi|can co) (?:kinh nghiem|kn)\b/,
    also: ['high_pay'],
    negatable: false,
  },
  {
    // "kiếm tiền tại nhà" with pay by the day ("500k/ngày", "nhận lương cuối ngày")
    id: 'home_money_daily',
    code: 'too_good_to_be_true',
    pattern:
      /\b(?:kiem tien (?:tai nha|online|tren dien thoai|qua dien thoai)|(?:o|ngoi) nha (?:kiem|lam ra) tien|lam viec tai nha|lam (?:online )?tai nha)\b/,
    // "làm tại nhà máy / nhà xưởng / nhà vườn / nhà hàng / nhà khách / nhà dân" is a workplace, not home
    notAfter: /^ (?:may|xuong|vuon|hang|khach|dan|nghi|tro|van hoa|thi dau|kho)\b/,
    also: ['daily_pay'],
    negatable: false,
  },

  // ---- personal_transfer: money to a person's account (§5.1: personal accounts named after real directors).
  {
    // "chuyển khoản vào tài khoản cá nhân", "chuyển tiền vào TK của anh Tuấn", "CK cho cá nhân"
    id: 'transfer_personal',
    code: 'personal_transfer',
    pattern:
      /\b(?:(?:chuyen khoan|chuyen tien|chuyen|ck|nop tien|gui tien|dong tien|nop|gui)(?: (?:vao|qua|toi|cho|den|ve))? (?:tai khoan|tk|stk|so tai khoan)(?: ngan hang)? (?:ca nhan|rieng|cua (?:anh|chi|em|minh|toi|co|chu|ong|ba|ban than))|chuyen khoan (?:cho|vao) (?:ca nhan|anh|chi|em|minh))\b/,
    // not wages paid into the worker's own account ("lương chuyển khoản vào tài khoản cá nhân của người lao động")
    notBefore: /\b(?:luong|tien luong|tra luong|nhan luong|thu nhap)(?: (?:duoc|se|se duoc|hang thang|moi thang))* $/,
    notAfter: /^ (?:cua )?(?:nguoi lao dong|nld|ung vien|cong nhan|nhan vien|moi nguoi|ban|hang thang|vao ngay)\b/,
    negatable: true,
  },
  {
    // "STK: 0123456789", "số tài khoản Vietcombank 0123 456 789" (a number is given; "chuẩn bị số tài khoản để nhận
    // lương" is not a reason)
    id: 'account_number',
    code: 'personal_transfer',
    pattern: new RegExp(
      String.raw`\b(?:stk|so tk|so tai khoan)(?: (?:${BANKS}))?${ACCOUNT_GAP}(?: (?:${BANKS}))? ${ACCOUNT_NUMBER}`,
    ),
    negatable: true,
  },
  {
    // "Vietcombank 0123456789", "MB: 0912 345 678", "Momo 0912345678"
    id: 'bank_and_digits',
    code: 'personal_transfer',
    pattern: new RegExp(String.raw`\b(?:${BANKS})${ACCOUNT_GAP} ${ACCOUNT_NUMBER}`),
    negatable: true,
  },
];

/** At or above this a VND wage counts as high pay for the "không cần kinh nghiệm" rule (ours, below IMPLAUSIBLE_*). */
export const HIGH_PAY_VND: Readonly<Record<Exclude<WagePeriod, 'piece'>, number>> = {
  month: 20_000_000,
  day: 500_000,
  shift: 500_000,
  hour: 100_000,
};

/**
 * Words for being paid by the day: "nhận lương cuối ngày", "thanh toán trong ngày", "lương ngày" (not "lương ngày 10").
 */
export const DAILY_PAY_WORDS: Phrase = {
  pattern:
    /\b(?:nhan luong|tra luong|thanh toan|luong|rut tien|nhan tien|tra tien)(?: (?:theo|hang|moi|cuoi|trong))? ngay\b/,
  notAfter: /^ (?:\d+|cong)\b/,
};

/** A figure with a period in free text ("500k/ngày", "2-3 triệu/ngày", "80 triệu/tháng"), handed to parseWage. */
export const WAGE_IN_TEXT =
  /\b\d+(?:(?:k|tr|trieu|nghin|ngan|d|dong|vnd|cu)\d*)?(?: (?:\d+(?:(?:k|tr|trieu|nghin|ngan|d|dong|vnd|cu)\d*)?|k|tr|trieu|nghin|ngan|d|dong|vnd|cu|den|toi)){0,8} (?:(?:moi|1|mot|tren) )?(?:ngay|thang|gio|tieng|ca)\b/;

/**
 * Overseas work mentioned in the text (§5.1). Short country names ("Nhật", "Hàn", "Đức", "Úc", "Lào") only right
 * after "đi", "sang", "xuất cảnh", "TTS", "đơn hàng", and with their accents ("đi nhặt rác" is not Japan, "đi lao
 * động" is not Laos, "đi hàn điện" is welding).
 */
export const OVERSEAS_PHRASES: readonly Phrase[] = [
  {
    pattern:
      /\b(?:xuat khau lao dong|xkld|(?:di|sang) (?:lam (?:viec )?)?(?:o |tai )?nuoc ngoai|lam viec (?:o|tai) nuoc ngoai|lao dong (?:o |tai )?nuoc ngoai|visa lao dong|thuc tap sinh (?:ky nang|nhat|han|dai loan)|ky su (?:nhat|han|dai loan))\b/,
  },
  {
    pattern:
      /\b(?:di|sang|qua|xuat canh|bay sang|lam viec (?:o|tai)|lam (?:o|tai)|tts|don hang|xkld) (?:nhat ban|han quoc|dai loan|singapore|malaysia|campuchia|cambodia|thai lan|trung quoc|chau au|ba lan|rumani|romania|hungary|canada|australia|dubai|a rap xe ut|saudi|qatar|israel|new zealand|myanmar|philippines|indonesia)\b/,
  },
  {
    pattern: /\b(?:di|sang|xuat canh|bay sang|tts|don hang|xkld) (?:nhat|han|duc|uc|lao|my|nga)\b/,
    accents: { nhat: 'nhật', han: 'hàn', duc: 'đức', uc: 'úc', lao: 'lào', my: 'mỹ', nga: 'nga' },
    // "đi lao động", "đi hàn điện", "đi nhặt rác", "đi mỹ phẩm", "đi ngã ba"
    notAfter: /^ (?:dong|dien|xi|thep|sat|tig|mig|co|rac|ve chai|phe lieu|nhua|pham|thuat|ba|tu|nam)\b/,
  },
];

/**
 * An employer name that looks like a registered company (folded): "Công ty", "Cty", "CTCP", "TNHH", "Company",
 * "Co., Ltd", "JSC", "Corp", "Tập đoàn", and the public Centre of Overseas Labour ("Trung tâm Lao động ngoài nước").
 * A person's name or a page name ("XKLĐ Nhật Bản Uy Tín", "Anh Tuấn") does not.
 */
export const COMPANY_MARKERS =
  /\b(?:cong ty|cty|c ty|ctcp|ctct|tnhh|mtv|company|co ltd|ltd|jsc|corp|corporation|inc|tap doan|trung tam lao dong ngoai nuoc)\b/;

/**
 * Off-platform contact (§5.3 item 3): chat apps or personal pages named as the way to reach the poster.
 * Counts only when the post has no phone number and no address.
 */
export const OFF_PLATFORM_PHRASES: readonly Phrase[] = [
  {
    // "liên hệ qua Telegram", "nhắn Zalo", "ib fanpage", "kết bạn zalo", "add tele"
    pattern:
      /\b(?:lien he|lh|nhan tin|nhan|inbox|ib|ibx|ket ban|add|chat|tham gia|vao nhom|join)(?: (?:qua|voi|tren|ngay|minh|em|anh|chi|ad|admin|rieng|truc tiep)){0,2} (?:telegram|tele|tg|zalo|zl|facebook|fb|face|messenger|mess|page|fanpage|whatsapp|wechat|signal|viber)\b/,
    accents: { nhan: 'nhắn' },
  },
  // t.me/… links
  { pattern: /\bt me [a-z0-9_]/ },
  // "inbox", "ib" on their own
  { pattern: /\b(?:inbox|ib|ibx)\b/ },
  // Telegram named anywhere (employers here post through the bot; Telegram is not a way to reach an employer)
  { pattern: /\btelegram\b/ },
];

/** In the contact field, any chat app or page name counts ("Zalo anh Tuấn", "FB: Tuyển dụng 24h"). */
export const CONTACT_PLATFORM =
  /\b(?:telegram|tele|tg|zalo|zl|facebook|fb|face|messenger|mess|page|fanpage|inbox|ib|whatsapp|wechat|signal|viber|t me)\b/;
/** A handle ("@tuyendung24h") in the contact field (an e-mail address is not one). */
export const CONTACT_HANDLE = /(?:^|\s)@[A-Za-z0-9_.]{3,}/;

/** An address in the post: "địa chỉ", an industrial zone, a house number and street, a named ward/commune/hamlet. */
export const ADDRESS_PHRASES: readonly Phrase[] = [
  { pattern: /\b(?:dia chi|dc|d c)\b/, accents: { dia: 'địa', chi: 'chỉ' } },
  { pattern: /\b(?:kcn|ccn|kcx|khu cong nghiep|cum cong nghiep|khu che xuat|toa nha|van phong) [a-z0-9]/ },
  {
    pattern: /\b(?:so )?\d+[a-z]? (?:duong|pho|ngo|ngach|hem|kiet)\b/,
    accents: { duong: 'đường', pho: 'phố', ngo: 'ngõ', ngach: 'ngách', hem: 'hẻm', kiet: 'kiệt' },
  },
  {
    pattern:
      /\b(?:phuong|xa|thon|ap|xom|quan|huyen|tinh|thi xa|thi tran|thanh pho|tp|khu pho|to dan pho) (?:[a-z]+ )?[a-z0-9]/,
    accents: {
      phuong: 'phường',
      xa: 'xã',
      thon: 'thôn',
      ap: 'ấp',
      xom: 'xóm',
      quan: 'quận',
      huyen: 'huyện',
      tinh: 'tỉnh',
      thi: 'thị',
      tran: 'trấn',
      thanh: 'thành',
      pho: 'phố',
    },
    notBefore: /\b(?:khong|ko|k|gan|rat|hoi|cach|xa|o|ap|tai|dung|cao) $/,
  },
];
