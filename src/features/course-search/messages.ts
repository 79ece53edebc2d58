import { type Messages, translator } from '../../kernel/i18n/index.ts';

/** /hocnghe: the open courses near the person, and their own sign-ups. */
const vi = {
  'coursesearch.command': 'Tìm khoá học nghề',
  'coursesearch.commune': 'Bạn ở xã/phường nào? Mình sẽ tìm khoá học nghề gần bạn nhất. (ví dụ: {example})',
  'coursesearch.commune_miss': 'Mình chưa tìm thấy nơi «{typed}». Bạn gõ tên xã/phường, ví dụ: {example}.',
  'coursesearch.commune_empty': 'Bạn gõ tên xã/phường của bạn, ví dụ: {example}.',
  'coursesearch.pick': 'Bạn chọn nơi bạn ở:',
  'coursesearch.pick_miss': 'Bạn gõ số của nơi bạn ở, ví dụ: 1.',
  'coursesearch.heading': 'Có {count} khoá học nghề sắp khai giảng (khoá {from}–{to}):',
  'coursesearch.heading_trade': 'Có {count} khoá học {trade} sắp khai giảng (khoá {from}–{to}):',
  'coursesearch.item': '{title} — {place}, khai giảng {date}',
  'coursesearch.online': 'trực tuyến',
  'coursesearch.none': 'Hiện chưa có khoá học nghề nào sắp khai giảng gần bạn. Khi có, mình sẽ báo bạn.',
  'coursesearch.none_trade': 'Hiện chưa có khoá học {trade} nào sắp khai giảng. Gõ /hocnghe để xem mọi khoá học.',
  'coursesearch.more': 'Xem thêm',
  'coursesearch.mine': 'Khoá học của tôi',
  'coursesearch.back': 'Quay lại danh sách',
  'coursesearch.list_prompt': 'Gõ số để xem khoá học, 0 để về menu.',
  'coursesearch.list_miss': 'Bạn gõ số của khoá học muốn xem, ví dụ: 1.',
  'coursesearch.card_prompt': 'Bạn chọn số nào? (0 để về menu)',
  'coursesearch.card_miss': 'Bạn gõ 1 để đăng ký học, 2 để hỏi thêm, 3 nếu không quan tâm, 4 để quay lại.',
  'coursesearch.mine_heading': 'Khoá học của bạn:',
  'coursesearch.mine_item': '{n}. {title} — {status}',
  'coursesearch.mine_none': 'Bạn chưa đăng ký khoá học nào.',
  'coursesearch.cancel_item': 'Huỷ đăng ký: {title}',
  'coursesearch.mine_prompt': 'Gõ số để huỷ đăng ký, 0 để về menu.',
  'coursesearch.commune_prompt': 'Gõ tên xã/phường, hoặc 1 để xem khoá học của bạn.',
} as const;

/** Exactly vi's keys. */
const en: Messages<typeof vi>['en'] = {
  'coursesearch.command': 'Find a vocational course',
  'coursesearch.commune':
    'Which commune or ward do you live in? We will find the courses nearest you. (e.g. {example})',
  'coursesearch.commune_miss': 'We could not find «{typed}». Please type your commune or ward, e.g. {example}.',
  'coursesearch.commune_empty': 'Please type your commune or ward, e.g. {example}.',
  'coursesearch.pick': 'Choose where you live:',
  'coursesearch.pick_miss': 'Please type the number of where you live, e.g. 1.',
  'coursesearch.heading': '{count} vocational courses start soon (courses {from}–{to}):',
  'coursesearch.heading_trade': '{count} {trade} courses start soon (courses {from}–{to}):',
  'coursesearch.item': '{title} — {place}, starts {date}',
  'coursesearch.online': 'online',
  'coursesearch.none': 'No vocational course starts soon near you. We will tell you when one does.',
  'coursesearch.none_trade': 'No {trade} course starts soon. Type /courses to see every course.',
  'coursesearch.more': 'More',
  'coursesearch.mine': 'My courses',
  'coursesearch.back': 'Back to the list',
  'coursesearch.list_prompt': 'Type a number to see a course, 0 for the menu.',
  'coursesearch.list_miss': 'Please type the number of the course you want to see, e.g. 1.',
  'coursesearch.card_prompt': 'Which number? (0 for the menu)',
  'coursesearch.card_miss': 'Type 1 to sign up, 2 to ask a question, 3 if not interested, 4 to go back.',
  'coursesearch.mine_heading': 'Your courses:',
  'coursesearch.mine_item': '{n}. {title} — {status}',
  'coursesearch.mine_none': 'You have not signed up for any course yet.',
  'coursesearch.cancel_item': 'Cancel sign-up: {title}',
  'coursesearch.mine_prompt': 'Type a number to cancel a sign-up, 0 for the menu.',
  'coursesearch.commune_prompt': 'Type your commune or ward, or 1 to see your courses.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
