/**
 * Scam shield: reasons to hold a vacancy for an official (PRODUCT.md "Scam shield";
 * reference/vietnam-domain.md §5: deposits and fees, task / order-completion jobs, "việc nhẹ lương cao",
 * overseas work without a licensed company, personal bank transfers, off-platform chat).
 *
 * A reason is data (`code` + `evidence` quoted from the post); someone else words it for the official.
 * A reason is a signal, not proof: the post is held and an official decides.
 *
 * Matching works on folded text (accents off, lowercase, see fold.ts) so "dat coc" and "đặt cọc" both match,
 * with word boundaries. Where folding makes two words collide ("cọc" deposit / "cốc" cup, "đóng tiền" pay /
 * "đồng tiền" coin, "Nhật" Japan / "nhặt" pick up), a rule names the accented form it means, and a word the
 * post did write with a tone mark must carry exactly that form (a word written without accents still matches).
 *
 * Pure: no I/O, no clock.
 */
import { fold } from './fold.ts';
import { isOccupationKey, UNSKILLED_OCCUPATIONS } from './occupations/index.ts';
import { findPhoneNumbers, normalizePhone } from './phone.ts';
import { checkWage, parseWage } from './wage/index.ts';
import type { Wage, WagePeriod } from './wage/index.ts';

export type ScamReasonCode = 'asks_money' | 'task_or_order_scam' | 'too_good_to_be_true' | 'pay_far_above_norm' | 'overseas_unlicensed' | 'personal_transfer' | 'off_platform_contact';
export interface ScamReason {
  code: ScamReasonCode;
  /** The words or figure that triggered it, quoted from the post (for the official's card). */
  evidence: string;
}

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

/** What the shield looks at. */
export interface ScamCheckInput {
  title: string;
  /** Requirements and any other free text of the post. */
  description: string;
  wage: Wage | null;
  /** Occupation key (occupations/data.ts) or null when none was chosen. */
  occupation: string | null;
  overseas: boolean;
  employerName: string;
  contact: string;
}

/** Longest evidence string; longer quotes are cut with "…". */
export const EVIDENCE_MAX_CHARS = 80;

// ---------------------------------------------------------------------------------------------------------------
// The rule table
// ---------------------------------------------------------------------------------------------------------------

/**
 * A phrase to find in the folded text of the post (title, description and contact; folded per fold.ts, except
 * that a sentence break — newline, "!", "?", ";", "|" or "." before a space — stays a line break, so a phrase
 * never spans two sentences).
 */
export interface Phrase {
  /** Regex on folded text ([a-z0-9], single spaces, "\n" between sentences). No flags needed. */
  readonly pattern: RegExp;
  /** Folded word → the accented form meant; a word written with a tone mark must be exactly that form. */
  readonly accents?: Readonly<Record<string, string>>;
  /** Rejects the match when the folded text just before it matches (anchor with `$`). */
  readonly notBefore?: RegExp;
  /** Rejects the match when the folded text just after it (and after its amount) matches (anchor with `^`). */
  readonly notAfter?: RegExp;
  /** A money amount right after the phrase ("đặt cọc 600k"): quoted as evidence; 'required' drops a match without one. */
  readonly amount?: 'optional' | 'required';
}

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

/** "600k", "600.000đ" → "600 000d", "2 triệu", "1tr5" (folded). */
const AMOUNT = String.raw`\d+(?: \d{3})*(?: ?(?:k|tr|trieu|nghin|ngan|d|dong|vnd|cu)\d*)?`;
/** Words allowed between a phrase and its amount: "đặt cọc trước 500k", "phí hồ sơ là 2 triệu". */
const AMOUNT_AFTER = new RegExp(String.raw`^ (?:(?:la|khoang|chi|tu|tam|gom|tong|tren|them|truoc|moi nguoi|1 nguoi) ){0,2}(${AMOUNT})\b`);
/** An amount with a unit or thousands groups ("500k", "350.000đ"), not a bare number like a date. */
const AMOUNT_WITH_UNIT = String.raw`\d+(?: \d{3})+(?: ?(?:d|dong|vnd))?|\d+(?: \d{3})* ?(?:k|tr|trieu|nghin|ngan|d|dong|vnd|cu)\d*`;
/** For evidence only: an amount a few words later in the sentence ("phí giới thiệu việc làm 500k"). */
const AMOUNT_NEAR = new RegExp(String.raw`^(?: [a-z]+){1,3} (${AMOUNT_WITH_UNIT})\b`);

