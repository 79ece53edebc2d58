import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of the simulator: its web page, its HTTP refusals and sign-in, and the terminal client
 * (scripts/chat.ts).
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  // simulator.page: The simulator page (src/channels/simulator/public/), served as /simulator/i18n.json
  'simulator.page.title': 'Thử trò chuyện với bot Kết Nối Việc Làm',
  'simulator.page.intro':
    'Mỗi khung là một người dùng. Thêm vài người (người lao động, nhà tuyển dụng, cán bộ) để thử cùng lúc. Chỉ chạy trên máy này, không gửi gì tới Zalo hay Telegram.',
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
  'simulator.page.too_many':
    'Tối đa {max} người dùng trên một trang (giới hạn kết nối của trình duyệt). Hãy đóng bớt một khung.',
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
  'simulator.error.body_invalid': 'Nội dung phải là một đối tượng JSON.',
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
  'simulator.cli.usage':
    'Cách dùng: npm run chat -- --as TÊN [--new] [--url http://localhost:3000] [--lang vi|en] (SIMULATOR_TOKEN lấy từ môi trường)',
  'simulator.cli.missing_as': 'Thiếu --as TÊN: bạn muốn trò chuyện với tư cách ai? Ví dụ: npm run chat -- --as Lan',
  'simulator.cli.unknown_option': 'Không hiểu tuỳ chọn {option}.',
  'simulator.cli.bad_url': 'Địa chỉ --url không hợp lệ: {url}',
  'simulator.cli.unreachable': 'Không kết nối được tới {url} ({reason}). Máy chủ đã chạy chưa? Thử: npm start',
  'simulator.cli.no_simulator': '{url} trả lời {status}: máy chủ này không bật trình mô phỏng (đặt SIMULATOR=1).',
  'simulator.cli.connected': 'Đã kết nối với tư cách {name}. Gõ tin nhắn rồi Enter; /quit hoặc Ctrl-D để thoát.',
  'simulator.cli.bot': 'Bot:',
  'simulator.cli.send_failed': 'Chưa gửi được: {reason}',
  'simulator.cli.disconnected': 'Mất kết nối với máy chủ.',
  // simulator (issue 11): sessions, SIMULATOR_TOKEN's login form, limits (src/http/simulator/, scripts/chat.ts)
  'simulator.page.chat_id': 'Mã trò chuyện: {id}',
  'simulator.page.chat_id_hint':
    'Để cấp vai trò cho người này: npm run cli -- grant --channel simulator --chat {id} --role official --allow-simulator',
  'simulator.page.add_failed': 'Chưa thêm được người dùng: {reason}',
  'simulator.page.stream_failed': 'Chưa mở được kết nối: {reason}',
  'simulator.page.logout': 'Đăng xuất',
  'simulator.error.session_missing': 'Thiếu mã phiên (session). Hãy thêm người dùng trước (POST /simulator/sessions).',
  'simulator.error.session_invalid': 'Mã phiên (session) không hợp lệ.',
  'simulator.error.name_missing': 'Thiếu tên người dùng (name).',
  'simulator.error.name_too_long': 'Tên người dùng dài quá {max} ký tự.',
  'simulator.error.name_invalid': 'Tên người dùng (name) phải là chữ, không có ký tự điều khiển.',
  'simulator.error.rate_limited': 'Bạn thao tác nhanh quá. Vui lòng đợi {seconds} giây rồi thử lại.',
  'simulator.error.too_many_streams_ip':
    'Máy này đã mở {max} kết nối tới trình mô phỏng, không mở thêm được. Hãy đóng bớt khung hoặc cửa sổ.',
  'simulator.error.too_many_streams_total': 'Trình mô phỏng đang có quá nhiều kết nối. Vui lòng thử lại sau ít phút.',
  'simulator.error.token_needed':
    'Cần mã truy cập trình mô phỏng: đăng nhập trên trang, hoặc gửi "Authorization: Bearer <SIMULATOR_TOKEN>".',
  'simulator.error.token_wrong': 'Mã truy cập trình mô phỏng không đúng.',
  'simulator.error.cross_site': 'Yêu cầu đến từ một trang web khác nên bị từ chối.',
  'simulator.login.title': 'Đăng nhập trình mô phỏng',
  'simulator.login.text': 'Trình mô phỏng trên máy chủ này cần mã truy cập. Hãy hỏi người quản trị mã SIMULATOR_TOKEN.',
  'simulator.login.label': 'Mã truy cập',
  'simulator.login.button': 'Đăng nhập',
  'simulator.login.wrong': 'Mã truy cập không đúng. Vui lòng thử lại.',
  'simulator.login.other_language': 'English',
  'simulator.cli.chat_id': 'Mã trò chuyện: {id} (thêm --new để bắt đầu lại như một người mới).',
  'simulator.cli.token_needed': '{url} cần mã truy cập: đặt SIMULATOR_TOKEN trong môi trường rồi chạy lại.',
  'simulator.cli.token_wrong': '{url} không nhận SIMULATOR_TOKEN này.',
  'simulator.cli.refused': '{url} từ chối: {reason}',
  'simulator.cli.sessions_unsaved': 'Không lưu được phiên vào {file} ({reason}); lần sau {name} sẽ là một người mới.',
} as const;

