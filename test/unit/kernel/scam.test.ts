import { describe, expect, it } from 'vitest';
import {
  ADDRESS_PHRASES,
  COMPANY_MARKERS,
  EVIDENCE_MAX_CHARS,
  HIGH_PAY_VND,
  OFF_PLATFORM_PHRASES,
  OVERSEAS_PHRASES,
  PHRASE_RULES,
  SCAM_REASON_CODES,
  scamReasons,
} from '../../../src/kernel/scam/index.ts';
import type { ScamCheckInput, ScamReasonCode } from '../../../src/kernel/scam/index.ts';
import { fold } from '../../../src/kernel/fold.ts';
import { OCCUPATION_KEYS, UNSKILLED_OCCUPATIONS } from '../../../src/kernel/occupations/index.ts';
import { parseWage } from '../../../src/kernel/wage/index.ts';

interface PostSpec {
  title: string;
  description?: string;
  /** The wage field as typed (parsed with parseWage); omitted = no wage. */
  wage?: string;
  occupation?: string | null;
  overseas?: boolean;
  employerName?: string;
  contact?: string;
}

function post(spec: PostSpec): ScamCheckInput {
  return {
    title: spec.title,
    description: spec.description ?? '',
    wage: spec.wage === undefined ? null : parseWage(spec.wage),
    occupation: spec.occupation === undefined ? null : spec.occupation,
    overseas: spec.overseas ?? false,
    employerName: spec.employerName ?? 'Công ty TNHH Thành Công',
    contact: spec.contact ?? '0912 345 678',
  };
}

function codes(spec: PostSpec): ScamReasonCode[] {
  return scamReasons(post(spec)).map((r) => r.code);
}

type ScamRow = [name: string, spec: PostSpec, expected: ScamReasonCode[]];

