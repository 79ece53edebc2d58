import { type Messages, translator } from '../../kernel/i18n/index.ts';

/** What /malienket says: an official's registration link, Zalo code and QR code for a commune (and a trade). */
const vi = {
  'links.command': 'Mã đăng ký và mã QR cho một xã/phường',
  'menu.links': 'Mã đăng ký, mã QR',
  'links.commune.question': 'Mã đăng ký cho xã/phường nào? Gõ tên, ví dụ: {example}. (gõ 0 để về menu)',
  'links.commune.miss': 'Mình chưa tìm thấy "{typed}". Bạn gõ lại tên xã/phường, ví dụ: {example}.',
  'links.commune.outside': '{commune} không thuộc địa bàn của bạn. Bạn gõ một xã/phường khác, ví dụ: {example}.',
  'links.pick.question': 'Bạn chọn nơi nào? Trả lời bằng một số, ví dụ: 1',
  'links.trade.question': 'Cho nghề nào? Gõ tên nghề, ví dụ: may, phụ hồ. Hoặc chọn 1 cho mọi nghề.',
  'links.trade.any': 'Mọi nghề',
  'links.trade.miss': 'Mình chưa hiểu nghề "{typed}". Bạn gõ tên nghề, ví dụ: may, phụ hồ. Hoặc chọn 1.',
  'links.result': 'Mã đăng ký cho {place}:',
  'links.telegram': 'Trên Telegram, bấm: {url}',
  'links.zalo_code': 'Trên Zalo, nhắn: {code}',
  'links.qr_caption': 'Mã QR mở Telegram, in lên tờ rơi được.',
  'links.no_qr': 'Mã QR: gõ npm run cli -- link --commune {code} trên máy chủ.',
} as const;

/** Exactly vi's keys. */
const en: Messages<typeof vi>['en'] = {
  'links.command': 'Sign-up code and QR code for a commune',
  'menu.links': 'Sign-up code, QR code',
  'links.commune.question': 'Which commune is the code for? Type its name, for example: {example}. (0 for the menu)',
  'links.commune.miss': 'I could not find "{typed}". Please type the commune again, for example: {example}.',
  'links.commune.outside': '{commune} is outside your area. Please type another commune, for example: {example}.',
  'links.pick.question': 'Which place? Reply with a number, for example: 1',
  'links.trade.question': 'For which trade? Type it, for example: garment, construction. Or choose 1 for any trade.',
  'links.trade.any': 'Any trade',
  'links.trade.miss': 'I did not understand the trade "{typed}". Type it, for example: garment. Or choose 1.',
  'links.result': 'Sign-up code for {place}:',
  'links.telegram': 'On Telegram, tap: {url}',
  'links.zalo_code': 'On Zalo, send: {code}',
  'links.qr_caption': 'The QR code opens Telegram; it can be printed on a leaflet.',
  'links.no_qr': 'QR code: run npm run cli -- link --commune {code} on the server.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