const en: Messages<typeof vi>['en'] = {
  // simulator
  // simulator.page
  'simulator.page.title': 'Try the Kết Nối Việc Làm bot',
  'simulator.page.intro':
    'Each pane is one person. Add a few (a worker, an employer, an official) to try them side by side. Runs on this machine only; nothing goes to Zalo or Telegram.',
  'simulator.page.switch_language': 'Tiếng Việt',
  'simulator.page.switch_language_hint': 'Show this page in Vietnamese',
  'simulator.page.add_label': "Person's name",
  'simulator.page.add_placeholder': 'For example: Lan',
  'simulator.page.add_button': 'Add person',
  'simulator.page.suggestions_label': 'Quick add:',
  'simulator.page.suggestion.worker': 'Lan',
  'simulator.page.suggestion.employer': 'Cty May Phổ Yên',
  'simulator.page.suggestion.official': 'Cán bộ Hùng',
  'simulator.page.name_missing': 'Please type a name.',
  'simulator.page.name_too_long': 'The name is longer than {max} characters.',
  'simulator.page.too_many': 'At most {max} people per page (a browser connection limit). Close a pane first.',
  'simulator.page.empty': 'Nobody here yet. Add a person to start chatting.',
  'simulator.page.pane_log': "{name}'s conversation",
  'simulator.page.pane_close': "Close {name}'s pane",
  'simulator.page.message_label': 'Message from {name}',
  'simulator.page.message_placeholder': 'Type a message or a number, e.g. 1',
  'simulator.page.send': 'Send',
  'simulator.page.hint': 'Type /start and press Send to begin.',
  'simulator.page.from_user': '{name} wrote',
  'simulator.page.from_bot': 'The bot replied',
  'simulator.page.choices': 'Choices in the latest message',
  'simulator.page.image_link': 'Open the attached image',
  'simulator.page.status.connecting': 'Connecting…',
  'simulator.page.status.connected': 'Connected',
  'simulator.page.status.reconnecting': 'Connection lost, retrying…',
  'simulator.page.send_failed': 'Not sent: {reason}',
  'simulator.page.server_unreachable': 'the server cannot be reached',
  // simulator.error
  'simulator.error.body_invalid': 'The body must be a JSON object.',
  'simulator.error.not_json': 'The body is not valid JSON (Content-Type: application/json is required).',
  'simulator.error.too_large': 'The body is too large.',
  'simulator.error.user_missing': "The person's name (user) is missing.",
  'simulator.error.user_too_long': 'The name (user) is longer than {max} characters.',
  'simulator.error.user_invalid': 'The name (user) must be plain text without control characters.',
  'simulator.error.text_invalid': 'The message (text) must be plain text without control characters.',
  'simulator.error.text_too_long': 'The message is longer than {max} characters.',
  'simulator.error.choice_invalid': 'The choice (choiceId) is not valid.',
  'simulator.error.empty': 'The message is empty: send text or a choiceId.',
  // simulator.cli
  'simulator.cli.usage':
    'Usage: npm run chat -- --as NAME [--new] [--url http://localhost:3000] [--lang vi|en] (SIMULATOR_TOKEN is read from the environment)',
  'simulator.cli.missing_as': 'Missing --as NAME: who are you chatting as? For example: npm run chat -- --as Lan',
  'simulator.cli.unknown_option': 'Unknown option {option}.',
  'simulator.cli.bad_url': 'Not a valid --url: {url}',
  'simulator.cli.unreachable': 'Cannot reach {url} ({reason}). Is the server running? Try: npm start',
  'simulator.cli.no_simulator': '{url} answered {status}: this server does not run the simulator (set SIMULATOR=1).',
  'simulator.cli.connected': 'Connected as {name}. Type a message and press Enter; /quit or Ctrl-D to leave.',
  'simulator.cli.bot': 'Bot:',
  'simulator.cli.send_failed': 'Not sent: {reason}',
  'simulator.cli.disconnected': 'Lost the connection to the server.',
  // simulator (issue 11)
  'simulator.page.chat_id': 'Chat id: {id}',
  'simulator.page.chat_id_hint':
    'To give this person a role: npm run cli -- grant --channel simulator --chat {id} --role official --allow-simulator',
  'simulator.page.add_failed': 'Could not add the person: {reason}',
  'simulator.page.stream_failed': 'Could not connect: {reason}',
  'simulator.page.logout': 'Sign out',
  'simulator.error.session_missing': 'The session is missing. Add the person first (POST /simulator/sessions).',
  'simulator.error.session_invalid': 'The session is not valid.',
  'simulator.error.name_missing': "The person's name (name) is missing.",
  'simulator.error.name_too_long': 'The name is longer than {max} characters.',
  'simulator.error.name_invalid': 'The name must be plain text without control characters.',
  'simulator.error.rate_limited': 'That was a bit fast. Please wait {seconds} seconds and try again.',
  'simulator.error.too_many_streams_ip':
    'This machine already has {max} connections to the simulator open. Close a pane or a window first.',
  'simulator.error.too_many_streams_total':
    'The simulator has too many connections right now. Please try again in a few minutes.',
  'simulator.error.token_needed':
    'The simulator needs its access token: sign in on the page, or send "Authorization: Bearer <SIMULATOR_TOKEN>".',
  'simulator.error.token_wrong': 'Wrong simulator access token.',
  'simulator.error.cross_site': 'This request came from another website and was refused.',
  'simulator.login.title': 'Sign in to the simulator',
  'simulator.login.text':
    'The simulator on this server needs an access token. Ask the administrator for SIMULATOR_TOKEN.',
  'simulator.login.label': 'Access token',
  'simulator.login.button': 'Sign in',
  'simulator.login.wrong': 'That access token is not right. Please try again.',
  'simulator.login.other_language': 'Tiếng Việt',
  'simulator.cli.chat_id': 'Chat id: {id} (add --new to start over as a new person).',
  'simulator.cli.token_needed': '{url} needs an access token: set SIMULATOR_TOKEN in the environment and run again.',
  'simulator.cli.token_wrong': '{url} does not accept this SIMULATOR_TOKEN.',
  'simulator.cli.refused': '{url} refused: {reason}',
  'simulator.cli.sessions_unsaved':
    'Could not save the session in {file} ({reason}); next time {name} will be a new person.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
