import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of /nhom, a group chat subscribed to a commune or province.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'group.command': 'Cho nhóm chat nhận tin (gõ trong nhóm)',
  'menu.group': 'Nhóm chat nhận tin',
  'group.private_help':
    'Lệnh /nhom dùng trong nhóm chat (ví dụ nhóm Zalo của thôn, bản): nhóm sẽ nhận tin việc làm và thông báo của một xã hoặc tỉnh.',
  'group.how_to.telegram':
    'Cách làm: thêm mình vào nhóm (mở trang của mình, chọn "Thêm vào nhóm"), rồi trong nhóm gõ /nhom <tên xã hoặc tỉnh>, ví dụ: /nhom Lũng Cú.',
  'group.how_to.zalo':
    'Cách làm: trưởng nhóm mở đường link mời bot (xin cán bộ) và chọn "Thêm bot vào nhóm". Rồi trong nhóm gõ @ tên bot kèm /nhom <tên xã hoặc tỉnh>, ví dụ: /nhom Lũng Cú.',
  'group.how_to.simulator':
    'Cách làm: thêm mình vào nhóm, rồi trong nhóm gõ /nhom <tên xã hoặc tỉnh>, ví dụ: /nhom Lũng Cú.',
  'group.who.admins': 'Cán bộ hoặc quản trị viên của nhóm mới đăng ký được.',
  'group.who.officials': 'Trên Zalo, chỉ cán bộ mới đăng ký được (Zalo chưa cho mình biết ai quản trị nhóm).',
  'group.status.subscribed': '📢 Nhóm đang nhận tin việc làm của {region}.',
  'group.status.none': 'Nhóm chưa đăng ký nhận tin việc làm.',
  'group.usage': 'Gõ /nhom <tên xã hoặc tỉnh> để đăng ký, ví dụ: /nhom Lũng Cú. Gõ /nhom dung để dừng.',
  'group.subscribed': '✅ Đã đăng ký: nhóm sẽ nhận tin việc làm và thông báo của {region}. Gõ /nhom dung để dừng.',
  'group.changed': '✅ Đã đổi: nhóm nay nhận tin của {region} (thay cho {previous}).',
  'group.already': 'Nhóm đã nhận tin của {region} rồi.',
  'group.stopped': 'Đã dừng: nhóm không nhận tin của {region} nữa. Gõ /nhom <tên xã hoặc tỉnh> để đăng ký lại.',
  'group.not_subscribed': 'Nhóm chưa đăng ký nhận tin nên không có gì để dừng.',
  'group.not_found': 'Mình chưa tìm thấy nơi tên "{typed}". Bạn gõ lại tên xã hoặc tỉnh, ví dụ: /nhom Lũng Cú.',
  'group.pick.question': 'Nhóm nhận tin của nơi nào?',
  'group.pick.prompt_named': 'Mời {name} trả lời tin này bằng một số, ví dụ: 1',
  'group.pick.prompt': 'Mời người vừa gõ lệnh trả lời tin này bằng một số, ví dụ: 1',
  /** A whole province offered beside its communes: "Cả tỉnh Tuyên Quang". */
  'group.pick.province': 'Cả {region}',
  'group.pick.miss': 'Số này không có trong danh sách. Bạn trả lời bằng một số trong danh sách, ví dụ: 1.',
  'group.pick.expired': 'Danh sách chọn đã hết hạn. Bạn gõ lại /nhom <tên xã hoặc tỉnh> nhé.',
  'group.region.commune': '{commune} ({province})',
  'group.region.province': 'tỉnh {province}',
  'group.region.city': 'thành phố {province}',
  'group.refused.outside_scope': 'Xin lỗi, {region} nằm ngoài địa bàn của bạn ({area}).',
  'group.refused.not_allowed':
    'Xin lỗi, chỉ cán bộ hoặc quản trị viên của nhóm mới đăng ký hay dừng nhận tin cho nhóm được.',
  'group.refused.officials_only': 'Xin lỗi, ở đây chỉ cán bộ mới đăng ký hay dừng nhận tin cho nhóm được.',
  'group.refused.officials_only_zalo':
    'Xin lỗi, trên Zalo chỉ cán bộ mới đăng ký hay dừng nhận tin cho nhóm được (Zalo chưa cho mình biết ai quản trị nhóm).',
  'group.whole_country': 'cả nước',
} as const;

const en: Messages<typeof vi>['en'] = {
  'group.command': 'Alerts for a group chat (type it in the group)',
  'menu.group': 'Group chat alerts',
  // group
  'group.private_help':
    "/nhom works in a group chat (say a village's Zalo group): the group then receives the vacancies and announcements of a commune or province.",
  'group.how_to.telegram':
    'How: add me to the group (open my profile, choose "Add to Group"), then type in the group /nhom <commune or province>, for example: /nhom Lũng Cú.',
  'group.how_to.zalo':
    'How: the group owner opens the bot\'s invite link (ask an official for it) and confirms "Add bot to group". Then type in the group @ the bot\'s name with /nhom <commune or province>, for example: /nhom Lũng Cú.',
  'group.how_to.simulator':
    'How: add me to the group, then type in the group /nhom <commune or province>, for example: /nhom Lũng Cú.',
  'group.who.admins': "Officials and the group's admins can do it.",
  'group.who.officials': 'On Zalo only officials can do it (Zalo does not tell me who runs a group).',
  'group.status.subscribed': '📢 This group receives the vacancies of {region}.',
  'group.status.none': 'This group does not receive vacancies yet.',
  'group.usage': 'Type /nhom <commune or province> to subscribe, for example: /nhom Lũng Cú. Type /nhom stop to stop.',
  'group.subscribed':
    '✅ Done: this group will receive the vacancies and announcements of {region}. Type /nhom stop to stop.',
  'group.changed': '✅ Changed: this group now receives {region} (instead of {previous}).',
  'group.already': 'This group already receives {region}.',
  'group.stopped':
    'Stopped: this group no longer receives {region}. Type /nhom <commune or province> to subscribe again.',
  'group.not_subscribed': 'This group is not subscribed, so there is nothing to stop.',
  'group.not_found':
    'I could not find a place called "{typed}". Please type a commune or province, for example: /nhom Lũng Cú.',
  'group.pick.question': 'Which place should this group follow?',
  'group.pick.prompt_named': '{name}, please reply to this message with a number, for example: 1',
  'group.pick.prompt': 'Whoever typed the command, please reply to this message with a number, for example: 1',
  'group.pick.province': 'All of {region}',
  'group.pick.miss': 'That number is not in the list. Please reply with a number from the list, for example: 1.',
  'group.pick.expired': 'The list has expired. Please type /nhom <commune or province> again.',
  'group.region.commune': '{commune} ({province})',
  'group.region.province': '{province} province',
  'group.region.city': '{province} city',
  'group.refused.outside_scope': 'Sorry, {region} is outside your area ({area}).',
  'group.refused.not_allowed': "Sorry, only officials and the group's admins can subscribe or stop this group.",
  'group.refused.officials_only': 'Sorry, here only officials can subscribe or stop a group.',
  'group.refused.officials_only_zalo':
    'Sorry, on Zalo only officials can subscribe or stop a group (Zalo does not tell me who runs a group).',
  'group.whole_country': 'the whole country',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
