import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * What a learner hears after signing up: enrolment confirmed, the course completed (and the trade added to their
 * profile, with the matching vacancies at once), and 60 days later whether they work in the trade.
 */
const vi = {
  'course_outcome.enrolled': '🎓 Bạn đã được nhận vào lớp «{title}» — {provider}.',
  'course_outcome.enrolled_starts': 'Khai giảng {date}. Chúc bạn học tốt!',
  'course_outcome.completed': '🎉 Chúc mừng bạn đã hoàn thành khoá «{title}»!',
  'course_outcome.trade_question': 'Thêm nghề {trade} vào hồ sơ để nhận tin việc làm?',
  'course_outcome.yes': 'Có',
  'course_outcome.no': 'Không',
  'course_outcome.trade_added': '✅ Đã thêm nghề {trade} vào hồ sơ. Bạn sẽ nhận tin việc làm nghề này.',
  'course_outcome.trade_declined':
    'Được rồi, hồ sơ của bạn giữ nguyên. Bạn có thể đổi nghề bất cứ lúc nào bằng /theodoi.',
  'course_outcome.no_profile': 'Bạn chưa có hồ sơ tìm việc. Đăng ký để nhận tin việc làm nghề {trade}:',
  'course_outcome.gone': 'Khoá học này không còn ở trạng thái hoàn thành, nên mình chưa ghi gì. Cảm ơn bạn.',
  'course_outcome.followup_context': 'Hai tháng trước bạn đã hoàn thành khoá «{title}».',
  'course_outcome.followup_question': 'Bạn có đang làm nghề {trade} không?',
  'course_outcome.works_yes': 'Có',
  'course_outcome.works_no': 'Chưa',
  'course_outcome.thanks_works': '🎉 Thật tốt! Cảm ơn bạn đã cho mình biết.',
  'course_outcome.thanks_not_yet': 'Cảm ơn bạn đã cho biết. Mình sẽ tiếp tục gửi việc làm phù hợp cho bạn.',
  'course_outcome.search': 'Tìm việc',
} as const;

/** Exactly vi's keys: a missing or extra one does not compile. */
const en: Messages<typeof vi>['en'] = {
  'course_outcome.enrolled': '🎓 You have been accepted on «{title}» — {provider}.',
  'course_outcome.enrolled_starts': 'It starts on {date}. Good luck with your studies!',
  'course_outcome.completed': '🎉 Congratulations on completing «{title}»!',
  'course_outcome.trade_question': 'Add {trade} to your profile to get job alerts for it?',
  'course_outcome.yes': 'Yes',
  'course_outcome.no': 'No',
  'course_outcome.trade_added': '✅ {trade} is now on your profile. You will get jobs in this trade.',
  'course_outcome.trade_declined':
    'All right, your profile stays as it is. You can change your trades any time with /theodoi.',
  'course_outcome.no_profile': 'You have no job-seeker profile yet. Register to get jobs in {trade}:',
  'course_outcome.gone': 'This course is no longer marked as completed, so nothing was recorded. Thank you.',
  'course_outcome.followup_context': 'Two months ago you completed «{title}».',
  'course_outcome.followup_question': 'Are you working as {trade} now?',
  'course_outcome.works_yes': 'Yes',
  'course_outcome.works_no': 'Not yet',
  'course_outcome.thanks_works': '🎉 Great! Thank you for letting us know.',
  'course_outcome.thanks_not_yet': 'Thank you for letting us know. We will keep sending you jobs that fit.',
  'course_outcome.search': 'Find work',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