const SCAMS: ScamRow[] = [
  // ---- asks_money
  [
    'deposit 600k to hold the job',
    {
      title: 'Tuyển nhân viên đóng gói',
      description: 'Đặt cọc 600k để giữ chỗ, đi làm ngay',
      wage: '8tr/tháng',
      occupation: 'factory',
    },
    ['asks_money'],
  ],
  [
    'uniform fee',
    {
      title: 'Tuyển công nhân may',
      description: 'Nộp phí đồng phục 350.000đ khi nhận việc',
      wage: '8 triệu',
      occupation: 'garment',
    },
    ['asks_money'],
  ],
  [
    '2 million application fee under a famous brand',
    {
      title: 'Vinamilk tuyển công nhân kho',
      description: 'Phí hồ sơ 2 triệu, có việc ngay trong tuần',
      occupation: 'warehouse',
    },
    ['asks_money'],
  ],
  [
    'deposit without accents',
    { title: 'tuyen nv kho', description: 'dat coc 500k, luong 9tr, lam viec tai kho', occupation: 'warehouse' },
    ['asks_money'],
  ],
  [
    'bare "cọc" with an amount',
    { title: 'Tuyển phụ bán hàng', description: 'Yêu cầu cọc 300k, hoàn lại sau 1 tháng', occupation: 'sales' },
    ['asks_money'],
  ],
  [
    '"mất phí" without accents',
    { title: 'Viec lam them', description: 'mat phi 200k kich hoat tai khoan roi lam ngay' },
    ['asks_money'],
  ],
  [
    'registration "lệ phí"',
    { title: 'Tuyển bảo vệ', description: 'Lệ phí đăng ký 150.000đ nộp tại văn phòng', occupation: 'security' },
    ['asks_money'],
  ],
  [
    '"đóng tiền" to get the job',
    { title: 'Tuyển tạp vụ', description: 'Đóng tiền 1tr5 để nhận việc ngay', occupation: 'cleaning' },
    ['asks_money'],
  ],
  [
    '"thu phí đào tạo"',
    {
      title: 'Tuyển thợ phụ điện tử',
      description: 'Công ty thu phí đào tạo 3 triệu, học xong đi làm',
      occupation: 'electronics',
    },
    ['asks_money'],
  ],
  [
    '"tiền cọc đồng phục"',
    {
      title: 'Tuyển phục vụ nhà hàng',
      description: 'Tiền cọc đồng phục 200 nghìn',
      wage: '25k/giờ',
      occupation: 'hospitality',
    },
    ['asks_money'],
  ],
  [
    'introduction fee at a restaurant',
    {
      title: 'Tuyển phụ bếp 25k/giờ',
      description: 'Phí giới thiệu việc làm 500k, nộp khi ký',
      occupation: 'hospitality',
    },
    ['asks_money'],
  ],
  [
    '"không thu phí" in one sentence, a deposit in the next',
    {
      title: 'Tuyển công nhân',
      description: 'Không thu phí, đặt cọc 500k giữ chỗ ở ký túc xá',
      wage: '7-9 triệu',
      occupation: 'factory',
    },
    ['asks_money'],
  ],
  [
    'an amount before "tiền đồng phục"',
    {
      title: 'Tuyển công nhân may',
      description: 'Thu 200k tiền đồng phục khi nhận việc',
      wage: '8tr',
      occupation: 'garment',
    },
    ['asks_money'],
  ],
  [
    'a fee "không hoàn lại" (non-refundable) is not a negation',
    { title: 'Tuyển lái xe nâng', description: 'Phí hồ sơ không hoàn lại 500k', occupation: 'warehouse' },
    ['asks_money'],
  ],

  // ---- task_or_order_scam
  [
    'top-up to do tasks',
    { title: 'Việc làm online', description: 'Nạp tiền làm nhiệm vụ nhận hoa hồng 30%' },
    ['asks_money', 'task_or_order_scam'],
  ],
  [
    'CTV closing orders online 500k/day',
    { title: 'CTV chốt đơn online 500k/ngày', description: 'Làm trên điện thoại, trả tiền cuối ngày' },
    ['task_or_order_scam'],
  ],
  [
    'online collaborator with commission',
    { title: 'Tuyển CTV online', description: 'Hoa hồng 20% mỗi đơn, làm giờ nào cũng được', occupation: 'sales' },
    ['task_or_order_scam'],
  ],
  [
    'tasks on an app with a refund',
    { title: 'Tuyển nhân viên làm nhiệm vụ trên app', description: 'Hoàn tiền 100% kèm hoa hồng' },
    ['task_or_order_scam'],
  ],
  [
    'product reviews paid, inbox only',
    { title: 'Đánh giá sản phẩm nhận tiền ngay', description: 'Ib để được hướng dẫn', contact: 'inbox page' },
    ['task_or_order_scam', 'off_platform_contact'],
  ],

  // ---- too_good_to_be_true, pay_far_above_norm
  [
    '"việc nhẹ lương cao" with a comma',
    { title: 'Việc nhẹ, lương cao', description: 'Thu nhập 15-20tr/tháng, không cần kinh nghiệm' },
    ['too_good_to_be_true'],
  ],
  [
    'no experience, 1 million a day',
    {
      title: 'Tuyển lao động phổ thông',
      description: 'Không cần kinh nghiệm, bao ăn ở',
      wage: '1tr/ngày',
      occupation: 'general_labour',
    },
    ['too_good_to_be_true'],
  ],
  [
    'unskilled work at 60 million a month',
    {
      title: 'Tuyển lao động phổ thông',
      description: 'Làm việc 8 tiếng',
      wage: '60 triệu/tháng',
      occupation: 'general_labour',
    },
    ['pay_far_above_norm'],
  ],
  [
    '"thu nhập khủng" and like/share paid 1–2 million a day',
    { title: 'Thu nhập khủng 1-2 triệu/ngày', description: 'Like share kiếm tiền trên điện thoại' },
    ['task_or_order_scam', 'too_good_to_be_true', 'pay_far_above_norm'],
  ],
  [
    'money at home, paid by the day, Telegram only',
    {
      title: 'Kiếm tiền tại nhà 300-500k/ngày',
      description: 'Liên hệ qua Telegram để nhận việc',
      contact: 't.me/viecnhanh24h',
      employerName: 'Việc Nhanh 24h',
    },
    ['too_good_to_be_true', 'off_platform_contact'],
  ],

  // ---- overseas_unlicensed
  [
    'Japan without language, ask for "anh Tuấn"',
    { title: 'Đi Nhật không cần tiếng, liên hệ anh Tuấn', employerName: 'Anh Tuấn', contact: 'Zalo anh Tuấn' },
    ['overseas_unlicensed', 'off_platform_contact'],
  ],
  [
    'Taiwan labour export by a page',
    {
      title: 'XKLĐ Đài Loan chi phí thấp, bay nhanh',
      description: 'Nhận hồ sơ toàn quốc',
      employerName: 'XKLĐ Đài Loan Uy Tín',
    },
    ['overseas_unlicensed'],
  ],
  [
    'overseas flag with a person as employer',
    {
      title: 'Đơn hàng chế biến thực phẩm',
      overseas: true,
      occupation: 'overseas_work',
      employerName: 'Nguyễn Văn Nam',
      wage: '28 man/tháng',
    },
    ['overseas_unlicensed'],
  ],
  [
    'Korea by a person, Zalo only, 40 million (no pay flag abroad)',
    {
      title: 'Sang Hàn Quốc làm nông nghiệp, lương 40 triệu/tháng',
      employerName: 'Tuấn Hàn Quốc',
      contact: 'nhắn zalo Tuấn',
    },
    ['overseas_unlicensed', 'off_platform_contact'],
  ],
  [
    'Cambodia customer service, Telegram handle',
    {
      title: 'Tuyển người làm việc tại Campuchia',
      description: 'Việc nhẹ lương cao, bao vé máy bay, lương 1500 USD',
      employerName: 'Team Kim',
      contact: '@kimteam88',
    },
    ['too_good_to_be_true', 'overseas_unlicensed', 'off_platform_contact'],
  ],
  [
    'labour export without accents',
    { title: 'di nhat ban lam xay dung, xkld', description: 'bay nhanh', employerName: 'Minh Nhat Ban' },
    ['overseas_unlicensed'],
  ],

  // ---- personal_transfer
  [
    'transfer to a personal account',
    {
      title: 'Tuyển nhân viên kho',
      description: 'Chuyển khoản vào tài khoản cá nhân của chị Lan để giữ chỗ',
      occupation: 'warehouse',
    },
    ['personal_transfer'],
  ],
  [
    'account number and a place-holding fee',
    {
      title: 'Tuyển thời vụ Tết',
      description: 'STK: 0123456789 Vietcombank - Nguyễn Văn Hùng. Chuyển 300k phí giữ chỗ trước khi đi làm',
    },
    ['asks_money', 'personal_transfer'],
  ],
  [
    'e-wallet number and uniform fee',
    { title: 'Tuyển bán hàng', description: 'Momo 0987654321, chuyển trước 200k phí đồng phục', occupation: 'sales' },
    ['asks_money', 'personal_transfer'],
  ],
  [
    'bank name followed by an account number',
    { title: 'Tuyển lao động', description: 'Chuyển khoản phí giữ chỗ về Techcombank 1903 5555 1234 01' },
    ['asks_money', 'personal_transfer'],
  ],

  // ---- off_platform_contact
  [
    'chat app only, no phone, no address',
    {
      title: 'Tuyển nhân viên bán hàng',
      description: 'Lương 7 triệu. Nhắn Zalo để phỏng vấn',
      contact: 'Zalo: Hương tuyển dụng',
      occupation: 'sales',
    },
    ['off_platform_contact'],
  ],
  [
    'Facebook page as contact',
    {
      title: 'Tuyển phụ kho',
      description: 'Lương 8tr/tháng, làm giờ hành chính',
      contact: 'FB: Tuyển dụng Hà Nội 24h',
      occupation: 'warehouse',
    },
    ['off_platform_contact'],
  ],
];

