import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of /duyet, where officials moderate pending vacancies.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'review.command': 'Duyệt tin tuyển dụng',
  'menu.review': 'Duyệt tin',
  'menu.review.count': 'Duyệt tin ({count} tin chờ duyệt)',
  'review.decision_refused':
    'Tin này đã được xử lý trước đó (hoặc không còn trong địa bàn của bạn): không thay đổi gì.',
  'review.verify_refused': 'Chưa xác minh được: tin này không còn trong địa bàn của bạn.',
  'review.empty': 'Không có tin nào chờ duyệt trong địa bàn của bạn.',
  'review.card_heading': 'Tin chờ duyệt ({index}/{total}) — {employer}, {status}',
  'review.verified': 'đã xác minh',
  'review.unverified': 'chưa xác minh',
  'review.risk': '⚠️ Dấu hiệu rủi ro: {reasons}',
  'review.reports': '🚩 Người lao động báo lừa đảo: {count} lượt (tin bị báo 3 lượt được tạm ẩn chờ bạn quyết định).',
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
  'review.verify': 'Xác minh doanh nghiệp',
  'review.miss_verify': 'Gõ 1 để duyệt, 2 để từ chối, 3 để bỏ qua, 4 để xác minh doanh nghiệp.',
  'review.verified_done': '✅ Đã xác minh doanh nghiệp: {employer}.',
} as const;

const en: Messages<typeof vi>['en'] = {
  'review.command': 'Review vacancies',
  'menu.review': 'Review vacancies',
  'menu.review.count': 'Review vacancies ({count} waiting)',
  // review
  'review.decision_refused': 'This vacancy was already decided (or is no longer in your area): nothing changed.',
  'review.verify_refused': 'Not verified: this vacancy is no longer in your area.',
  'review.empty': 'No vacancies are waiting for review in your area.',
  'review.card_heading': 'Waiting for review ({index}/{total}) — {employer}, {status}',
  'review.verified': 'verified',
  'review.unverified': 'not verified',
  'review.risk': '⚠️ Risk signs: {reasons}',
  'review.reports':
    '🚩 Reported as a scam by workers: {count} times (a vacancy reported 3 times is hidden until you decide).',
  'review.approve': 'Approve',
  'review.reject': 'Reject',
  'review.skip': 'Skip',
  'review.question': 'Which number? (type 0 for the menu)',
  'review.miss': 'Type 1 to approve, 2 to reject, 3 to skip.',
  'review.approved': 'Approved: {title}.',
  'review.rejected': 'Rejected: {title}.',
  'review.reason_text': 'Why is it rejected? The poster will be told this reason.',
  'review.reason_question': 'Choose a number or type the reason. (type 0 for the menu)',
  'review.reason_miss': 'Type the number of a reason, or type the reason (at least 3 characters).',
  'review.reason.fee': 'Charges workers a fee',
  'review.reason.unclear': 'Details are unclear',
  'review.reason.fake': 'Not a real job',
  'review.finished': 'Nothing more to review. Thank you!',
  'review.verify': 'Verify the employer',
  'review.miss_verify': 'Type 1 to approve, 2 to reject, 3 to skip, 4 to verify the employer.',
  'review.verified_done': '✅ Employer verified: {employer}.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