/** Banks and e-wallets whose name followed by digits is an account number (folded). */
const BANKS =
  'vietcombank|vcb|techcombank|tcb|mbbank|mb bank|mb|bidv|agribank|vietinbank|vtb|acb|vpbank|vp bank|tpbank|tp bank|' +
  'sacombank|scb|shb|hdbank|ocb|vib|msb|seabank|eximbank|lpbank|lienvietpostbank|lienviet|namabank|nam a bank|' +
  'bac a bank|abbank|pvcombank|kienlongbank|vietbank|baovietbank|shinhan|woori|timo|momo|zalopay|viettelpay|viettel money';
/** Words that may sit between a bank's name (or "STK") and the account number. */
const ACCOUNT_GAP = '(?: (?:la|so|stk|tk|tai khoan|so tai khoan|so tk|chi nhanh|cn|ngan hang|nh|chu tk|chu tai khoan|ctk))*';
/** An account number: 6+ digits, possibly grouped with spaces. */
const ACCOUNT_NUMBER = String.raw`\d(?: ?\d){5,}`;

/**
 * The phrase rules, by code. Codes computed from figures and fields rather than phrases
 * (pay_far_above_norm, overseas_unlicensed, off_platform_contact) are below the table.
 */
export const PHRASE_RULES: readonly PhraseRule[] = [
  // ---- asks_money: the worker must pay to get the job (§5.2; anchors: 600k deposit, uniform fee, 2 million "phí hồ sơ").
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
    pattern: /\b(?:tien coc|coc truoc|coc giu cho|coc dong phuc|nop coc|dong tien coc|tien the chan|tien giu cho|giu cho bang tien)\b/,
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
    notBefore: /\b(?:xa|phuong|thon|kcn|khu|to|xom|ap|cum|duong|pho|thi tran|huyen|quan|tp|thu tien(?: \w+){0,3}|cod|thu ho)(?: va| roi)? $/,
    notAfter: /^ (?:bhxh|bhyt|bhtn|bao hiem|thue|dien|nuoc|tien dien|tien nuoc|nha tro|phong tro|ky tuc xa|com|an|thu ho|cod|hang|ban hang|cuoi ngay|cuoi ca|(?:ve|cho|lai|tai) (?:cong ty|buu cuc|ke toan|cua hang|quan ly|thu ngan|kho))\b/,
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
    pattern: /\b(?:(?:lam|nhan|hoan thanh) nhiem vu|nhiem vu (?:online|tren app|hang ngay|nhan thuong|nhan tien)|(?:lam|chay) don ao)\b/,
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
    pattern: new RegExp(String.raw`\b(?:stk|so tk|so tai khoan)(?: (?:${BANKS}))?${ACCOUNT_GAP}(?: (?:${BANKS}))? ${ACCOUNT_NUMBER}`),
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

/** Negation before a phrase: "không", "ko", "miễn", "hỗ trợ (100%)", "công ty chịu", "nghiêm cấm", "free". */
const NEGATION = 'khong|ko|k|kh|khg|hong|chang|cam|mien|free|ho tro|tai tro|chiu|dai tho|bao tron';
/** Words that may sit between the negation and the phrase: "không phải đặt cọc", "không thu bất kỳ khoản phí hồ sơ". */
const NEGATION_FILLER =
  'can|phai|yeu cau|thu|mat|co|lay|bat buoc|he|bao gio|doi hoi|dong|nop|tra|tinh|bat ky|bat ki|bat cu|khoan|loai|mot|cac|' +
  'moi|nhan|them|gi|cung cap|gui|dua|chuyen|chuyen khoan|cho|vao|qua|ai|tien|100|toan bo|toan phan|dat|hoan toan|' +
  'duoc|se|nguoi lao dong|nld|ung vien|ban|lao dong|truoc';
/** Also through a list: "không yêu cầu đặt cọc hay phí hồ sơ", "không thu phí hồ sơ và phí đồng phục". */
const NEGATION_LIST = '(?: [a-z]+){1,4} (?:va|hay|hoac|hoac la|cung nhu|lan)';
const NEGATED_BEFORE = new RegExp(String.raw`(?:^|[ \n])(?:${NEGATION})(?: (?:${NEGATION_FILLER})){0,4}(?:${NEGATION_LIST})? $`);
/**
 * Negation after a phrase: "phí hồ sơ: 0đ", "đặt cọc: không", "phí đồng phục miễn phí", "phí đào tạo do công ty
 * chi trả" (not "không hoàn lại", "không quá").
 */
const NEGATED_AFTER = new RegExp(
  String.raw`^ (?:la )?(?:khong\b(?! (?:hoan|tra lai|qua|vuot|hon|den))|ko\b|0(?: ?(?:d|dong|vnd|k))?\b|mien phi\b|free\b|mien\b|` +
    String.raw`(?:se )?(?:do|duoc) (?:cong ty|cty|doanh nghiep|nha tuyen dung|chu|ben cong ty)\b|(?:cong ty|cty|doanh nghiep) (?:chiu|tra|chi tra|lo|ho tro|thanh toan|bao)\b)`,
);

/** At or above this a VND wage counts as high pay for the "không cần kinh nghiệm" rule (ours, below IMPLAUSIBLE_*). */
export const HIGH_PAY_VND: Readonly<Record<Exclude<WagePeriod, 'piece'>, number>> = {
  month: 20_000_000,
  day: 500_000,
  shift: 500_000,
  hour: 100_000,
};

/** Words for being paid by the day: "nhận lương cuối ngày", "thanh toán trong ngày", "lương ngày" (not "lương ngày 10"). */
const DAILY_PAY_WORDS: Phrase = {
  pattern: /\b(?:nhan luong|tra luong|thanh toan|luong|rut tien|nhan tien|tra tien)(?: (?:theo|hang|moi|cuoi|trong))? ngay\b/,
  notAfter: /^ (?:\d|cong)\b/,
};

/** A figure with a period in free text ("500k/ngày", "2-3 triệu/ngày", "80 triệu/tháng"), handed to parseWage. */
const WAGE_IN_TEXT =
  /\b\d+(?:(?:k|tr|trieu|nghin|ngan|d|dong|vnd|cu)\d*)?(?: (?:\d+(?:(?:k|tr|trieu|nghin|ngan|d|dong|vnd|cu)\d*)?|k|tr|trieu|nghin|ngan|d|dong|vnd|cu|den|toi)){0,8} (?:(?:moi|1|mot|tren) )?(?:ngay|thang|gio|tieng|ca)\b/g;


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
const CONTACT_PLATFORM = /\b(?:telegram|tele|tg|zalo|zl|facebook|fb|face|messenger|mess|page|fanpage|inbox|ib|whatsapp|wechat|signal|viber|t me)\b/;
/** A handle ("@tuyendung24h") in the contact field (an e-mail address is not one). */
const CONTACT_HANDLE = /(?:^|\s)@[A-Za-z0-9_.]{3,}/;

/** An address in the post: "địa chỉ", an industrial zone, a house number and street, a named ward/commune/hamlet. */
export const ADDRESS_PHRASES: readonly Phrase[] = [
  { pattern: /\b(?:dia chi|dc|d c)\b/, accents: { dia: 'địa', chi: 'chỉ' } },
  { pattern: /\b(?:kcn|ccn|kcx|khu cong nghiep|cum cong nghiep|khu che xuat|toa nha|van phong) [a-z0-9]/ },
  {
    pattern: /\b(?:so )?\d+[a-z]? (?:duong|pho|ngo|ngach|hem|kiet)\b/,
    accents: { duong: 'đường', pho: 'phố', ngo: 'ngõ', ngach: 'ngách', hem: 'hẻm', kiet: 'kiệt' },
  },
  {
    pattern: /\b(?:phuong|xa|thon|ap|xom|quan|huyen|tinh|thi xa|thi tran|thanh pho|tp|khu pho|to dan pho) (?:[a-z]+ )?[a-z0-9]/,
    accents: {
      phuong: 'phường', xa: 'xã', thon: 'thôn', ap: 'ấp', xom: 'xóm', quan: 'quận', huyen: 'huyện', tinh: 'tỉnh',
      thi: 'thị', tran: 'trấn', thanh: 'thành', pho: 'phố',
    },
    notBefore: /\b(?:khong|ko|k|gan|rat|hoi|cach|xa|o|ap|tai|dung|cao) $/,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------------------------------

/**
 * Reasons to hold the post for an official, one per code, in SCAM_REASON_CODES order; [] for an ordinary post.
 */
export function scamReasons(post: ScamCheckInput): ScamReason[] {
  const doc = makeDoc([post.title, post.description, post.contact]);
  const found = new Map<ScamReasonCode, Hit>();
  // One reason per code: the first rule of the table that fires (rules are ordered most telling first).
  const keep = (code: ScamReasonCode, hit: Hit): void => {
    if (!found.has(code)) found.set(code, hit);
  };

  const wages = collectWages(post.wage, doc);

  for (const rule of PHRASE_RULES) {
    const hit = findPhrase(doc, rule, rule.negatable);
    if (hit === null) continue;
    const extra: string[] = [];
    let ok = true;
    for (const condition of rule.also ?? []) {
      const evidence = conditionEvidence(doc, condition, wages);
      if (evidence === null) {
        ok = false;
        break;
      }
      extra.push(evidence);
    }
    if (!ok) continue;
    keep(rule.code, extra.length === 0 ? hit : { ...hit, text: [hit.text, ...extra].join(' … ') });
  }

  const overseasHit = firstPhrase(doc, OVERSEAS_PHRASES);
  const overseas = post.overseas || post.occupation === 'overseas_work' || overseasHit !== null;

  // pay_far_above_norm: the wage module's implausibly_high, for unskilled work at home.
  if (!overseas && (post.occupation === null || (isOccupationKey(post.occupation) && UNSKILLED_OCCUPATIONS.has(post.occupation)))) {
    for (const w of wages) {
      // Region IV: the regions differ only in the minimum, not in the implausible ceiling.
      if (checkWage(w.wage, 4).some((f) => f.code === 'implausibly_high')) {
        keep('pay_far_above_norm', { start: w.start, text: w.text });
        break;
      }
    }
  }

  // overseas_unlicensed: overseas work whose employer is not a named company.
  if (overseas && !COMPANY_MARKERS.test(fold(post.employerName))) {
    const name = tidyEvidence(post.employerName);
    keep('overseas_unlicensed', { start: -1, text: name !== '' ? name : (overseasHit?.text ?? '') });
  }

  // off_platform_contact: chat apps only, with no phone number and no address.
  const offPlatform = offPlatformHit(doc, post.contact);
  if (offPlatform !== null && !hasPhoneNumber(doc.original) && firstPhrase(doc, ADDRESS_PHRASES) === null) {
    keep('off_platform_contact', offPlatform);
  }

  const reasons: ScamReason[] = [];
  for (const code of SCAM_REASON_CODES) {
    const hit = found.get(code);
    if (hit !== undefined) reasons.push({ code, evidence: tidyEvidence(hit.text) });
  }
  return reasons;
}

// ---------------------------------------------------------------------------------------------------------------
// Folded text with a map back to the original
// ---------------------------------------------------------------------------------------------------------------

interface Doc {
  original: string;
  folded: string;
  /** For each folded character, the original [start, end). */
  starts: number[];
  ends: number[];
}

interface Hit {
  /** Original offset (for ordering; -1 = not from the text). */
  start: number;
  text: string;
}

const COMBINING_MARKS = /\p{M}/gu;
/** Characters that end a sentence; "." too when a space or the end follows (not "600.000", "t.me", "Co., Ltd"). */
const SENTENCE_BREAK = /[\n\r!?;|•…]/;

/**
 * fold.ts's folding, one character at a time, keeping where each folded character came from; fields are joined by
 * a sentence break. `folded` with "\n" read as " " equals fold() of the same text.
 */
function makeDoc(fields: readonly string[]): Doc {
  const original = fields.map((f) => f.normalize('NFC')).join('\n');
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let gap: ' ' | '\n' | null = null;
  let gapAt = 0;

  for (let i = 0; i < original.length; ) {
    const ch = String.fromCodePoint(original.codePointAt(i) ?? 0);
    const next = i + ch.length;
    const f = ch
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/['’‘`]/g, '');
    const hard = SENTENCE_BREAK.test(ch) || (ch === '.' && /^\s?$/.test(original.charAt(next)));
    for (const c of f) {
      if (/[a-z0-9]/.test(c)) {
        if (gap !== null && folded.length > 0) {
          folded += gap;
          starts.push(gapAt);
          ends.push(gapAt + 1);
        }
        gap = null;
        folded += c;
        starts.push(i);
        ends.push(next);
      } else if (gap !== '\n') {
        gap = hard ? '\n' : ' ';
        gapAt = i;
      }
    }
    i = next;
  }
  return { original, folded, starts, ends };
}

function originalSpan(doc: Doc, fStart: number, fEnd: number): { start: number; end: number } {
  return { start: doc.starts[fStart] ?? 0, end: doc.ends[fEnd - 1] ?? doc.original.length };
}

// ---------------------------------------------------------------------------------------------------------------
// Phrase matching
// ---------------------------------------------------------------------------------------------------------------

const GLOBAL = new WeakMap<RegExp, RegExp>();

function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

/** The first acceptable match of a phrase (in text order), or null. */
function findPhrase(doc: Doc, phrase: Phrase, negatable: boolean): Hit | null {
  const { folded } = doc;
  const re = globalOf(phrase.pattern);
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const fStart = m.index;
    const coreEnd = m.index + m[0].length;
    let fEnd = coreEnd;
    if (phrase.amount !== undefined) {
      const rest = folded.slice(coreEnd, coreEnd + 80);
      const a = AMOUNT_AFTER.exec(rest);
      if (a !== null && /[1-9]/.test(a[1] ?? '')) fEnd = coreEnd + a[0].length;
      else if (phrase.amount === 'required') continue;
      else {
        const near = AMOUNT_NEAR.exec(rest);
        if (near !== null && /[1-9]/.test(near[1] ?? '')) fEnd = coreEnd + near[0].length;
      }
    }
    const before = folded.slice(Math.max(0, fStart - 80), fStart);
    if (phrase.notBefore?.test(before) === true) continue;
    if (phrase.notAfter?.test(folded.slice(fEnd, fEnd + 80)) === true) continue;
    if (negatable && (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(folded.slice(coreEnd, coreEnd + 40)))) continue;
    const span = originalSpan(doc, fStart, fEnd);
    if (phrase.accents !== undefined) {
      const core = originalSpan(doc, fStart, coreEnd);
      if (!accentsFit(doc.original.slice(core.start, core.end), phrase.accents)) continue;
    }
    return { start: span.start, text: doc.original.slice(span.start, span.end) };
  }
  return null;
}

function firstPhrase(doc: Doc, phrases: readonly Phrase[]): Hit | null {
  let best: Hit | null = null;
  for (const phrase of phrases) {
    const hit = findPhrase(doc, phrase, false);
    if (hit !== null && (best === null || hit.start < best.start)) best = hit;
  }
  return best;
}

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Every word of `text` that the map names must fit its accented form (see the file comment). */
function accentsFit(text: string, accents: Readonly<Record<string, string>>): boolean {
  for (const word of text.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (word === '') continue;
    const expected = accents[fold(word)];
    if (expected !== undefined && !accentFits(word, expected)) return false;
  }
  return true;
}

/**
 * A written word fits the accented form when it was written without a tone mark and its marks are a subset of
 * the form's ("dat", "đat" fit "đặt"), or written with a tone mark and all its marks are the form's ("đặt").
 * "d" fits "đ"; "đ" only fits "đ".
 */
function accentFits(written: string, expected: string): boolean {
  const w = letters(written);
  const e = letters(expected);
  if (w.length !== e.length) return false;
  const toned = w.some((l) => l.marks.some((m) => TONE_MARKS.has(m)));
  for (let k = 0; k < w.length; k++) {
    const a = w[k];
    const b = e[k];
    if (a === undefined || b === undefined) return false;
    if (a.base === 'đ' && b.base !== 'đ') return false;
    if (a.base !== 'đ' && a.base !== b.base && !(a.base === 'd' && b.base === 'đ')) return false;
    if (!a.marks.every((m) => b.marks.includes(m))) return false;
    if (toned && a.marks.length !== b.marks.length) return false;
  }
  return true;
}

function letters(word: string): { base: string; marks: string[] }[] {
  const out: { base: string; marks: string[] }[] = [];
  for (const ch of word.toLowerCase().normalize('NFD')) {
    const last = out[out.length - 1];
    if (/\p{M}/u.test(ch)) {
      if (last !== undefined) last.marks.push(ch);
    } else {
      out.push({ base: ch, marks: [] });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Figures, conditions, contacts
// ---------------------------------------------------------------------------------------------------------------

interface FoundWage {
  wage: Wage;
  start: number;
  text: string;
}

/** The wage field, then every figure with a period in the text ("500k/ngày"), parsed by the wage module. */
function collectWages(field: Wage | null, doc: Doc): FoundWage[] {
  const out: FoundWage[] = [];
  if (field !== null) out.push({ wage: field, start: -1, text: field.raw });
  const re = WAGE_IN_TEXT;
  re.lastIndex = 0;
  for (let m = re.exec(doc.folded); m !== null; m = re.exec(doc.folded)) {
    const span = originalSpan(doc, m.index, m.index + m[0].length);
    const text = doc.original.slice(span.start, span.end);
    const wage = parseWage(text);
    if (wage.currency === 'VND' && wage.period !== null && (wage.max ?? wage.min) !== null) {
      out.push({ wage, start: span.start, text });
    }
  }
  return out;
}

function conditionEvidence(doc: Doc, condition: Condition, wages: readonly FoundWage[]): string | null {
  if (condition === 'high_pay') {
    const w = wages.find((x) => {
      const value = x.wage.max ?? x.wage.min;
      const period = x.wage.period;
      return x.wage.currency === 'VND' && value !== null && period !== null && period !== 'piece' && value >= HIGH_PAY_VND[period];
    });
    return w === undefined ? null : w.text;
  }
  if (condition === 'daily_pay') {
    const w = wages.find((x) => x.wage.period === 'day');
    if (w !== undefined) return w.text;
    return findPhrase(doc, DAILY_PAY_WORDS, false)?.text ?? null;
  }
  return findPhrase(doc, condition, false)?.text ?? null;
}

function offPlatformHit(doc: Doc, contact: string): Hit | null {
  const inText = firstPhrase(doc, OFF_PLATFORM_PHRASES);
  if (inText !== null) return inText;
  const c = tidyEvidence(contact);
  if (CONTACT_PLATFORM.test(fold(contact)) || CONTACT_HANDLE.test(contact)) {
    return { start: doc.original.length - contact.length, text: c };
  }
  return null;
}

function hasPhoneNumber(text: string): boolean {
  return findPhoneNumbers(text).some((n) => normalizePhone(n).kind !== 'invalid');
}

/** Whitespace collapsed, at most EVIDENCE_MAX_CHARS characters (cut with "…"). */
function tidyEvidence(text: string): string {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if ([...t].length <= EVIDENCE_MAX_CHARS) return t;
  return `${[...t].slice(0, EVIDENCE_MAX_CHARS - 1).join('').trimEnd()}…`;
}