type HonestRow = [name: string, spec: PostSpec];

const HONEST: HonestRow[] = [
  [
    'factory worker 7–9 million, "không thu phí"',
    {
      title: 'Tuyển 50 công nhân lắp ráp',
      description: 'Lương 7-9 triệu. Không thu phí. Làm việc tại KCN Quế Võ, Bắc Ninh',
      wage: '7-9 triệu',
      occupation: 'factory',
      employerName: 'Công ty TNHH Điện tử Sao Mai',
    },
  ],
  [
    'travel costs paid',
    {
      title: 'Tuyển công nhân thời vụ',
      description: 'Hỗ trợ chi phí đi lại, có xe đưa đón',
      wage: '8tr',
      occupation: 'factory',
    },
  ],
  [
    'free board and lodging',
    {
      title: 'Tuyển phụ hồ',
      description: 'Miễn phí ăn ở, lương 350k/ngày',
      wage: '350k/ngày',
      occupation: 'construction',
    },
  ],
  [
    'licensed overseas company with a phone',
    {
      title: 'Tuyển thực tập sinh đi Nhật Bản ngành thực phẩm',
      description:
        'Lương 28-32 man/tháng, không cần kinh nghiệm. Không thu phí trước khi ký hợp đồng. Phí dịch vụ theo quy định của Luật 69/2020/QH14',
      wage: '28-32 man/tháng',
      occupation: 'overseas_work',
      overseas: true,
      employerName: 'Công ty CP Cung ứng nhân lực quốc tế Sao Việt',
      contact: '0987 654 321',
    },
  ],
  [
    'licensed overseas company in English',
    {
      title: 'Đơn hàng xây dựng đi Đài Loan',
      overseas: true,
      occupation: 'overseas_work',
      employerName: 'Sao Viet Manpower Co., Ltd',
      contact: '0987654321',
    },
  ],
  [
    'garment company 8 million',
    {
      title: 'Tuyển thợ may công nghiệp',
      description: 'Lương 8tr + thưởng chuyên cần',
      wage: '8tr',
      occupation: 'garment',
      employerName: 'Công ty May Hưng Yên',
    },
  ],
  [
    'restaurant 25k/hour, washing cups',
    {
      title: 'Quán phở Hương tuyển phục vụ',
      description: 'Rửa cốc chén, dọn bàn, 25k/giờ',
      wage: '25k/giờ',
      occupation: 'hospitality',
      employerName: 'Quán phở Hương',
    },
  ],
  [
    'pile driving (cọc) at 500k a day',
    {
      title: 'Tuyển thợ ép cọc bê tông',
      description: 'Ép cọc 500k/ngày, đóng cọc móng nhà',
      wage: '500k/ngày',
      occupation: 'construction',
    },
  ],
  [
    'picking up scrap is not Japan ("nhặt")',
    {
      title: 'Tuyển người đi nhặt ve chai',
      description: 'di nhat rac, phan loai phe lieu 250k/ngay',
      occupation: 'cleaning',
      employerName: 'Cơ sở Tân Phát',
    },
  ],
  [
    'the safety footer in the post',
    {
      title: 'Tuyển nhân viên kho',
      description: 'Không nộp tiền để được nhận việc. Không chuyển khoản cho cá nhân.',
      wage: '9 triệu',
      occupation: 'warehouse',
    },
  ],
  [
    'payroll through a bank, bank details asked for payroll',
    {
      title: 'Tuyển công nhân đóng gói',
      description:
        'Trả lương qua Vietcombank, liên hệ 0912 345 678. Chuẩn bị CCCD và số tài khoản ngân hàng để nhận lương',
      occupation: 'factory',
    },
  ],
  [
    'delivery 10–15 million',
    {
      title: 'Tuyển shipper',
      description: 'Thu nhập 10-15 triệu, chủ động thời gian',
      wage: '10-15 triệu',
      occupation: 'delivery',
    },
  ],
  [
    'Zalo with a phone number',
    {
      title: 'Tuyển tạp vụ văn phòng',
      description: 'Liên hệ Zalo 0912345678',
      contact: 'Zalo 0912345678',
      occupation: 'cleaning',
    },
  ],
  [
    'training paid by the company',
    {
      title: 'Tuyển học viên may',
      description: 'Công ty hỗ trợ 100% phí đào tạo nghề, không mất phí',
      occupation: 'garment',
    },
  ],
  [
    'a commune called Đồng Tiến',
    {
      title: 'Tuyển công nhân chế biến gỗ',
      description: 'Làm việc tại xã Đồng Tiến, lương 7 triệu. Lam tai xa Dong Tien',
      occupation: 'craft_wood',
    },
  ],
  [
    'domestic helper, no experience, 8 million',
    {
      title: 'Giúp việc gia đình',
      description: 'Bao ăn ở, không cần kinh nghiệm',
      wage: '8tr/tháng',
      occupation: 'domestic_care',
    },
  ],
  [
    'coffee harvest at the farm, paid by the day',
    {
      title: 'Thu hoạch cà phê',
      description: 'Làm tại nhà vườn, 300k/ngày, trả lương cuối ngày',
      wage: '300k/ngày',
      occupation: 'agriculture',
    },
  ],
  [
    'no deposit, no application fee, fee 0đ',
    {
      title: 'Tuyển bảo vệ',
      description: 'Không đặt cọc, không thu phí hồ sơ. Phí đồng phục: 0đ',
      occupation: 'security',
    },
  ],
  [
    'high-ish pay words with no experience needed',
    {
      title: 'Tuyển bảo vệ ca đêm',
      description: 'Thu nhập cao 9-12 triệu, không yêu cầu kinh nghiệm',
      wage: '9-12 triệu',
      occupation: 'security',
    },
  ],
  [
    'payday on the 10th, works in the factory',
    {
      title: 'Tuyển công nhân dệt',
      description: 'Làm tại nhà máy, lương ngày 10 hàng tháng',
      wage: '7 triệu',
      occupation: 'garment',
    },
  ],
  [
    'payday on a two-digit day, work from home (a pay date, not pay by the day)',
    {
      title: 'Nhân viên nhập liệu',
      description: 'Kiếm tiền tại nhà, trả lương ngày 10 hàng tháng',
      wage: '7 triệu',
      occupation: 'office',
    },
  ],
  [
    '"phí" inside other words and "miễn phí"',
    {
      title: 'Tuyển nhân viên bán hàng',
      description: 'Miễn phí đồng phục. Cửa hàng phía sau chợ, có phim trường gần đó',
      occupation: 'sales',
    },
  ],
  [
    'welder going to weld ("đi hàn")',
    {
      title: 'Tuyển thợ hàn',
      description: 'Đi hàn điện ở công trình, 600k/ngày',
      wage: '600k/ngày',
      occupation: 'mechanic_welding',
    },
  ],
  [
    'chat app plus an address',
    {
      title: 'Tuyển phụ bếp',
      description: 'Địa chỉ: 12 đường Lê Lợi, phường Bến Thành',
      contact: 'Zalo: Chị Mai quán cơm',
      occupation: 'hospitality',
    },
  ],
  [
    'toll-booth staff ("nhân viên thu phí")',
    {
      title: 'Tuyển nhân viên thu phí trạm BOT',
      description: 'Làm ca, lương 8 triệu, đóng BHXH đầy đủ',
      wage: '8 triệu',
      occupation: 'other',
    },
  ],
  [
    'shipper handing in cash-on-delivery takings',
    {
      title: 'Tuyển shipper',
      description: 'Giao hàng, thu tiền COD và nộp tiền về bưu cục cuối ngày',
      wage: '9-12 triệu',
      occupation: 'delivery',
    },
  ],
  [
    "wages paid into the worker's own account, insurance contributions",
    {
      title: 'Tuyển công nhân cơ khí',
      description:
        'Lương chuyển khoản vào tài khoản cá nhân của người lao động. Người lao động đóng tiền bảo hiểm theo luật',
      wage: '9 triệu',
      occupation: 'factory',
    },
  ],
  [
    'look-alikes of overseas words',
    {
      title: 'Tuyển nhân viên đi giao mỹ phẩm',
      description: 'Ổn định cư trú tại địa phương, di giao my pham, đi ngã ba Sông',
      occupation: 'delivery',
    },
  ],
  [
    'fees negated through a list, or paid by the company',
    {
      title: 'Tuyển thợ may',
      description: 'Không yêu cầu đặt cọc hay phí hồ sơ. Phí đào tạo do công ty chi trả',
      wage: '8-9 triệu',
      occupation: 'garment',
    },
  ],
  [
    'unaccented honest post',
    {
      title: 'tuyen cong nhan may',
      description: 'luong 8-10tr, khong thu phi, ho tro chi phi di lai, mien phi an trua',
      wage: '8-10tr',
      occupation: 'garment',
    },
  ],
];

