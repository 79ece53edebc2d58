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
  // -------------------------------------------------------------------------------------------
  // engine: what the conversation engine says by itself (src/dialogs/engine/)
  // -------------------------------------------------------------------------------------------
  'engine.cancelled': 'Đã huỷ. Bạn có thể bắt đầu lại bất cứ lúc nào.',
  'engine.third_miss': 'Có vẻ câu hỏi này khó trả lời. Bạn có thể gõ /huy để dừng, hoặc chọn một mục bên dưới.',
  'engine.way_out': 'Gõ 0 để về menu, /huy để dừng.',
  'engine.stopped': 'Đã dừng mọi tin nhắn. Khi muốn nhận lại, gõ /start.',
  'engine.choose_numbers': 'Gõ các số, ví dụ: 1 3',
  'engine.private_only': 'Trong nhóm, mình chỉ đăng tin chung. Bạn nhắn riêng cho mình để đăng ký nhé.',
  // -------------------------------------------------------------------------------------------
  // registration: the worker's /dangky flow (src/dialogs/flows/registration.ts)
  // -------------------------------------------------------------------------------------------
  /** Every question of the flow ends with the way out. */
  'registration.ask': '{question} (gõ 0 để về menu)',
  'registration.consent.text':
    'Mình là trợ lý tự động của Trung tâm Dịch vụ việc làm.\nĐể báo việc phù hợp, mình cần lưu: năm sinh, xã/phường bạn ở, nghề bạn muốn làm và nơi bạn có thể đi làm.\nThông tin chỉ dùng để báo tin việc làm cho bạn.\nBạn có thể dừng nhận tin (gõ DUNG) hoặc xoá thông tin (gõ XOA) bất cứ lúc nào.',
  'registration.consent.question': 'Bạn có đồng ý không?',
  'registration.consent.yes': 'Đồng ý',
  'registration.consent.no': 'Không đồng ý',
  'registration.consent.miss': 'Mình chưa rõ ý bạn. Gõ 1 nếu đồng ý cho mình lưu thông tin để báo việc, gõ 2 nếu không đồng ý.',
  'registration.consent.declined': 'Không sao, mình không lưu gì của bạn.\nKhi nào muốn nhận tin việc làm, bạn gõ DANGKY nhé. Gõ 0 để về menu.',
  'registration.birth.text': 'Cảm ơn bạn! Bạn gõ năm sinh đủ 4 số, ví dụ: 1998. Hoặc gõ tuổi, ví dụ: 25 tuổi.',
  'registration.birth.question': 'Bạn sinh năm nào?',
  'registration.birth.miss': 'Mình chưa đọc được năm sinh. Bạn gõ đủ 4 số, ví dụ: 1998. Hoặc gõ tuổi, ví dụ: 25 tuổi.',
  'registration.birth.out_of_range': 'Năm sinh {year} có vẻ chưa đúng. Bạn gõ lại đủ 4 số, ví dụ: 1998. Hoặc gõ tuổi, ví dụ: 25 tuổi.',
  'registration.birth.too_young':
    'Cảm ơn bạn. Người dưới 15 tuổi chưa thể đăng ký tìm việc làm, nên mình không lưu thông tin của bạn.\nKhi đủ 15 tuổi, bạn gõ DANGKY để đăng ký nhé. Gõ 0 để về menu.',
  'registration.guardian.text':
    'Bạn chưa đủ 16 tuổi, nên cần bố mẹ hoặc người giám hộ đồng ý cho bạn đăng ký nhận tin việc làm.\nBạn nhờ bố mẹ hoặc người giám hộ đọc tin này và trả lời giúp nhé.',
  'registration.guardian.question': 'Bố mẹ hoặc người giám hộ có đồng ý không?',
  'registration.guardian.yes': 'Bố mẹ/người giám hộ đồng ý',
  'registration.guardian.no': 'Không đồng ý',
  'registration.guardian.miss': 'Mình chưa rõ ý. Gõ 1 nếu bố mẹ hoặc người giám hộ đồng ý, gõ 2 nếu không.',
  'registration.guardian.declined':
    'Không sao, mình không lưu thông tin của bạn.\nKhi bố mẹ đồng ý, hoặc khi bạn đủ 16 tuổi, bạn gõ DANGKY nhé. Gõ 0 để về menu.',
  'registration.commune.text': 'Gõ tên xã/phường, có dấu hay không dấu đều được. Ví dụ: Mèo Vạc, hoặc Phổ Yên Thái Nguyên.',
  'registration.commune.question': 'Bạn ở xã/phường nào?',
  /** A province was named without a commune; {example} is a commune of that province. */
  'registration.commune.in_province': '{province} có nhiều xã/phường. Bạn gõ tên xã/phường của mình, ví dụ: {example}.',
  'registration.commune.question_in_province': 'Bạn ở xã/phường nào của {province}?',
  'registration.commune.miss': 'Mình chưa đọc được tên nơi ở. Bạn gõ tên xã/phường, ví dụ: Mèo Vạc, hoặc Phổ Yên Thái Nguyên.',
  'registration.commune.not_found': 'Mình chưa tìm thấy "{typed}". Bạn gõ lại tên xã/phường, có thể kèm tên tỉnh. Ví dụ: Mèo Vạc, hoặc Phổ Yên Thái Nguyên.',
  'registration.commune.not_found_in_province': 'Mình chưa tìm thấy "{typed}" ở {province}. Bạn gõ lại tên xã/phường, ví dụ: {example}.',
  'registration.pick.several': 'Có nhiều nơi tên "{typed}".',
  /** A former district and what it became: "Huyện Mèo Vạc cũ (Hà Giang) nay gồm 7 xã." */
  'registration.pick.former': '{district} cũ ({province}) nay gồm {count} {unit}.',
  'registration.pick.fuzzy': 'Mình chưa thấy nơi tên "{typed}". Có phải bạn muốn nói:',
  'registration.pick.more': 'Không thấy nơi của bạn? Gõ tên xã kèm tên tỉnh, ví dụ: Văn Lang Thái Nguyên.',
  'registration.pick.question': 'Bạn ở nơi nào? Trả lời bằng một số, ví dụ: 1',
  'registration.pick.miss': 'Bạn trả lời bằng một số trong danh sách, ví dụ: 1. Hoặc gõ lại tên xã/phường.',
  /** A commune choice: "Xã Mèo Vạc (Tuyên Quang)". */
  'registration.pick.place': '{commune} ({province})',
  /** A former district as one choice, when its communes do not fit the list. */
  'registration.pick.district': '{district} cũ ({province}, {count} {unit})',
  'registration.pick.province': 'Nơi khác ở {province}',
  'registration.unit.commune': 'xã',
  'registration.unit.ward': 'phường',
  'registration.unit.mixed': 'xã/phường',
  'registration.occ.text': 'Bạn muốn làm việc gì? Có thể chọn nhiều việc.',
  'registration.occ.more': 'Khác (gõ tên việc)',
  'registration.occ.question': 'Có thể chọn nhiều số, ví dụ: 1 4. Hoặc gõ tên việc, ví dụ: thợ hàn.',
  'registration.occ.miss': 'Mình chưa hiểu việc bạn muốn làm. Bạn gõ các số, ví dụ: 1 4. Hoặc gõ tên việc, ví dụ: thợ may, phụ hồ.',
  'registration.occ.type_text': 'Bạn gõ tên việc muốn làm nhé. Ví dụ: thợ hàn, bảo vệ, bán hàng.',
  'registration.occ.type_question': 'Bạn muốn làm việc gì?',
  'registration.occ.type_miss': 'Mình chưa hiểu "{typed}". Bạn gõ tên việc, ví dụ: thợ hàn, bảo vệ, bán hàng.',
  'registration.reach.text': 'Mình chỉ báo việc ở nơi bạn chọn.',
  'registration.reach.question': 'Bạn có thể đi làm ở đâu?',
  'registration.reach.commune': 'Trong xã/phường của tôi',
  'registration.reach.province': 'Trong tỉnh',
  'registration.reach.country': 'Cả nước',
  'registration.reach.abroad': 'Cả nước và nước ngoài',
  'registration.reach.miss': 'Bạn trả lời bằng một số, ví dụ: 2 nếu muốn làm trong tỉnh.',
  'registration.freq.text': 'Mình không bao giờ gửi tin vào ban đêm.',
  'registration.freq.question': 'Bạn muốn nhận tin việc làm khi nào?',
  'registration.freq.instant': 'Ngay khi có tin',
  'registration.freq.morning': 'Mỗi ngày 1 lần, 7 giờ sáng',
  'registration.freq.evening': 'Mỗi ngày 1 lần, 7 giờ tối',
  /** A daily hour other than the two offered (from an earlier profile); {hour} is 0–23. */
  'registration.freq.daily_at': 'Mỗi ngày 1 lần, lúc {hour} giờ',
  'registration.freq.miss': 'Bạn trả lời bằng một số, ví dụ: 1 để nhận tin ngay khi có.',
  'registration.confirm.heading': 'Bạn kiểm tra lại giúp mình:',
  'registration.confirm.heading_existing': 'Bạn đã đăng ký rồi. Thông tin hiện tại:',
  'registration.confirm.place': '📍 {commune}, {province}',
  'registration.confirm.occupations': 'Nghề: {occupations}',
  'registration.confirm.reach': 'Đi làm: {reach}',
  'registration.confirm.frequency': 'Nhận tin: {frequency}',
  'registration.confirm.birth_year': 'Năm sinh: {year}',
  'registration.confirm.unknown': 'chưa có',
  'registration.confirm.question': 'Đúng chưa? Trả lời bằng một số, ví dụ: 1',
  'registration.confirm.save': 'Xác nhận',
  'registration.confirm.edit_commune': 'Sửa xã',
  'registration.confirm.edit_occupations': 'Sửa nghề',
  'registration.confirm.edit_reach': 'Sửa nơi đi làm',
  'registration.confirm.edit_frequency': 'Sửa cách nhận tin',
  'registration.confirm.miss': 'Bạn trả lời bằng một số, ví dụ: 1 để xác nhận, 2 để sửa xã.',
  'registration.done':
    'Cảm ơn bạn, mình đã lưu! Khi có việc phù hợp, mình sẽ báo cho bạn.\nMình không bao giờ gửi tin vào ban đêm.\n⚠️ Không nộp bất kỳ khoản phí nào để được nhận việc.\nGõ DUNG để dừng nhận tin, XOA để xoá thông tin, 0 để về menu.',
  // -------------------------------------------------------------------------------------------
  // alerts: /theodoi, what the person receives (src/dialogs/flows/alerts.ts)
  // -------------------------------------------------------------------------------------------
  'alerts.none': 'Bạn chưa đăng ký nhận tin việc làm.',
  'alerts.paused_note': '⏸ Đang tạm dừng: bạn không nhận tin mới.',
  'alerts.edit': 'Sửa thông tin',
  'alerts.pause': 'Tạm dừng nhận tin',
  'alerts.resume': 'Nhận tin trở lại',
  'alerts.register': 'Đăng ký ngay',
  'alerts.back': 'Về menu',
  'alerts.question': 'Bạn muốn làm gì? (gõ 0 để về menu)',
  'alerts.paused_done': 'Đã tạm dừng. Khi muốn nhận lại, gõ /theodoi rồi chọn "Nhận tin trở lại".',
  'alerts.resumed_done': 'Bạn sẽ nhận tin việc làm trở lại. Tin không bao giờ gửi ban đêm.',
  'alerts.miss': 'Bạn trả lời bằng một số trong danh sách, ví dụ: 1',
  // -------------------------------------------------------------------------------------------
  // erase: /xoa, deleting the person's data (src/dialogs/flows/erase.ts)
  // -------------------------------------------------------------------------------------------
  'erase.text': 'Bạn muốn xoá toàn bộ thông tin của mình (tên, số điện thoại, năm sinh, xã, nghề)?\nSau khi xoá, mình không gửi tin nào nữa. Việc này không hoàn tác được.',
  'erase.yes': 'Xoá hết',
  'erase.no': 'Không, giữ lại',
  'erase.question': 'Bạn chọn số nào? (gõ 0 để về menu)',
  'erase.done': 'Đã xoá thông tin của bạn. Cảm ơn bạn đã dùng dịch vụ. Nếu muốn dùng lại, gõ /start.',
  'erase.kept': 'Mình giữ nguyên thông tin của bạn.',
  'erase.miss': 'Gõ 1 để xoá, hoặc 2 để giữ lại.',
  // -------------------------------------------------------------------------------------------
  // posting: /dangtin, an employer posts a vacancy (src/dialogs/flows/posting.ts)
  // -------------------------------------------------------------------------------------------
  'posting.ask': '{question} (gõ 0 để về menu)',
  'posting.intro': 'Đăng tin tuyển dụng: mình hỏi vài câu ngắn, chừng 2 phút.\nCán bộ Trung tâm Dịch vụ việc làm duyệt tin trước khi gửi tới người lao động.',
  'posting.employer.text': 'Tên này sẽ ghi trên tin. Ví dụ: Công ty TNHH May Phổ Yên, hoặc Hộ kinh doanh Lò Văn Tư.',
  'posting.employer.question': 'Tên công ty hoặc hộ kinh doanh của bạn?',
  'posting.employer.miss': 'Tên cần từ 2 đến 120 ký tự. Ví dụ: Công ty TNHH May Phổ Yên.',
  'posting.title.text': 'Gõ tên vị trí cần tuyển. Ví dụ: Công nhân may, Phụ hồ, Lái xe tải.',
  'posting.title.question': 'Bạn tuyển vị trí gì?',
  'posting.title.miss': 'Tên vị trí cần từ 2 đến 120 ký tự. Ví dụ: Công nhân may.',
  'posting.occ.text': '"{title}" thuộc nhóm nghề nào? Nhóm nghề giúp mình gửi tin tới đúng người.',
  'posting.occ.other': 'Khác',
  'posting.occ.question': 'Bạn chọn số nào, hoặc gõ tên nghề?',
  'posting.occ.miss': 'Mình chưa nhận ra nghề "{typed}". Bạn chọn một số, ví dụ: 2. Không có nhóm phù hợp thì chọn "Khác".',
  'posting.occ.miss_number': 'Bạn chọn một số trong danh sách, ví dụ: 2. Không có nhóm phù hợp thì chọn "Khác".',
  'posting.commune.text': 'Gõ tên xã/phường nơi làm việc, có dấu hay không dấu đều được. Ví dụ: Phổ Yên Thái Nguyên.',
  'posting.commune.question': 'Chỗ làm ở xã/phường nào?',
  'posting.commune.in_province': '{province} có nhiều xã/phường. Bạn gõ tên xã/phường nơi làm việc, ví dụ: {example}.',
  'posting.commune.question_in_province': 'Chỗ làm ở xã/phường nào của {province}?',
  'posting.commune.miss': 'Mình chưa đọc được tên nơi làm việc. Bạn gõ tên xã/phường, ví dụ: Phổ Yên Thái Nguyên.',
  'posting.commune.not_found': 'Mình chưa tìm thấy "{typed}". Bạn gõ lại tên xã/phường, có thể kèm tên tỉnh. Ví dụ: Phổ Yên Thái Nguyên.',
  'posting.commune.not_found_in_province': 'Mình chưa tìm thấy "{typed}" ở {province}. Bạn gõ lại tên xã/phường, ví dụ: {example}.',
  'posting.pick.more': 'Không thấy đúng nơi? Gõ tên xã kèm tên tỉnh, ví dụ: Văn Lang Thái Nguyên.',
  'posting.pick.question': 'Chỗ làm ở nơi nào? Trả lời bằng một số, ví dụ: 1',
  'posting.pick.miss': 'Bạn trả lời bằng một số trong danh sách, ví dụ: 1. Hoặc gõ lại tên xã/phường.',
  'posting.headcount.text': 'Gõ một số, ví dụ: 50.',
  'posting.headcount.question': 'Bạn cần tuyển bao nhiêu người?',
  'posting.headcount.miss': 'Mình chưa đọc được số người. Bạn gõ một số, ví dụ: 50 hoặc "Cần 50 người".',
  'posting.headcount.out_of_range': 'Số người cần từ {min} đến {max}. Bạn gõ lại, ví dụ: 50.',
  'posting.wage.text': 'Gõ mức lương như bạn vẫn ghi. Ví dụ: 7-9 triệu/tháng, 300k/ngày, thỏa thuận.',
  'posting.wage.question': 'Lương bao nhiêu?',
  'posting.wage.miss': 'Mình chưa thấy mức lương trong "{typed}". Ví dụ: 7-9 triệu/tháng, 300k/ngày, thỏa thuận.',
  'posting.wage.miss_empty': 'Bạn gõ mức lương bằng chữ. Ví dụ: 7-9 triệu/tháng, 300k/ngày, thỏa thuận.',
  'posting.wage.read': 'Mình hiểu là: 💰 {wage}.',
  'posting.wage.assumed': 'Bạn không ghi đơn vị, mình hiểu là triệu đồng.',
  'posting.wage.ok': 'Đúng rồi',
  'posting.wage.again': 'Nhập lại',
  'posting.wage.confirm_question': 'Đúng chưa? Trả lời bằng một số, ví dụ: 1',
  'posting.wage.confirm_miss': 'Bạn gõ 1 nếu mình hiểu đúng, 2 để nhập lại mức lương.',
  'posting.req.text': 'Ví dụ: Nữ 18–35 tuổi, biết may máy 1 kim. Không có yêu cầu gì thì chọn 1.',
  'posting.req.skip': 'Bỏ qua, không có yêu cầu',
  'posting.req.question': 'Người làm cần có yêu cầu gì?',
  'posting.req.miss': 'Yêu cầu cần từ 2 đến 300 ký tự. Không có yêu cầu gì thì gõ 1.',
  'posting.deadline.text': 'Gõ ngày hoặc chọn một số. Ví dụ: 31/12, 31/12/2026, cuối tháng, 30 ngày.',
  'posting.deadline.in_30_days': '30 ngày kể từ hôm nay',
  'posting.deadline.end_of_month': 'Cuối tháng này',
  'posting.deadline.question': 'Nhận hồ sơ đến ngày nào?',
  'posting.deadline.invalid': 'Mình chưa đọc được ngày "{typed}". Ví dụ: 31/12, 31/12/2026, cuối tháng, 30 ngày.',
  'posting.deadline.invalid_empty': 'Bạn gõ một ngày. Ví dụ: 31/12, 31/12/2026, cuối tháng, 30 ngày.',
  'posting.deadline.past': 'Ngày {date} đã qua rồi. Bạn chọn một ngày từ hôm nay trở đi, ví dụ: 30 ngày, cuối tháng.',
  'posting.deadline.too_far': 'Ngày {date} xa quá. Bạn chọn ngày gần hơn, ví dụ: 30 ngày, cuối tháng.',
  'posting.contact.text': 'Số điện thoại hoặc địa chỉ để người lao động liên hệ. Ví dụ: 0208 3850 123, chị Hoa.',
  'posting.contact.question': 'Người lao động liên hệ thế nào?',
  'posting.contact.miss': 'Thông tin liên hệ cần từ 3 đến 200 ký tự. Ví dụ: 0208 3850 123, chị Hoa.',
  'posting.preview.heading': 'Xem trước tin (nhóm nghề: {occupation}):',
  'posting.preview.title': '{title} — {employer}',
  'posting.preview.title_verified': '{title} — {employer} ✅ Đã xác minh',
  'posting.preview.place': '📍 {commune}, {province}',
  'posting.preview.facts': '💰 {wage} · Cần {headcount} người · 📅 Hạn {deadline}',
  'posting.preview.requirements': 'Yêu cầu: {requirements}',
  'posting.preview.contact': '☎️ {contact}',
  'posting.preview.submit': 'Gửi duyệt',
  'posting.preview.edit': 'Sửa tin',
  'posting.preview.cancel': 'Huỷ tin',
  'posting.preview.question': 'Bạn chọn số nào? Gõ 1 để gửi duyệt',
  'posting.preview.miss': 'Bạn trả lời bằng một số, ví dụ: 1 để gửi duyệt, 2 để sửa tin.',
  'posting.edit.text': 'Chọn phần cần sửa, mình sẽ hỏi lại phần đó rồi cho bạn xem lại tin.',
  'posting.edit.title': 'Vị trí tuyển',
  'posting.edit.occupation': 'Nhóm nghề',
  'posting.edit.commune': 'Nơi làm việc',
  'posting.edit.headcount': 'Số người cần',
  'posting.edit.wage': 'Lương',
  'posting.edit.requirements': 'Yêu cầu',
  'posting.edit.deadline': 'Hạn nhận hồ sơ',
  'posting.edit.contact': 'Liên hệ',
  'posting.edit.employer': 'Tên công ty',
  'posting.edit.question': 'Bạn muốn sửa phần nào? Trả lời bằng một số, ví dụ: 5',
  'posting.edit.miss': 'Bạn trả lời bằng một số trong danh sách, ví dụ: 5 để sửa lương.',
  'posting.submitted': 'Đã gửi tin cho cán bộ Trung tâm Dịch vụ việc làm duyệt. Tin chỉ tới người lao động sau khi được duyệt.',
  'posting.submitted_check': 'Một vài từ ngữ trong tin cần cán bộ xem kỹ trước khi đăng; cán bộ có thể liên hệ bạn để hỏi thêm. Cảm ơn bạn đã thông cảm.',
  'posting.next': 'Gõ /dangtin để đăng tin khác, 0 để về menu.',
  'posting.cancelled': 'Đã huỷ, tin không được gửi đi. Gõ /dangtin để đăng lại, 0 để về menu.',
  // -------------------------------------------------------------------------------------------
  // invite: "/start CODE" (src/db/invites.ts, src/dialogs/engine/run.ts)
  // -------------------------------------------------------------------------------------------
  'invite.accepted': 'Chào mừng! Bạn đã được cấp quyền {role} cho {region}.',
  'invite.whole_country': 'cả nước',
  'invite.unknown': 'Mã mời không đúng. Bạn kiểm tra lại mã, hoặc hỏi người đã gửi mã.',
  'invite.used': 'Mã mời này đã được dùng rồi. Bạn xin mã mới nhé.',
  'invite.expired': 'Mã mời này đã hết hạn. Bạn xin mã mới nhé.',
  'role.official': 'cán bộ',
  'role.employer': 'nhà tuyển dụng',
  'role.admin': 'quản trị',
  // -------------------------------------------------------------------------------------------
  // review: /duyet, officials moderate pending vacancies (src/dialogs/flows/review.ts)
  // -------------------------------------------------------------------------------------------
  'review.not_official': 'Chức năng này dành cho cán bộ. Nếu bạn là cán bộ, hãy xin mã mời từ người quản trị.',
  'review.empty': 'Không có tin nào chờ duyệt trong địa bàn của bạn.',
  'review.card_heading': 'Tin chờ duyệt ({index}/{total}) — {employer}, {status}',
  'review.verified': 'đã xác minh',
  'review.unverified': 'chưa xác minh',
  'review.risk': '⚠️ Dấu hiệu rủi ro: {reasons}',
  'review.approve': 'Duyệt',
  'review.reject': 'Từ chối',
  'review.skip': 'Bỏ qua',
  'review.question': 'Bạn chọn số nào? (gõ 0 để về menu)',
  'review.miss': 'Gõ 1 để duyệt, 2 để từ chối, 3 để bỏ qua.',
  'review.approved': 'Đã duyệt: {title}.',
  'review.rejected': 'Đã từ chối: {title}.',
  'review.reason_text': 'Lý do từ chối? Người đăng tin sẽ được báo lý do này.',
  'review.reason_question': 'Chọn số hoặc gõ lý do. (gõ 0 để về menu)',
  'review.reason_miss': 'Gõ số của lý do, hoặc gõ lý do (ít nhất 3 chữ).',
  'review.reason.fee': 'Thu phí người lao động',
  'review.reason.unclear': 'Thông tin không rõ ràng',
  'review.reason.fake': 'Không phải việc làm thật',
  'review.finished': 'Hết tin chờ duyệt. Cảm ơn bạn!',
  'scam.asks_money': 'yêu cầu nộp tiền',
  'scam.task_or_order_scam': 'chốt đơn, làm nhiệm vụ',
  'scam.too_good_to_be_true': 'việc nhẹ lương cao',
  'scam.pay_far_above_norm': 'lương cao bất thường',
  'scam.overseas_unlicensed': 'đi nước ngoài, không rõ công ty được cấp phép',
  'scam.personal_transfer': 'chuyển khoản cá nhân',
  'scam.off_platform_contact': 'chỉ liên hệ qua mạng xã hội',
  // -------------------------------------------------------------------------------------------
  // stats: /thongke, quick counts for an official's area (src/dialogs/engine/stats.ts)
  // -------------------------------------------------------------------------------------------
  'stats.heading': '📊 Số liệu địa bàn {area}, đến {date}:',
  'stats.workers': 'Người đăng ký nhận tin: {total} (mới trong tháng: {month})',
  'stats.vacancies': 'Tin tuyển dụng: {approved} đã duyệt, {pending} chờ duyệt, {rejected} bị từ chối',
  'stats.headcount': 'Chỉ tiêu tuyển dụng trong tin đã duyệt: {headcount} người',
  'stats.fewer_than_5': 'dưới 5',
} as const;

/** Every message key; `vi` defines them. */
export type MessageKey = keyof typeof vi;

/** The shape every other language's catalogue must have: exactly the keys of `vi`. */
export type Catalogue = { readonly [K in MessageKey]: string };
