import { fold } from '../../kernel/fold.ts';

/**
 * Commands that work from anywhere, in a flow or not, with or without the slash and accents
 * ("/huy", "huỷ", "HUY"; "STOP", "dừng"). Vietnamese and English names, as in PRODUCT.md.
 */
export type GlobalCommand =
  | 'start'
  | 'menu'
  | 'cancel'
  | 'help'
  | 'stop'
  | 'register'
  | 'alerts'
  | 'erase'
  | 'post'
  | 'review'
  | 'stats'
  | 'search'
  | 'broadcast'
  | 'group'
  | 'language'
  | 'my_vacancies'
  | 'dashboard'
  | 'outcomes';

const COMMANDS: Record<string, GlobalCommand> = {
  start: 'start',
  'bat dau': 'start',
  batdau: 'start',
  '0': 'menu',
  menu: 'menu',
  huy: 'cancel',
  cancel: 'cancel',
  trogiup: 'help',
  'tro giup': 'help',
  help: 'help',
  stop: 'stop',
  'dung lai': 'stop',
  ngung: 'stop',
  'ngung lai': 'stop',
  dangky: 'register',
  'dang ky': 'register',
  register: 'register',
  timviec: 'search',
  'tim viec': 'search',
  jobs: 'search',
  theodoi: 'alerts',
  'theo doi': 'alerts',
  alerts: 'alerts',
  xoa: 'erase',
  'xoa du lieu': 'erase',
  delete: 'erase',
  dangtin: 'post',
  'dang tin': 'post',
  post: 'post',
  duyet: 'review',
  review: 'review',
  phatsong: 'broadcast',
  'phat song': 'broadcast',
  broadcast: 'broadcast',
  thongke: 'stats',
  'thong ke': 'stats',
  stats: 'stats',
  nhom: 'group',
  group: 'group',
  ngonngu: 'language',
  'ngon ngu': 'language',
  language: 'language',
  tincuatoi: 'my_vacancies',
  'tin cua toi': 'my_vacancies',
  myposts: 'my_vacancies',
  baocao: 'dashboard',
  'bao cao': 'dashboard',
  dashboard: 'dashboard',
  ketqua: 'outcomes',
  'ket qua': 'outcomes',
  outcomes: 'outcomes',
};

/** Commands that may carry words after them: "/start CODE", "/nhom Mèo Vạc", "/nhom dung", "/thongke 2026". */
const WITH_ARGUMENTS = new Set<GlobalCommand>(['start', 'group', 'stats']);

/** The flow each command opens (commands not listed are handled by the engine itself). */
export const COMMAND_FLOWS: Partial<Record<GlobalCommand, string>> = {
  register: 'registration',
  alerts: 'alerts',
  erase: 'erase',
  post: 'posting',
  review: 'review',
  search: 'search',
  broadcast: 'broadcast',
  group: 'group',
  language: 'language',
  my_vacancies: 'vacancies',
  stats: 'stats',
  dashboard: 'dashboard',
  outcomes: 'outcomes',
};

/** The flow each main-menu choice opens. */
export const MENU_FLOWS: Readonly<Record<string, string>> = {
  'menu.register': 'registration',
  'menu.search': 'search',
  'menu.employer': 'posting',
};

/** The words after a command that takes them ("/nhom Mèo Vạc" → "Mèo Vạc"), or null. */
export function commandArgument(text: string | null): string | null {
  if (text === null) return null;
  // Only a slash command's first word names the command: "bat dau" is one command, not "bat" + "dau".
  const match = /^\/(\S+)\s+(.+)$/su.exec(text.trim());
  const command = match ? COMMANDS[fold((match[1] ?? '').replace(/@\S+/, ''))] : undefined;
  return match && command && WITH_ARGUMENTS.has(command) ? (match[2] ?? '').trim() || null : null;
}

/** The command in a message, if the whole message is one: "/start", "/start@Bot", "Dừng", "huỷ". */
export function globalCommand(text: string | null): GlobalCommand | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (trimmed.length > 40) return null;
  const withoutSlash = trimmed.replace(/^\//, '').replace(/@\S+/, '');
  const folded = fold(withoutSlash);
  // "dung" is both "dừng" (stop) and "đúng" (right): only the accented word or the slash command stops.
  if (folded === 'dung') return trimmed.startsWith('/') || /dừng/i.test(withoutSlash.normalize('NFC')) ? 'stop' : null;
  // "/start CODE" (an invite) is still a start; "/nhom Mèo Vạc" is still /nhom
  const first = COMMANDS[folded.split(' ')[0] ?? ''];
  if (trimmed.startsWith('/') && first && WITH_ARGUMENTS.has(first)) return first;
  return COMMANDS[folded] ?? null;
}