describe('scamReasons: scam posts', () => {
  it('has at least 25 scam rows', () => {
    expect(SCAMS.length).toBeGreaterThanOrEqual(25);
  });
  it.each(SCAMS)('%s', (_name, spec, expected) => {
    expect(codes(spec)).toEqual(expected);
  });
});

describe('scamReasons: honest posts', () => {
  it('has at least 15 honest rows', () => {
    expect(HONEST.length).toBeGreaterThanOrEqual(15);
  });
  it.each(HONEST)('%s', (_name, spec) => {
    expect(scamReasons(post(spec))).toEqual([]);
  });
});

describe('scamReasons: evidence', () => {
  it('quotes the words and the amount as written', () => {
    expect(scamReasons(post({ title: 'Tuyển đóng gói', description: 'Đặt cọc 600k để giữ chỗ' }))).toEqual([
      { code: 'asks_money', evidence: 'Đặt cọc 600k' },
    ]);
    expect(scamReasons(post({ title: 'Bảo vệ', description: 'Phí hồ sơ 2 triệu' }))).toEqual([
      { code: 'asks_money', evidence: 'Phí hồ sơ 2 triệu' },
    ]);
    expect(scamReasons(post({ title: 'Kho', description: 'dat coc 600.000d' }))).toEqual([
      { code: 'asks_money', evidence: 'dat coc 600.000d' },
    ]);
  });

  it('quotes the wage for pay far above the norm', () => {
    expect(scamReasons(post({ title: 'Tạp vụ', wage: '60 triệu/tháng', occupation: 'cleaning' }))).toEqual([
      { code: 'pay_far_above_norm', evidence: '60 triệu/tháng' },
    ]);
    expect(scamReasons(post({ title: 'Phụ kho lương 2-3 triệu/ngày', occupation: 'warehouse' }))).toEqual([
      { code: 'pay_far_above_norm', evidence: '2-3 triệu/ngày' },
    ]);
  });

  it('quotes the employer name for overseas work without a company', () => {
    expect(scamReasons(post({ title: 'Đi Nhật không cần tiếng', employerName: 'Anh Tuấn' }))).toEqual([
      { code: 'overseas_unlicensed', evidence: 'Anh Tuấn' },
    ]);
  });

  it('joins the parts of a combined rule', () => {
    expect(scamReasons(post({ title: 'Tuyển CTV online', description: 'Hoa hồng 20%' }))).toEqual([
      { code: 'task_or_order_scam', evidence: 'CTV online … Hoa hồng' },
    ]);
  });

  it('quotes the contact field for off-platform contact', () => {
    expect(scamReasons(post({ title: 'Tuyển phụ kho', contact: 'Telegram @tuyendungkho' }))).toEqual([
      { code: 'off_platform_contact', evidence: 'Telegram' },
    ]);
    expect(scamReasons(post({ title: 'Tuyển phụ kho', contact: 'Zalo Hương' }))).toEqual([
      { code: 'off_platform_contact', evidence: 'Zalo Hương' },
    ]);
  });

  it('cuts long evidence at 80 characters', () => {
    const name = `Anh Tuấn ${'rất uy tín '.repeat(12)}`;
    const [reason] = scamReasons(post({ title: 'Đi Nhật bay nhanh', employerName: name }));
    expect(reason?.code).toBe('overseas_unlicensed');
    const length = [...(reason?.evidence ?? '')].length;
    expect(length).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
    expect(length).toBeGreaterThan(EVIDENCE_MAX_CHARS - 3);
    expect(reason?.evidence.endsWith('…')).toBe(true);
  });

  it('one reason per code, in the order of SCAM_REASON_CODES', () => {
    const reasons = scamReasons(
      post({
        title: 'Việc nhẹ lương cao, đi Nhật',
        description: 'Đặt cọc 1 triệu, phí hồ sơ 2 triệu, chốt đơn online, STK 0123456789 MB, lương 80 triệu/tháng',
        employerName: 'Page Việc Làm Nhật',
        contact: 'ib page',
      }),
    );
    expect(reasons.map((r) => r.code)).toEqual([
      'asks_money',
      'task_or_order_scam',
      'too_good_to_be_true',
      'overseas_unlicensed',
      'personal_transfer',
      'off_platform_contact',
    ]);
    expect(reasons[0]?.evidence).toBe('Đặt cọc 1 triệu');
  });

  it('is deterministic', () => {
    const spec: PostSpec = { title: 'Nạp tiền làm nhiệm vụ', description: 'STK 0123456789, liên hệ qua Telegram' };
    expect(scamReasons(post(spec))).toEqual(scamReasons(post(spec)));
  });
});

