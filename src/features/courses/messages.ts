import { type Messages, translator } from '../../kernel/i18n/index.ts';

/** The course card and its choices, shown by every course feature (announcement, search, sign-up, provider, review). */
const vi = {
  'courses.card.heading': '🎓 Khoá học nghề — {level}',
  'courses.card.title': '{title} ({duration})',
  'courses.card.provider': '🏫 {provider}',
  'courses.card.provider_verified': '🏫 {provider} ✔ Đã xác minh',
  'courses.card.starts': '🗓 Khai giảng {date} · {schedule}',
  'courses.card.where': '📍 {address}, {commune}',
  'courses.card.commune': '📍 {commune}',
  'courses.card.online': '💻 Học trực tuyến',
  'courses.card.free': '💰 Học phí: miễn phí',
  'courses.card.fee': '💰 Học phí: {fee} đồng',
  'courses.card.support': '🤝 Hỗ trợ: {support}',
  'courses.card.priority_support': '🤝 Người thuộc diện ưu tiên (hộ nghèo, cận nghèo, dân tộc thiểu số…) được hỗ trợ',
  'courses.card.priority_support_amount':
    '🤝 Người thuộc diện ưu tiên (hộ nghèo, cận nghèo, dân tộc thiểu số…) được hỗ trợ đến {amount} đồng',
  'courses.card.seats_left': '🪑 Còn {seats} chỗ',
  'courses.card.full': '🪑 Đã đủ chỗ: đăng ký sẽ vào danh sách chờ',
  'courses.card.contact': '☎️ {contact}',
  'courses.card.no_fee_warning': 'Chỉ nộp học phí cho cơ sở đào tạo, có biên lai. Không nộp tiền cho cá nhân.',
  'courses.level.college': 'Cao đẳng',
  'courses.level.intermediate': 'Trung cấp',
  'courses.level.elementary': 'Sơ cấp',
  'courses.level.short': 'Dưới 3 tháng',
  'courses.level.regular': 'Đào tạo thường xuyên',
  'courses.schedule.day': 'học ban ngày',
  'courses.schedule.evening': 'học buổi tối',
  'courses.schedule.weekend': 'học cuối tuần',
  'courses.schedule.flexible': 'giờ học linh hoạt',
  'courses.duration.days': '{n} ngày',
  'courses.duration.weeks': '{n} tuần',
  'courses.duration.months': '{n} tháng',
  'courses.choice.signup': 'Đăng ký học',
  'courses.choice.ask': 'Hỏi thêm',
  'courses.choice.no': 'Không quan tâm',
} as const;

/** Exactly vi's keys: a missing or extra one does not compile. */
const en: Messages<typeof vi>['en'] = {
  'courses.card.heading': '🎓 Vocational course — {level}',
  'courses.card.title': '{title} ({duration})',
  'courses.card.provider': '🏫 {provider}',
  'courses.card.provider_verified': '🏫 {provider} ✔ Verified',
  'courses.card.starts': '🗓 Starts {date} · {schedule}',
  'courses.card.where': '📍 {address}, {commune}',
  'courses.card.commune': '📍 {commune}',
  'courses.card.online': '💻 Online',
  'courses.card.free': '💰 Fee: free',
  'courses.card.fee': '💰 Fee: {fee} dong',
  'courses.card.support': '🤝 Support: {support}',
  'courses.card.priority_support': '🤝 Priority groups (poor and near-poor households, ethnic minorities…) get support',
  'courses.card.priority_support_amount':
    '🤝 Priority groups (poor and near-poor households, ethnic minorities…) get up to {amount} dong of support',
  'courses.card.seats_left': '🪑 {seats} places left',
  'courses.card.full': '🪑 Full: you can join the waiting list',
  'courses.card.contact': '☎️ {contact}',
  'courses.card.no_fee_warning': 'Pay fees only to the school, against a receipt. Never pay an individual.',
  'courses.level.college': 'College',
  'courses.level.intermediate': 'Intermediate',
  'courses.level.elementary': 'Elementary',
  'courses.level.short': 'Under 3 months',
  'courses.level.regular': 'Regular training',
  'courses.schedule.day': 'daytime',
  'courses.schedule.evening': 'evenings',
  'courses.schedule.weekend': 'weekends',
  'courses.schedule.flexible': 'flexible hours',
  'courses.duration.days': '{n} days',
  'courses.duration.weeks': '{n} weeks',
  'courses.duration.months': '{n} months',
  'courses.choice.signup': 'Sign up',
  'courses.choice.ask': 'Ask a question',
  'courses.choice.no': 'Not interested',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
