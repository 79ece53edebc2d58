/**
 * The kernel's Vietnamese messages, the source of truth (en.ts must mirror its keys): the ones several modules say.
 * A module's own messages are in its messages.ts (src/features/search/messages.ts…): a key lives in one place.
 *
 * Conventions, so the catalogue can grow to hundreds of keys without turning into a grab bag:
 * - Keys are dotted, `area.concept[.variant]`, lower snake case; where a key is looked up from a domain code
 *   the last part is the code itself (`wage.period.${WagePeriod}`, `wage.currency.${WageCurrency}`).
 * - Keys are grouped below by area, areas in alphabetical order; a new area gets its own banner.
 * - Placeholders are `{name}` (letters, digits, `_`). `t()` formats number params for the language, so a
 *   figure that must not be grouped (a year, a code) is passed as a string.
 * - Whole phrases, not fragments glued in code: word order differs between languages.
 * If this file gets too long, split an area into `vi/<area>.ts` and spread it here; the key type is unchanged.
 */
export const vi = {
  // -------------------------------------------------------------------------------------------
  // wage: display of a parsed wage (src/kernel/wage/format.ts)
  // -------------------------------------------------------------------------------------------
  'wage.unit.million': 'triệu',
  'wage.currency.VND': 'đ',
  'wage.currency.USD': 'USD',
  'wage.currency.JPY': 'yên',
  'wage.currency.KRW': 'won',
  'wage.currency.TWD': 'Đài tệ',
  'wage.currency.OTHER': '(ngoại tệ)',
  'wage.period.month': 'tháng',
  'wage.period.day': 'ngày',
  'wage.period.hour': 'giờ',
  'wage.period.shift': 'ca',
  'wage.period.piece': 'sản phẩm',
  /** Figures and their unit: "7–9 triệu", "300.000 đ". */
  'wage.amount': '{amount} {unit}',
  /** Two figures of a range, already formatted. */
  'wage.range': '{min}–{max}',
  /** An amount per period: "7–9 triệu/tháng". */
  'wage.per_period': '{amount}/{period}',
  'wage.bound.from': 'Từ {amount}',
  'wage.bound.up_to': 'Lên đến {amount}',
  'wage.negotiable': 'Thỏa thuận',
  /** A figure that is also open to negotiation: "Từ 7 triệu/tháng (thỏa thuận)". */
  'wage.negotiable_with_amount': '{wage} (thỏa thuận)',
  'wage.piece_rate': 'Lương khoán theo sản phẩm',
  'wage.unknown': 'Không rõ',

  // -------------------------------------------------------------------------------------------
  // wage.flag: why a wage was held for review (describeWageFlag)
  // -------------------------------------------------------------------------------------------
  'wage.region': 'vùng {region}',
  'wage.flag.below_minimum': '{value} thấp hơn lương tối thiểu {region} {limit}',
  'wage.flag.below_minimum.no_region': '{value} thấp hơn lương tối thiểu {limit}',
  'wage.flag.implausibly_high': '{value} cao bất thường (ngưỡng {limit}); dấu hiệu "việc nhẹ lương cao"',
  /** A flag sentence followed by where its limit comes from. */
  'wage.flag.with_basis': '{text} ({basis})',
  /** How a daily minimum was derived from the monthly one. */
  'wage.flag.basis.daily': 'tháng ÷ {days} ngày',
  'wage.flag.basis.decree': 'Nghị định {number}',
  /** Two parts of a basis: "tháng ÷ 26 ngày; Nghị định 293/2025/NĐ-CP". */
  'wage.flag.basis.both': '{first}; {second}',

  // -------------------------------------------------------------------------------------------
  // home: welcome, main menu and help (src/engine/home.ts)
  // -------------------------------------------------------------------------------------------
  'home.welcome':
    'Xin chào! Đây là trợ lý tự động của Trung tâm Dịch vụ việc làm.\nMình giúp bạn tìm việc gần nhà và báo tin tuyển dụng mới.',
  'home.reply_with_number': 'Trả lời bằng một số, ví dụ: 1',
  'home.help':
    'Mình là trợ lý tự động, giúp bạn tìm việc gần nhà và đăng tin tuyển dụng.\nGõ 0 để về menu bất cứ lúc nào.\n⚠️ Không bao giờ nộp tiền để được nhận việc.',
  'home.not_understood': 'Mình chưa hiểu ý bạn. Bạn chọn một mục bên dưới nhé.',
  'home.not_ready':
    'Phần này đang được hoàn thiện, bạn quay lại sau ít hôm nhé. Trong lúc chờ, bạn có thể xem hướng dẫn.',
  'home.text_only': 'Mình chỉ đọc được chữ và số. Bạn gõ một số bên dưới giúp mình nhé.',
  'menu.register': 'Đăng ký nhận tin việc làm',
  'menu.help': 'Hướng dẫn',
  // /trogiup: the commands a person can use, by who they are for (src/engine/home.ts, src/engine/command-list.ts)
  'help.group.worker': 'Tìm việc:',
  'help.group.employer': 'Nhà tuyển dụng:',
  'help.group.provider': 'Cơ sở đào tạo:',
  'help.group.official': 'Cán bộ:',
  'help.command_line': '/{command} – {description}',
  'help.command.help': 'Hướng dẫn và các lệnh',
  'help.command.cancel': 'Huỷ việc đang làm',
  'help.command.stop': 'Dừng mọi tin nhắn',
  // -------------------------------------------------------------------------------------------
  // inbound: answers the inbound path gives by itself (src/inbound/)
  // -------------------------------------------------------------------------------------------
  'inbound.flood_notice': 'Bạn gửi tin nhanh quá, mình cần nghỉ một chút. Một phút nữa bạn nhắn lại nhé.',
  'inbound.error': 'Xin lỗi, mình đang gặp trục trặc. Bạn thử lại sau ít phút nhé.',
  // -------------------------------------------------------------------------------------------
  // engine: what the conversation engine says by itself (src/engine/)
  // -------------------------------------------------------------------------------------------
  'engine.cancelled': 'Đã huỷ. Bạn có thể bắt đầu lại bất cứ lúc nào.',
  'engine.third_miss': 'Có vẻ câu hỏi này khó trả lời. Bạn có thể gõ /huy để dừng, hoặc chọn một mục bên dưới.',
  'engine.way_out': 'Gõ 0 để về menu, /huy để dừng.',
  'engine.stopped': 'Đã dừng mọi tin nhắn. Khi muốn nhận lại, gõ /start.',
  'engine.choose_numbers': 'Gõ các số, ví dụ: 1 3',
  'engine.private_only': 'Trong nhóm, mình chỉ đăng tin chung. Bạn nhắn riêng cho mình để đăng ký nhé.',
  // engine (issue 11): an answer longer than its step takes (src/engine/answer-limit.ts)
  'engine.too_long': 'Câu trả lời dài quá ({length} ký tự, tối đa {max} ký tự). Bạn viết ngắn lại giúp mình nhé.',
  // engine (issue 13): what a person asks for in their own words (src/engine/intents.ts, open-intent.ts)
  'intent.which': 'Bạn muốn làm việc nào?',
  'intent.which_prompt': 'Gõ số, ví dụ: 1. Gõ 0 để xem menu.',
  'intent.stop': 'Dừng nhận tin',
  'intent.stop_confirm': 'Bạn muốn dừng nhận mọi tin nhắn từ mình phải không?',
  'intent.stop_yes': 'Đúng, dừng nhận tin',
  'intent.stop_no': 'Không, vẫn nhận tin',
  'intent.stop_kept': 'Mình vẫn gửi tin cho bạn như cũ.',
  // -------------------------------------------------------------------------------------------
  // registration: the place picks shared with posting and group chats (src/features/shared/place-messages.ts),
  // and the priority group names (also in the funnel report); the rest is src/features/registration/messages.ts
  // -------------------------------------------------------------------------------------------
  'registration.pick.several': 'Có nhiều nơi tên "{typed}".',
  /** A former district and what it became: "Huyện Mèo Vạc cũ (Hà Giang) nay gồm 7 xã." */
  'registration.pick.former': '{district} cũ ({province}) nay gồm {count} {unit}.',
  'registration.pick.fuzzy': 'Mình chưa thấy nơi tên "{typed}". Có phải bạn muốn nói:',
  'registration.pick.more': 'Không thấy nơi của bạn? Gõ tên xã kèm tên tỉnh, ví dụ: Văn Lang Thái Nguyên.',
  /** A commune choice: "Xã Mèo Vạc (Tuyên Quang)". */
  'registration.pick.place': '{commune} ({province})',
  /** A former district as one choice, when its communes do not fit the list. */
  'registration.pick.district': '{district} cũ ({province}, {count} {unit})',
  'registration.pick.province': 'Nơi khác ở {province}',
  'registration.unit.commune': 'xã',
  'registration.unit.ward': 'phường',
  'registration.unit.mixed': 'xã/phường',
  'registration.priority.group.poor': 'Hộ nghèo',
  'registration.priority.group.near_poor': 'Hộ cận nghèo',
  'registration.priority.group.newly_out_of_poverty': 'Hộ mới thoát nghèo',
  'registration.priority.group.ethnic_minority': 'Người dân tộc thiểu số',
  'registration.priority.group.disability': 'Người khuyết tật',
  // -------------------------------------------------------------------------------------------
  // alerts: the person's profile as registration and /theodoi show it (src/features/registration/)
  // -------------------------------------------------------------------------------------------
  'alerts.paused_note': '⏸ Đang tạm dừng: bạn không nhận tin mới.',
  /** The whole profile; the phone by its last 3 digits, priority status only as declared or not. */
  'alerts.summary.heading': 'Thông tin của bạn:',
  'alerts.summary.when': 'Đi làm: {reach} · Nhận tin: {frequency}',
  'alerts.summary.person': '👤 {name} · Năm sinh: {year}',
  'alerts.summary.contact': '☎️ {phone} · Diện ưu tiên: {priority}',
  'alerts.summary.no_name': 'Chưa có tên',
  'alerts.summary.no_phone': 'Chưa có số',
  'alerts.priority.declared': 'đã khai',
  'alerts.priority.not_declared': 'chưa khai',
  'alerts.summary.occupations_wage_floor': 'Nghề: {occupations} · Lương từ {amount}',
  // -------------------------------------------------------------------------------------------
  // posting.preview: a vacancy as an employer and the officials see it (src/kernel/vacancy/)
  // -------------------------------------------------------------------------------------------
  'posting.preview.heading': 'Xem trước tin (nhóm nghề: {occupation}):',
  'posting.preview.title': '{title} — {employer}',
  'posting.preview.title_verified': '{title} — {employer} ✅ Đã xác minh',
  'posting.preview.place': '📍 {commune}, {province}',
  'posting.preview.facts': '💰 {wage} · Cần {headcount} người · 📅 Hạn {deadline}',
  'posting.preview.requirements': 'Yêu cầu: {requirements}',
  'posting.preview.contact': '☎️ {contact}',
  // -------------------------------------------------------------------------------------------
  // application: the steps of an application (src/kernel/application-lifecycle.ts), an employer's applicants in
  // /tincuatoi (src/features/vacancies.ts, applicants.ts), /ketqua for officials (src/features/outcomes.ts)
  // and the optional sex in /theodoi (src/features/alerts.ts)
  // -------------------------------------------------------------------------------------------
  'application.status.interested': 'đã quan tâm',
  'application.status.introduced': 'đã giới thiệu',
  'application.status.offered': 'đã mời nhận việc',
  'application.status.hired': 'đã nhận vào làm',
  'application.status.not_hired': 'không được nhận',
  'application.status.withdrawn': 'đã rút',
  'application.status.not_suitable': 'không phù hợp',
  'alerts.summary.person_sex': '👤 {name} · Năm sinh: {year} · {sex}',
  // -------------------------------------------------------------------------------------------
  // invite: "/start CODE" (src/db/invites.ts, src/engine/run.ts)
  // -------------------------------------------------------------------------------------------
  'invite.accepted': 'Chào mừng! Bạn đã được cấp quyền {role} cho {region}.',
  'invite.whole_country': 'cả nước',
  'invite.unknown': 'Mã mời không đúng. Bạn kiểm tra lại mã, hoặc hỏi người đã gửi mã.',
  'invite.used': 'Mã mời này đã được dùng rồi. Bạn xin mã mới nhé.',
  'invite.expired': 'Mã mời này đã hết hạn. Bạn xin mã mới nhé.',
  'invite.simulator': 'Mã mời này không dùng được trong trình mô phỏng. Bạn gửi mã từ Zalo hoặc Telegram nhé.',
  // registration links: "/start c05860_omay", "DK 05860 may" (src/engine/links.ts)
  'link.unreadable': 'Mình không đọc được mã đăng ký này. Bạn chọn một mục bên dưới nhé.',
  'link.fair_soon': 'Đăng ký ngày hội việc làm qua đường link sắp có. Bạn chọn một mục bên dưới nhé.',
  'link.registered': 'Bạn đã đăng ký rồi, hồ sơ của bạn vẫn giữ nguyên.',
  'role.official': 'cán bộ',
  'role.employer': 'nhà tuyển dụng',
  'role.admin': 'quản trị',
  'role.provider': 'cơ sở đào tạo',
  // -------------------------------------------------------------------------------------------
  // review.not_official: the officials' commands refused to others; scam: why a vacancy looks like a scam
  // -------------------------------------------------------------------------------------------
  'review.not_official': 'Chức năng này dành cho cán bộ. Nếu bạn là cán bộ, hãy xin mã mời từ người quản trị.',
  'scam.asks_money': 'yêu cầu nộp tiền',
  'scam.task_or_order_scam': 'chốt đơn, làm nhiệm vụ',
  'scam.too_good_to_be_true': 'việc nhẹ lương cao',
  'scam.pay_far_above_norm': 'lương cao bất thường',
  'scam.overseas_unlicensed': 'đi nước ngoài, không rõ công ty được cấp phép',
  'scam.personal_transfer': 'chuyển khoản cá nhân',
  'scam.off_platform_contact': 'chỉ liên hệ qua mạng xã hội',
  // -------------------------------------------------------------------------------------------
  // notices: one-line messages to a person that something happened (src/messaging/queue/notices.ts)
  // -------------------------------------------------------------------------------------------
  'notice.vacancy_pending': '📋 Có tin tuyển dụng mới chờ duyệt: "{title}". Gõ /duyet để xem.',
  'notice.vacancy_pending_held':
    '⚠️ Có tin tuyển dụng chờ duyệt cần xem kỹ (có dấu hiệu rủi ro): "{title}". Gõ /duyet để xem.',
  'notice.vacancy_approved': '✅ Tin "{title}" của bạn đã được duyệt và đang được gửi tới người lao động phù hợp.',
  'notice.vacancy_rejected':
    'Tin "{title}" của bạn chưa được duyệt. Lý do: {reason}\nBạn có thể sửa và đăng lại bằng /dangtin.',
  'notice.course_approved': '✅ Khoá học "{title}" đã được duyệt và đang được gửi tới người lao động phù hợp.',
  'notice.course_rejected':
    'Khoá học "{title}" chưa được duyệt. Lý do: {reason}\nBạn có thể sửa và gửi lại bằng /dangkhoahoc.',
  'notice.employer_verified':
    '✅ Doanh nghiệp "{name}" của bạn đã được cán bộ xác minh. Tin của bạn sẽ có dấu "Đã xác minh".',
  'notice.interest_employer':
    '🙋 Có người quan tâm tin "{title}" của bạn: {name}, SĐT {phone}. Bạn liên hệ trực tiếp với họ nhé.',
  'notice.interest_official': '🙋 Người lao động {name} (SĐT {phone}) quan tâm tin "{title}" trên địa bàn.',
  'notice.scam_reported': '🚩 Tin "{title}" (mã {id}) bị báo có dấu hiệu lừa đảo ({count} lượt báo). Gõ /duyet để xem.',
  'notice.scam_hidden':
    '🚩 Tin "{title}" (mã {id}) đã bị báo {count} lần nên đã tạm ẩn. Gõ /duyet để xem và quyết định.',
  // -------------------------------------------------------------------------------------------
  // search: the vacancy card and its buttons (src/kernel/vacancy/), said by /timviec and the alerts
  // -------------------------------------------------------------------------------------------
  'card.no_fee': '⚠️ Không nộp bất kỳ khoản phí nào để được nhận việc.',
  'card.overseas':
    '🌏 Đi làm nước ngoài: chỉ đi qua công ty có giấy phép (xem danh sách tại dolab.gov.vn). Không đưa tiền cho cá nhân.',
  'search.item': '{title} · {place} · {wage}',
  'search.interested': 'Quan tâm',
  'search.not_suitable': 'Không phù hợp',
  'search.report': 'Báo lừa đảo',
  // notices: a broadcast refused (src/features/broadcast/)
  'notice.broadcast_refused':
    'Thông báo của bạn chưa được gửi: nơi nhận nằm ngoài địa bàn bạn phụ trách. Gõ /phatsong để soạn lại.',
} as const;

/** Every message key; `vi` defines them. */
export type MessageKey = keyof typeof vi;

/** The shape every other language's catalogue must have: exactly the keys of `vi`. */
export type Catalogue = { readonly [K in MessageKey]: string };
