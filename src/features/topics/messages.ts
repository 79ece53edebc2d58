import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * What the bot says about the employment centre's other programmes until each has its own feature: a short pointer
 * and where to go. No amounts: they change, and the help cards (issue 17) will keep them as data officials edit.
 */
const vi = {
  'topics.label.training': 'Học nghề',
  'topics.label.job_fair': 'Phiên giao dịch việc làm',
  'topics.label.work_problem': 'Gặp vấn đề khi đi làm',
  'topics.label.loan': 'Vay vốn',
  'topics.label.insurance': 'Bảo hiểm thất nghiệp',
  'topics.label.abroad': 'Đi làm ở nước ngoài',
  'topics.label.person': 'Nói chuyện với cán bộ',
  'topics.training':
    'Học nghề: lao động nông thôn, phụ nữ, người khuyết tật có thể được hỗ trợ học phí khoá nghề ngắn hạn. Nghề và mức hỗ trợ do tỉnh quy định.',
  'topics.job_fair':
    'Phiên giao dịch việc làm: Trung tâm Dịch vụ việc làm tổ chức để bạn gặp trực tiếp nhà tuyển dụng. Nếu bạn đăng ký nhận tin, mình sẽ báo khi có phiên gần bạn.',
  'topics.work_problem':
    'Gặp vấn đề khi đi làm (bị nợ lương, bị giữ giấy tờ, tai nạn, bị lừa): bạn giữ lại hợp đồng, tin nhắn, giấy tờ và báo ngay cho cán bộ. Gặp nguy hiểm, gọi 113.',
  'topics.loan':
    'Vay vốn tạo việc làm: Ngân hàng Chính sách xã hội cho vay qua xã. Bạn mang căn cước, cán bộ xã sẽ hướng dẫn làm hồ sơ.',
  'topics.insurance':
    'Bảo hiểm thất nghiệp: nếu bạn đã đóng bảo hiểm đủ thời gian và vừa nghỉ việc, bạn nộp hồ sơ ở Trung tâm Dịch vụ việc làm sớm, trong vòng 3 tháng sau khi nghỉ.',
  'topics.abroad':
    'Đi làm ở nước ngoài: chỉ đi qua công ty có giấy phép hoặc chương trình của Nhà nước. Không nộp tiền đặt cọc cho cá nhân. Hợp đồng phải ghi rõ việc, lương, giờ làm và chi phí.',
  'topics.person': 'Bạn muốn nói chuyện với cán bộ.',
  'topics.where': 'Bạn liên hệ cán bộ văn hoá – xã hội ở UBND {commune}, hoặc Trung tâm Dịch vụ việc làm {province}.',
  'topics.where_unknown':
    'Bạn liên hệ cán bộ văn hoá – xã hội ở UBND xã nơi bạn ở, hoặc Trung tâm Dịch vụ việc làm của tỉnh.',
  'topics.reference': 'Thông tin tham khảo — hỏi cán bộ để chắc chắn.',
} as const;

const en: Messages<typeof vi>['en'] = {
  'topics.label.training': 'Vocational training',
  'topics.label.job_fair': 'Job fairs',
  'topics.label.work_problem': 'A problem at work',
  'topics.label.loan': 'Loans',
  'topics.label.insurance': 'Unemployment insurance',
  'topics.label.abroad': 'Working abroad',
  'topics.label.person': 'Talk to an official',
  'topics.training':
    'Training: rural workers, women and people with disabilities may get short vocational courses paid for. The province sets the trades and amounts.',
  'topics.job_fair':
    'Job fairs: the Employment Service Centre holds them so you can meet employers in person. If you register for alerts, I will tell you when one is near you.',
  'topics.work_problem':
    'A problem at work (unpaid wages, papers kept, an accident, a scam): keep the contract, messages and papers, and tell an official at once. In danger, call 113.',
  'topics.loan':
    'Job-creation loans: the Social Policy Bank lends through the commune. Bring your ID card; the commune official helps with the form.',
  'topics.insurance':
    'Unemployment insurance: if you paid in long enough and just left your job, apply at the Employment Service Centre soon, within 3 months of leaving.',
  'topics.abroad':
    'Working abroad: go only through a licensed company or a state programme. Never pay a deposit to a person. A legal contract states the job, pay, hours and costs.',
  'topics.person': 'You would like to talk to an official.',
  'topics.where':
    'Contact the culture and social affairs official at the {commune} People’s Committee, or the {province} Employment Service Centre.',
  'topics.where_unknown':
    'Contact the culture and social affairs official at your commune’s People’s Committee, or your province’s Employment Service Centre.',
  'topics.reference': 'For reference only — ask an official to be sure.',
};

export const messages: Messages<typeof vi> = { vi, en };
export const t = translator(messages);
