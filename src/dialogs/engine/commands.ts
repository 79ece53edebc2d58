import { fold } from '../../core/fold.ts';

/**
 * Commands that work from anywhere, in a flow or not, with or without the slash and accents
 * ("/huy", "huỷ", "HUY"; "STOP", "dừng"). Vietnamese and English names, as in PRODUCT.md.
 */
export type GlobalCommand = 'start' | 'menu' | 'cancel' | 'help' | 'stop' | 'register' | 'alerts' | 'erase' | 'post' | 'review' | 'stats' | 'later';

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
  // Flows that arrive with later work: named here so they are understood, and answered honestly.
  timviec: 'later',
  jobs: 'later',
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
  phatsong: 'later',
  broadcast: 'later',
  thongke: 'stats',
  'thong ke': 'stats',
  stats: 'stats',
  nhom: 'later',
  group: 'later',
};

/** The command in a message, if the whole message is one: "/start", "/start@Bot", "Dừng", "huỷ". */
export function globalCommand(text: string | null): GlobalCommand | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (trimmed.length > 40) return null;
  const withoutSlash = trimmed.replace(/^\//, '').replace(/@\S+/, '');
  const folded = fold(withoutSlash);
  // "dung" is both "dừng" (stop) and "đúng" (right): only the accented word or the slash command stops.
  if (folded === 'dung') return trimmed.startsWith('/') || /dừng/i.test(withoutSlash.normalize('NFC')) ? 'stop' : null;
  // "/start CODE" (an invite) is still a start
  const first = folded.split(' ')[0] ?? '';
  if (trimmed.startsWith('/') && COMMANDS[first] === 'start') return 'start';
  return COMMANDS[folded] ?? null;
}
