import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of /timviec, the vacancies that fit the person, interest, reports.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'search.command': 'Tìm việc ngay',
  'menu.search': 'Tìm việc ngay',
  'search.no_profile': 'Để tìm việc hợp với bạn, mình cần biết bạn ở đâu và muốn làm nghề gì (vài câu hỏi ngắn).',
  'search.none':
    'Hiện chưa có việc nào hợp với bạn. Khi có việc mới, mình sẽ báo bạn.\nGõ /theodoi để thêm nghề hoặc đi làm xa hơn, 0 để về menu.',
  'search.heading': 'Có {count} việc hợp với bạn (tin {from}–{to}):',
  'search.heading_narrow': 'Có {count} việc {what} (tin {from}–{to}):',
  'search.none_narrow': 'Hiện chưa có việc {what}. Gõ /timviec để xem mọi việc hợp với bạn, 0 để về menu.',
  'search.narrow.trade_place': '{trade} ở {place}',
  'search.narrow.place': 'ở {place}',
  'search.item_interested': '(đã quan tâm)',
  'search.more': 'Xem thêm',
  'search.list_prompt': 'Gõ số để xem chi tiết, 0 để về menu.',
  'search.list_miss': 'Bạn gõ số của tin muốn xem, ví dụ: 1.',
  'search.already_interested': '✓ Bạn đã quan tâm tin này.',
  'search.back': 'Quay lại danh sách',
  'search.detail_prompt': 'Bạn chọn số nào? (0 để về menu)',
  'search.detail_miss': 'Bạn gõ 1 nếu quan tâm, 2 nếu không phù hợp, 3 để báo lừa đảo, 4 để quay lại.',
  'search.share_question':
    'Bạn có đồng ý gửi tên và số điện thoại của bạn cho "{employer}" và cán bộ xã để họ gọi cho bạn không?',
  'search.share_yes': 'Đồng ý gửi',
  'search.share_no': 'Không, mình tự liên hệ',
  'search.share_miss': 'Bạn gõ 1 để đồng ý gửi, 2 nếu bạn tự liên hệ.',
  'search.phone_question': 'Bạn gõ số điện thoại để nhà tuyển dụng gọi cho bạn, ví dụ: 0912345678.',
  'search.phone_miss': 'Số điện thoại chưa đúng. Bạn gõ lại 10 số, ví dụ: 0912345678 (hoặc gõ 0 để về menu).',
  'search.interest_shared':
    '✅ Đã gửi. Nhà tuyển dụng sẽ liên hệ bạn. Bạn cũng có thể gọi: {contact}.\n⚠️ Không nộp bất kỳ khoản phí nào để được nhận việc.',
  'search.interest_private':
    '✅ Đã ghi nhận. Bạn liên hệ nhà tuyển dụng: {contact}.\n⚠️ Không nộp bất kỳ khoản phí nào để được nhận việc.',
  'search.not_suitable_done': 'Đã bỏ tin này khỏi danh sách của bạn.',
  'search.report_question':
    'Bạn thấy tin này có dấu hiệu lừa đảo (đòi đặt cọc, thu phí, hứa lương quá cao…)? Cán bộ sẽ kiểm tra.',
  'search.report_yes': 'Đúng, báo cán bộ',
  'search.report_no': 'Không, quay lại',
  'search.report_miss': 'Bạn gõ 1 để báo cán bộ, 2 để quay lại.',
  'search.report_done': 'Cảm ơn bạn đã báo. Cán bộ sẽ kiểm tra tin này. Đừng chuyển tiền cho ai để được nhận việc.',
  'search.gone': 'Tin này không còn nhận người nữa.',
} as const;

const en: Messages<typeof vi>['en'] = {
  'search.command': 'Find work now',
  'menu.search': 'Find work now',
  'search.no_profile':
    'To find jobs that suit you, I need to know where you live and what work you want (a few short questions).',
  'search.none':
    'No jobs match you right now. When a new one comes, I will tell you.\nType /theodoi to add trades or go further, 0 for the menu.',
  'search.heading': '{count} jobs match you (jobs {from}–{to}):',
  'search.heading_narrow': '{count} jobs: {what} (jobs {from}–{to}):',
  'search.none_narrow': 'No jobs yet: {what}. Send /timviec for every job that suits you, 0 for the menu.',
  'search.narrow.trade_place': '{trade} in {place}',
  'search.narrow.place': 'in {place}',
  'search.item_interested': '(interested)',
  'search.more': 'More',
  'search.list_prompt': 'Type a number to see details, 0 for the menu.',
  'search.list_miss': 'Type the number of the job you want to see, for example: 1.',
  'search.already_interested': '✓ You are interested in this job.',
  'search.back': 'Back to the list',
  'search.detail_prompt': 'Which number? (0 for the menu)',
  'search.detail_miss': 'Type 1 if interested, 2 if not for you, 3 to report a scam, 4 to go back.',
  'search.share_question':
    'May I send your name and phone number to "{employer}" and the commune officials so they can call you?',
  'search.share_yes': 'Yes, send them',
  'search.share_no': 'No, I will contact them',
  'search.share_miss': 'Type 1 to send them, 2 if you will contact them yourself.',
  'search.phone_question': 'Type your phone number so the employer can call you, for example: 0912345678.',
  'search.phone_miss':
    'That phone number does not look right. Type the 10 digits again, for example: 0912345678 (or 0 for the menu).',
  'search.interest_shared':
    '✅ Sent. The employer will contact you. You can also call: {contact}.\n⚠️ Never pay any fee to get a job.',
  'search.interest_private': '✅ Noted. Contact the employer: {contact}.\n⚠️ Never pay any fee to get a job.',
  'search.not_suitable_done': 'Removed from your list.',
  'search.report_question':
    'Does this vacancy look like a scam (asks for a deposit or fee, pay too good to be true…)? An official will check it.',
  'search.report_yes': 'Yes, tell the officials',
  'search.report_no': 'No, go back',
  'search.report_miss': 'Type 1 to tell the officials, 2 to go back.',
  'search.report_done':
    'Thank you for reporting. An official will check this vacancy. Never send money to anyone to get a job.',
  'search.gone': 'This vacancy is no longer taking people.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