describe('scamReasons: text handling', () => {
  it('reads decomposed (NFD) Vietnamese like precomposed', () => {
    expect(codes({ title: 'Đặt cọc 600k'.normalize('NFD') })).toEqual(['asks_money']);
  });

  it('keeps accents apart where folding would mix words up', () => {
    // cốc (cup) is not cọc (deposit); đồng tiền (coin) is not đóng tiền (to pay)
    expect(codes({ title: 'Rửa cốc 300k' })).toEqual([]);
    expect(codes({ title: 'Tiết kiệm từng đồng tiền' })).toEqual([]);
    expect(codes({ title: 'Rua coc 300k' })).toEqual(['asks_money']);
  });

  it('does not read phrases across sentences', () => {
    // "... nhẹ. Lương cao ..." is two sentences; "việc nhẹ lương cao" would have to be one
    expect(codes({ title: 'Công việc nhẹ. Lương cao theo tay nghề', wage: '9 triệu' })).toEqual([]);
  });

  it('needs no phone and no address before flagging a chat app', () => {
    expect(codes({ title: 'Tuyển phụ kho', description: 'Nhắn Zalo', contact: 'Zalo Hương' })).toEqual([
      'off_platform_contact',
    ]);
    expect(codes({ title: 'Tuyển phụ kho', description: 'Nhắn Zalo', contact: 'Zalo Hương 0912 345 678' })).toEqual([]);
    expect(
      codes({ title: 'Tuyển phụ kho', description: 'Nhắn Zalo. Làm tại KCN Vsip', contact: 'Zalo Hương' }),
    ).toEqual([]);
  });

  it('skips pay_far_above_norm for skilled occupations and abroad', () => {
    expect(codes({ title: 'Tài xế container', wage: '60 triệu/tháng', occupation: 'driver' })).toEqual([]);
    expect(codes({ title: 'Tuyển lao động', wage: '60 triệu/tháng', occupation: null })).toEqual([
      'pay_far_above_norm',
    ]);
    expect(codes({ title: 'Tuyển lao động', wage: '60 triệu/tháng', occupation: 'factory' })).toEqual([
      'pay_far_above_norm',
    ]);
  });
});

