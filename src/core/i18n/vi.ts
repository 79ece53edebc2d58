/**
 * Vietnamese messages: the source of truth for every user-facing string (en.ts must mirror its keys).
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
  // wage: display of a parsed wage (src/core/wage/format.ts)
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
  // simulator: the local web chat and terminal client (src/channels/simulator/, scripts/chat.ts)
  // -------------------------------------------------------------------------------------------
  // simulator.page: The simulator page (src/channels/simulator/public/), served as /simulator/i18n.json
  'simulator.page.title': 'Thử trò chuyện với bot Kết Nối Việc Làm',
  'simulator.page.intro': 'Mỗi khung là một người dùng. Thêm vài người (người lao động, nhà tuyển dụng, cán bộ) để thử cùng lúc. Chỉ chạy trên máy này, không gửi gì tới Zalo hay Telegram.',
  'simulator.page.switch_language': 'English',
  'simulator.page.switch_language_hint': 'Xem trang bằng tiếng Anh',
  'simulator.page.add_label': 'Tên người dùng',
  'simulator.page.add_placeholder': 'Ví dụ: Lan',
  'simulator.page.add_button': 'Thêm người dùng',
  'simulator.page.suggestions_label': 'Thêm nhanh:',
  'simulator.page.suggestion.worker': 'Lan',
  'simulator.page.suggestion.employer': 'Cty May Phổ Yên',
  'simulator.page.suggestion.official': 'Cán bộ Hùng',
  'simulator.page.name_missing': 'Hãy nhập tên người dùng.',
  'simulator.page.name_too_long': 'Tên dài quá {max} ký tự.',
  'simulator.page.name_taken': '{name} đã có khung trò chuyện.',
  'simulator.page.too_many': 'Tối đa {max} người dùng trên một trang (giới hạn kết nối của trình duyệt). Hãy đóng bớt một khung.',
  'simulator.page.empty': 'Chưa có ai. Thêm một người dùng để bắt đầu trò chuyện.',
  'simulator.page.pane_log': 'Cuộc trò chuyện của {name}',
  'simulator.page.pane_close': 'Đóng khung của {name}',
  'simulator.page.message_label': 'Tin nhắn của {name}',
  'simulator.page.message_placeholder': 'Gõ tin nhắn hoặc một số, ví dụ: 1',
  'simulator.page.send': 'Gửi',
  'simulator.page.hint': 'Gõ /start rồi bấm Gửi để bắt đầu.',
  'simulator.page.from_user': '{name} gửi',
  'simulator.page.from_bot': 'Bot trả lời',
  'simulator.page.choices': 'Các lựa chọn của tin nhắn mới nhất',
  'simulator.page.image_link': 'Xem ảnh đính kèm',
  'simulator.page.status.connecting': 'Đang kết nối…',
  'simulator.page.status.connected': 'Đã kết nối',
  'simulator.page.status.reconnecting': 'Mất kết nối, đang thử lại…',
  'simulator.page.send_failed': 'Chưa gửi được: {reason}',
  'simulator.page.server_unreachable': 'không liên lạc được với máy chủ',
  // simulator.error: Why POST /simulator/messages refused a body (400/413); shown by the page and the terminal client
  'simulator.error.body_invalid': 'Nội dung phải là một đối tượng JSON có user, text hoặc choiceId.',
  'simulator.error.not_json': 'Nội dung không phải JSON hợp lệ (cần Content-Type: application/json).',
  'simulator.error.too_large': 'Nội dung quá lớn.',
  'simulator.error.user_missing': 'Thiếu tên người dùng (user).',
  'simulator.error.user_too_long': 'Tên người dùng dài quá {max} ký tự.',
  'simulator.error.user_invalid': 'Tên người dùng (user) phải là chữ, không có ký tự điều khiển.',
  'simulator.error.text_invalid': 'Tin nhắn (text) phải là chữ, không có ký tự điều khiển.',
  'simulator.error.text_too_long': 'Tin nhắn dài quá {max} ký tự.',
  'simulator.error.choice_invalid': 'Lựa chọn (choiceId) không hợp lệ.',
  'simulator.error.empty': 'Tin nhắn trống: cần text hoặc choiceId.',
  // simulator.cli: The terminal client (scripts/chat.ts)
  'simulator.cli.usage': 'Cách dùng: npm run chat -- --as TÊN [--url http://localhost:3000] [--lang vi|en]',
  'simulator.cli.missing_as': 'Thiếu --as TÊN: bạn muốn trò chuyện với tư cách ai? Ví dụ: npm run chat -- --as Lan',
  'simulator.cli.unknown_option': 'Không hiểu tuỳ chọn {option}.',
  'simulator.cli.bad_url': 'Địa chỉ --url không hợp lệ: {url}',
  'simulator.cli.unreachable': 'Không kết nối được tới {url} ({reason}). Máy chủ đã chạy chưa? Thử: npm start',
  'simulator.cli.no_simulator': '{url} trả lời {status}: máy chủ này không bật trình mô phỏng (đặt SIMULATOR=1).',
  'simulator.cli.connected': 'Đã kết nối với tư cách {name}. Gõ tin nhắn rồi Enter; /quit hoặc Ctrl-D để thoát.',
  'simulator.cli.bot': 'Bot:',
  'simulator.cli.send_failed': 'Chưa gửi được: {reason}',
  'simulator.cli.disconnected': 'Mất kết nối với máy chủ.',
  // -------------------------------------------------------------------------------------------
  // home: welcome, main menu and help (src/dialogs/home.ts)
  // -------------------------------------------------------------------------------------------
  'home.welcome': 'Xin chào! Đây là trợ lý tự động của Trung tâm Dịch vụ việc làm.\nMình giúp bạn tìm việc gần nhà và báo tin tuyển dụng mới.',
  'home.reply_with_number': 'Trả lời bằng một số, ví dụ: 1',
  'home.help':
    'Mình là trợ lý tự động, giúp bạn:\n• Nhận tin việc làm gần nhà (gõ DANGKY)\n• Tìm việc ngay (gõ TIMVIEC)\n• Đăng tin tuyển dụng (gõ DANGTIN)\n• Dừng nhận tin: gõ DUNG. Xoá thông tin: gõ XOA\nGõ 0 để về menu bất cứ lúc nào.\n⚠️ Không bao giờ nộp tiền để được nhận việc.',
  'home.not_understood': 'Mình chưa hiểu ý bạn. Bạn chọn một mục bên dưới nhé.',
  'home.not_ready': 'Phần này đang được hoàn thiện, bạn quay lại sau ít hôm nhé. Trong lúc chờ, bạn có thể xem hướng dẫn.',
  'home.text_only': 'Mình chỉ đọc được chữ và số. Bạn gõ một số bên dưới giúp mình nhé.',
  'menu.register': 'Đăng ký nhận tin việc làm',
  'menu.search': 'Tìm việc ngay',
  'menu.employer': 'Tôi là nhà tuyển dụng',
  'menu.help': 'Hướng dẫn',
  // -------------------------------------------------------------------------------------------
  // inbound: answers the inbound path gives by itself (src/inbound/)
  // -------------------------------------------------------------------------------------------
  'inbound.flood_notice': 'Bạn gửi tin nhanh quá, mình cần nghỉ một chút. Một phút nữa bạn nhắn lại nhé.',
  'inbound.error': 'Xin lỗi, mình đang gặp trục trặc. Bạn thử lại sau ít phút nhé.',
} as const;

/** Every message key; `vi` defines them. */
export type MessageKey = keyof typeof vi;

/** The shape every other language's catalogue must have: exactly the keys of `vi`. */
export type Catalogue = { readonly [K in MessageKey]: string };
