import { type Messages, translator } from '../kernel/i18n/index.ts';

/**
 * The messages of the funnel report (the CLI, /thongke and the dashboard): measures, breakdowns, notes, table headers.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'funnel.measure.registered': 'Đăng ký mới',
  'funnel.measure.totalAtEnd': 'Tổng đăng ký cuối kỳ',
  'funnel.measure.activeAtEnd': 'Đang nhận tin cuối kỳ',
  'funnel.measure.stopped': 'Dừng nhận tin',
  'funnel.measure.deleted': 'Xoá dữ liệu',
  'funnel.measure.counselled': 'Được tư vấn',
  'funnel.measure.vacanciesApproved': 'Tin tuyển dụng được duyệt',
  'funnel.measure.headcountApproved': 'Chỉ tiêu tuyển dụng',
  'funnel.measure.employers': 'Nhà tuyển dụng',
  'funnel.measure.alertsDelivered': 'Tin việc đã gửi',
  'funnel.measure.interested': 'Quan tâm',
  'funnel.measure.introduced': 'Được giới thiệu việc làm',
  'funnel.measure.hired': 'Kết nối thành công',
  'funnel.measure.broadcasts': 'Thông báo đã phát',
  'funnel.measure.broadcastReach': 'Lượt nhận thông báo',
  'funnel.measure.broadcastReplies': 'Người phản hồi thông báo',
  'funnel.measure.events': 'Phiên việc làm, họp thôn',
  'funnel.measure.meetingAttendees': 'Người tham dự phiên, họp',
  'funnel.breakdown.priority_group': 'Theo nhóm ưu tiên',
  'funnel.breakdown.sex': 'Theo giới tính',
  'funnel.breakdown.age_band': 'Theo nhóm tuổi',
  'funnel.breakdown.occupation': 'Theo nghề',
  'funnel.breakdown.former_district': 'Theo huyện cũ',
  'funnel.breakdown.month': 'Theo tháng',
  'funnel.age.under_15': 'Dưới 15',
  'funnel.age.15_24': '15–24',
  'funnel.age.25_34': '25–34',
  'funnel.age.35_44': '35–44',
  'funnel.age.45_54': '45–54',
  'funnel.age.55_plus': 'Từ 55',
  'funnel.age.unknown': 'Không rõ năm sinh',
  'funnel.sex.female': 'Nữ',
  'funnel.sex.male': 'Nam',
  'funnel.sex.unknown': 'Không khai',
  'funnel.total': 'Tổng',
  'funnel.note.small_cells':
    'Số người từ 1 đến 4 hiện là "<5"; một số ô khác cũng được ẩn để không suy ra được các ô đó từ tổng.',
  'funnel.note.priority_group': 'Chỉ tính người đồng ý khai diện ưu tiên; một người có thể thuộc nhiều nhóm.',
  'funnel.note.former_district':
    'Một xã mới có thể thuộc nhiều huyện cũ: người ở xã đó được tính ở mỗi huyện, nên tổng các dòng có thể lớn hơn tổng chung.',
  'funnel.note.occupation': 'Người lao động được tính ở mỗi nghề họ chọn; tin tuyển dụng theo nghề của tin.',
  'funnel.note.counselled':
    'Được tư vấn: người hoàn tất đăng ký trong kỳ, hoặc được cán bộ xử lý hồ sơ ứng tuyển trong kỳ.',
  'funnel.note.broadcast_replies': 'Người phản hồi: người nhận nhắn cho bot trong 48 giờ sau khi nhận thông báo.',
  'dashboard.table.by_province': 'Theo tỉnh, thành phố',
  'dashboard.table.by_commune': 'Theo xã, phường',
  'dashboard.column.code': 'Mã',
  'dashboard.column.province': 'Tỉnh, thành phố',
  'dashboard.column.commune': 'Xã, phường',
  'dashboard.column.group': 'Nhóm',
} as const;

const en: Messages<typeof vi>['en'] = {
  // funnel (src/reporting/funnel.ts)
  'funnel.measure.registered': 'Registered',
  'funnel.measure.totalAtEnd': 'Total at end',
  'funnel.measure.activeAtEnd': 'Active at end',
  'funnel.measure.stopped': 'Stopped',
  'funnel.measure.deleted': 'Deleted',
  'funnel.measure.counselled': 'Counselled',
  'funnel.measure.vacanciesApproved': 'Vacancies approved',
  'funnel.measure.headcountApproved': 'Headcount',
  'funnel.measure.employers': 'Employers',
  'funnel.measure.alertsDelivered': 'Alerts delivered',
  'funnel.measure.interested': 'Interested',
  'funnel.measure.introduced': 'Introduced',
  'funnel.measure.hired': 'Hired',
  'funnel.measure.broadcasts': 'Broadcasts',
  'funnel.measure.broadcastReach': 'Broadcast reach',
  'funnel.measure.broadcastReplies': 'Broadcast replies',
  'funnel.measure.events': 'Events',
  'funnel.measure.meetingAttendees': 'Meeting attendees',
  'funnel.breakdown.priority_group': 'By priority group',
  'funnel.breakdown.sex': 'By sex',
  'funnel.breakdown.age_band': 'By age band',
  'funnel.breakdown.occupation': 'By occupation',
  'funnel.breakdown.former_district': 'By former district',
  'funnel.breakdown.month': 'By month',
  'funnel.age.under_15': 'Under 15',
  'funnel.age.15_24': '15–24',
  'funnel.age.25_34': '25–34',
  'funnel.age.35_44': '35–44',
  'funnel.age.45_54': '45–54',
  'funnel.age.55_plus': '55 and over',
  'funnel.age.unknown': 'Birth year not given',
  'funnel.sex.female': 'Female',
  'funnel.sex.male': 'Male',
  'funnel.sex.unknown': 'Not given',
  'funnel.total': 'Total',
  'funnel.note.small_cells':
    'Counts of 1 to 4 people show as "<5"; some other cells are hidden too, so those cannot be worked out from the totals.',
  'funnel.note.priority_group':
    'Only people who agreed to give their priority status; one person can be in several groups.',
  'funnel.note.former_district':
    'A new commune can lie in several former districts: its people count in each, so the rows can add up to more than the total.',
  'funnel.note.occupation': 'Workers count under every trade they chose; vacancies under their own trade.',
  'funnel.note.counselled':
    'Counselled: people who completed registration in the period, or whose application an official handled in the period.',
  'funnel.note.broadcast_replies': 'Replies: recipients who wrote to the bot within 48 hours of receiving a broadcast.',
  'dashboard.table.by_province': 'By province',
  'dashboard.table.by_commune': 'By commune',
  'dashboard.column.code': 'Code',
  'dashboard.column.province': 'Province',
  'dashboard.column.commune': 'Commune',
  'dashboard.column.group': 'Group',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