describe('rule table', () => {
  it('every rule has a unique id and a known code', () => {
    const ids = PHRASE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of PHRASE_RULES) expect(SCAM_REASON_CODES).toContain(rule.code);
  });

  it('every phrase code has at least one rule; computed codes are the other three', () => {
    const fromTable = new Set(PHRASE_RULES.map((r) => r.code));
    expect([...SCAM_REASON_CODES].filter((c) => !fromTable.has(c))).toEqual([
      'pay_far_above_norm',
      'overseas_unlicensed',
      'off_platform_contact',
    ]);
  });

  it('accented forms fold to their keys', () => {
    const phrases = [...PHRASE_RULES, ...OVERSEAS_PHRASES, ...OFF_PLATFORM_PHRASES, ...ADDRESS_PHRASES];
    for (const phrase of phrases) {
      for (const [key, accented] of Object.entries(phrase.accents ?? {})) expect(fold(accented)).toBe(key);
    }
  });

  it('unskilled occupations are real keys and exclude skilled and overseas work', () => {
    for (const key of UNSKILLED_OCCUPATIONS) expect(OCCUPATION_KEYS).toContain(key);
    for (const key of ['overseas_work', 'driver', 'electrician', 'mechanic_welding', 'mining'] as const) {
      expect(UNSKILLED_OCCUPATIONS.has(key)).toBe(false);
    }
  });

  it('company markers', () => {
    for (const name of [
      'Công ty CP ABC',
      'CTCP Nhân lực Việt',
      'Cty TNHH Hòa Bình',
      'ABC Company',
      'Sao Viet Co., Ltd',
      'Vinh Phat JSC',
    ]) {
      expect(COMPANY_MARKERS.test(fold(name))).toBe(true);
    }
    for (const name of ['Anh Tuấn', 'XKLĐ Nhật Bản Uy Tín', 'Page Việc Làm Nhật'])
      expect(COMPANY_MARKERS.test(fold(name))).toBe(false);
  });

  it('high-pay thresholds sit below the implausible ones', () => {
    expect(HIGH_PAY_VND.month).toBeLessThan(50_000_000);
    expect(HIGH_PAY_VND.day).toBeLessThan(1_000_000);
  });
});
