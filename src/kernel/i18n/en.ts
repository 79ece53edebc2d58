/**
 * The kernel's English messages. `satisfies Catalogue` makes a missing key or an extra key a type error;
 * test/unit/kernel/i18n.test.ts also checks the keys and that every placeholder of `vi` is used here.
 */
import type { Catalogue } from './vi.ts';

export const en = {
  // wage
  'wage.unit.million': 'million VND',
  'wage.currency.VND': 'VND',
  'wage.currency.USD': 'USD',
  'wage.currency.JPY': 'yen',
  'wage.currency.KRW': 'won',
  'wage.currency.TWD': 'TWD',
  'wage.currency.OTHER': '(foreign currency)',
  'wage.period.month': 'month',
  'wage.period.day': 'day',
  'wage.period.hour': 'hour',
  'wage.period.shift': 'shift',
  'wage.period.piece': 'piece',
  'wage.amount': '{amount} {unit}',
  'wage.range': '{min}–{max}',
  'wage.per_period': '{amount}/{period}',
  'wage.bound.from': 'From {amount}',
  'wage.bound.up_to': 'Up to {amount}',
  'wage.negotiable': 'Negotiable',
  'wage.negotiable_with_amount': '{wage} (negotiable)',
  'wage.piece_rate': 'Piece rate',
  'wage.unknown': 'Not stated',

  // wage.flag
  'wage.region': 'region {region}',
  'wage.flag.below_minimum': '{value} is below the {region} minimum wage of {limit}',
  'wage.flag.below_minimum.no_region': '{value} is below the minimum wage of {limit}',
  'wage.flag.implausibly_high': '{value} is unusually high (threshold {limit}); a sign of "easy work, high pay" scams',
  'wage.flag.with_basis': '{text} ({basis})',
  'wage.flag.basis.daily': 'monthly ÷ {days} days',
  'wage.flag.basis.decree': 'Decree {number}',
  'wage.flag.basis.both': '{first}; {second}',

  // home
  'home.welcome':
    'Hello! This is the automated assistant of the Employment Service Centre.\nI help you find work near home and tell you about new vacancies.',
  'home.reply_with_number': 'Reply with a number, for example: 1',
  'home.help':
    'I am an automated assistant: I help you find work near home and post vacancies.\nType 0 for the menu at any time.\n⚠️ Never pay any fee to get a job.',
  'home.not_understood': 'Sorry, I did not understand. Please choose an item below.',
  'home.not_ready':
    'This part is still being finished; please come back in a few days. Meanwhile you can read the guide.',
  'home.text_only': 'I can only read text and numbers. Please type one of the numbers below.',
  'menu.register': 'Get job alerts',
  'menu.help': 'Guide',
  'help.group.worker': 'Finding work:',
  'help.group.employer': 'Employers:',
  'help.group.provider': 'Training providers:',
  'help.group.official': 'Officials:',
  'help.command_line': '/{command} – {description}',
  'help.command.help': 'Guide and commands',
  'help.command.cancel': 'Cancel what you are doing',
  'help.command.stop': 'Stop all messages',
  // inbound
  'inbound.flood_notice':
    'You are sending messages very fast, so I need a short break. Please write again in a minute.',
  'inbound.error': 'Sorry, something went wrong on my side. Please try again in a few minutes.',
  // engine
  'engine.cancelled': 'Cancelled. You can start again at any time.',
  'engine.third_miss': 'This question seems hard to answer. Type /cancel to stop, or choose an item below.',
  'engine.way_out': 'Type 0 for the menu, /cancel to stop.',
  'engine.stopped': 'All messages are stopped. To get them again, type /start.',
  'engine.choose_numbers': 'Type the numbers, for example: 1 3',
  'engine.private_only': 'In a group I only post announcements. Please message me privately to register.',
  // engine (issue 11): an answer longer than its step takes (src/engine/answer-limit.ts)
  'engine.too_long': 'That answer is too long ({length} characters, at most {max}). Please write it shorter.',
  // engine (issue 13): what a person asks for in their own words (src/engine/intents.ts, open-intent.ts)
  'intent.which': 'Which would you like to do?',
  'intent.which_prompt': 'Reply with a number, for example: 1. Send 0 for the menu.',
  'intent.stop': 'Stop messages',
  'intent.stop_confirm': 'Do you want to stop all messages from me?',
  'intent.stop_yes': 'Yes, stop messages',
  'intent.stop_no': 'No, keep them',
  'intent.stop_kept': 'I will keep sending you messages as before.',
  // registration: place picks (shared) and priority group names; the rest is in src/features/registration/
  'registration.pick.several': 'Several places are called "{typed}".',
  'registration.pick.former': 'The former {district} ({province}) is now {count} {unit}.',
  'registration.pick.fuzzy': 'I could not find a place called "{typed}". Did you mean:',
  'registration.pick.more': 'Not in the list? Type the commune with its province, for example: Văn Lang Thái Nguyên.',
  'registration.pick.place': '{commune} ({province})',
  'registration.pick.district': 'Former {district} ({province}, {count} {unit})',
  'registration.pick.province': 'Somewhere else in {province}',
  'registration.unit.commune': 'communes',
  'registration.unit.ward': 'wards',
  'registration.unit.mixed': 'communes/wards',
  'registration.priority.group.poor': 'Poor household',
  'registration.priority.group.near_poor': 'Near-poor household',
  'registration.priority.group.newly_out_of_poverty': 'Household newly out of poverty',
  'registration.priority.group.ethnic_minority': 'Ethnic minority',
  'registration.priority.group.disability': 'Person with a disability',
  // alerts: the person's profile as registration and /alerts show it
  'alerts.paused_note': '⏸ Paused: you receive no new alerts.',
  'alerts.summary.heading': 'Your details:',
  'alerts.summary.when': 'Work: {reach} · Alerts: {frequency}',
  'alerts.summary.person': '👤 {name} · Born: {year}',
  'alerts.summary.contact': '☎️ {phone} · Priority status: {priority}',
  'alerts.summary.no_name': 'No name yet',
  'alerts.summary.no_phone': 'No number yet',
  'alerts.priority.declared': 'declared',
  'alerts.priority.not_declared': 'not declared',
  'alerts.summary.occupations_wage_floor': 'Work: {occupations} · Pay from {amount}',
  // posting.preview: a vacancy as an employer and the officials see it
  'posting.preview.heading': 'Preview of your vacancy (type of work: {occupation}):',
  'posting.preview.title': '{title} — {employer}',
  'posting.preview.title_verified': '{title} — {employer} ✅ Verified',
  'posting.preview.place': '📍 {commune}, {province}',
  'posting.preview.facts': '💰 {wage} · {headcount} people needed · 📅 Until {deadline}',
  'posting.preview.requirements': 'Requirements: {requirements}',
  'posting.preview.contact': '☎️ {contact}',
  // application steps, an employer's applicants, /outcomes, sex in /alerts
  'application.status.interested': 'interested',
  'application.status.introduced': 'introduced',
  'application.status.offered': 'offered the job',
  'application.status.hired': 'hired',
  'application.status.not_hired': 'not hired',
  'application.status.withdrawn': 'withdrawn',
  'application.status.not_suitable': 'not suitable',
  'alerts.summary.person_sex': '👤 {name} · Born: {year} · {sex}',
  // invite
  'invite.accepted': 'Welcome! You now have the {role} role for {region}.',
  'invite.whole_country': 'the whole country',
  'invite.unknown': 'That invite code is not right. Please check it, or ask whoever sent it.',
  'invite.used': 'That invite code has been used already. Please ask for a new one.',
  'invite.expired': 'That invite code has expired. Please ask for a new one.',
  'invite.simulator': 'This invite code cannot be used in the simulator. Please send it from Zalo or Telegram.',
  // registration links
  'link.unreadable': 'I could not read that sign-up code. Please choose from the list below.',
  'link.fair_soon': 'Signing up for a job fair by link is coming soon. Please choose from the list below.',
  'link.registered': 'You are registered already; your profile stays as it is.',
  'role.official': 'official',
  'role.employer': 'employer',
  'role.admin': 'administrator',
  'role.provider': 'training provider',
  // review.not_official, scam
  'review.not_official': 'This is for officials. If you are one, ask the administrator for an invite code.',
  'scam.asks_money': 'asks for money',
  'scam.task_or_order_scam': 'order or task scheme',
  'scam.too_good_to_be_true': '"easy work, high pay"',
  'scam.pay_far_above_norm': 'unusually high pay',
  'scam.overseas_unlicensed': 'overseas work without a licensed company',
  'scam.personal_transfer': 'payment to a personal account',
  'scam.off_platform_contact': 'contact only through social media',
  // notices (src/messaging/queue/notices.ts)
  'notice.vacancy_pending': '📋 A new vacancy is waiting for review: "{title}". Type /duyet to see it.',
  'notice.vacancy_pending_held':
    '⚠️ A vacancy waiting for review needs a careful look (risk signs): "{title}". Type /duyet to see it.',
  'notice.vacancy_approved': '✅ Your vacancy "{title}" was approved and is being sent to matching workers.',
  'notice.vacancy_rejected':
    'Your vacancy "{title}" was not approved. Reason: {reason}\nYou can correct it and post again with /dangtin.',
  'notice.course_approved': '✅ The course "{title}" was approved and is being sent to the people it suits.',
  'notice.course_rejected':
    'The course "{title}" was not approved. Reason: {reason}\nYou can correct it and send it again with /dangkhoahoc.',
  'notice.employer_verified':
    '✅ Your business "{name}" has been verified by an official. Your vacancies will show "Verified".',
  'notice.interest_employer':
    '🙋 Someone is interested in your vacancy "{title}": {name}, phone {phone}. Please contact them directly.',
  'notice.interest_official': '🙋 Worker {name} (phone {phone}) is interested in "{title}" in your area.',
  'notice.scam_reported':
    '🚩 Vacancy "{title}" (no. {id}) was reported as a possible scam ({count} reports). Type /duyet to see it.',
  'notice.scam_hidden':
    '🚩 Vacancy "{title}" (no. {id}) was reported {count} times and is hidden for now. Type /duyet to review it.',
  // search: the vacancy card and its buttons
  'card.no_fee': '⚠️ Never pay any fee to get a job.',
  'card.overseas':
    '🌏 Work abroad: go only through a licensed company (see the list at dolab.gov.vn). Never hand money to an individual.',
  'search.item': '{title} · {place} · {wage}',
  'search.interested': 'Interested',
  'search.not_suitable': 'Not for me',
  'search.report': 'Report a scam',
  // notices: a broadcast refused
  'notice.broadcast_refused':
    'Your announcement was not sent: its recipients are outside the area you are responsible for. Type /phatsong to write it again.',
} as const satisfies Catalogue;
