import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { resolveChoice } from '../../kernel/choices.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import { normalizePhone } from '../../kernel/phone.ts';
import { formatWage, parseWage } from '../../kernel/wage/index.ts';
import type { Flow, StepInput, StepResult } from '../../engine/types.ts';
import type { SearchVacancy } from './context.ts';
import { vacancyCard } from '../../kernel/vacancy/card.ts';
import { communeTarget } from '../shared/place.ts';
import type { Context, Emits, SearchFlowContext } from './context.ts';
import { SearchData, type SearchNarrow } from './state.ts';
import { occupationLabel } from '../../kernel/occupations/index.ts';
import { loadGeo } from '../../kernel/geo/index.ts';

/**
 * /timviec: the open vacancies matching the person's profile, 5 per page, "more", a detail card, and three
 * answers to a vacancy: "Quan tâm" (interested; with their consent the employer and the commune's officials get
 * their name and phone), "Không phù hợp" (gone from their list), "Báo lừa đảo" (confirmed once, then reported).
 * The list comes from the engine's loader (the alerts rule); the flow only pages and decides. Pure.
 */
export const SEARCH_FLOW = 'search';
export const PAGE_SIZE = 5;

const STEPS = ['list', 'detail', 'share', 'phone', 'report'] as const;
type Step = (typeof STEPS)[number];

function at(step: Step, data: SearchData, replies: OutboundMessage[], effects: Emits[] = []): StepResult<Emits> {
  return { kind: 'continue', replies, state: { flow: SEARCH_FLOW, step, data: { ...data }, misses: 0 }, effects };
}

function placeName(code: string): string {
  const place = communeTarget(code);
  return place ? place.commune.name : code;
}

function itemLabel(lang: Lang, v: SearchVacancy): string {
  const label = t(lang, 'search.item', {
    title: v.title,
    place: placeName(v.communeCode),
    wage: formatWage(parseWage(v.wageRaw), lang),
  });
  return v.interested ? `${label} ${t(lang, 'search.item_interested')}` : label;
}

/** What a narrowed search looks for, in words: "May mặc ở Xã Phổ Yên". */
function narrowedTo(lang: Lang, narrow: SearchNarrow): string {
  const trades = narrow.occupations.map((key) => occupationLabel(key, lang)).join(', ');
  const commune = narrow.communeCode ? communeTarget(narrow.communeCode) : null;
  const province = narrow.provinceCode ? loadGeo().provinceByCode.get(narrow.provinceCode) : undefined;
  const place = commune ? commune.commune.name : (province?.name ?? null);
  if (trades && place) return t(lang, 'search.narrow.trade_place', { trade: trades, place });
  return trades || (place ? t(lang, 'search.narrow.place', { place }) : '');
}

/** The page of the list (wrapping to the start after the last page). */
function listPage(context: Context, page: number, before: OutboundMessage[] = []): StepResult<Emits> {
  const { lang } = context;
  const matches = context.search?.matches ?? [];
  const narrow = context.search?.narrow ?? null;
  if (matches.length === 0) {
    const none = narrow ? t(lang, 'search.none_narrow', { what: narrowedTo(lang, narrow) }) : t(lang, 'search.none');
    return { kind: 'done', replies: [...before, { text: none }] };
  }
  const pages = Math.ceil(matches.length / PAGE_SIZE);
  const current = page < pages ? page : 0;
  const shown = matches.slice(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE);
  const choices: Choice[] = shown.map((v) => ({ id: `search.item.${v.id}`, label: itemLabel(lang, v) }));
  if (pages > 1) choices.push({ id: 'search.more', label: t(lang, 'search.more') });
  const range = { count: matches.length, from: current * PAGE_SIZE + 1, to: current * PAGE_SIZE + shown.length };
  const heading = narrow
    ? t(lang, 'search.heading_narrow', { ...range, what: narrowedTo(lang, narrow) })
    : t(lang, 'search.heading', range);
  return at('list', { page: current, current: null, narrow }, [
    ...before,
    { text: heading, choices, prompt: t(lang, 'search.list_prompt') },
  ]);
}

function detailChoices(lang: Lang): Choice[] {
  return [
    { id: 'search.interested', label: t(lang, 'search.interested') },
    { id: 'search.not_suitable', label: t(lang, 'search.not_suitable') },
    { id: 'search.report', label: t(lang, 'search.report') },
    { id: 'search.back', label: t(lang, 'search.back') },
  ];
}

function detail(lang: Lang, data: SearchData, vacancy: SearchVacancy): StepResult<Emits> {
  const text = vacancyCard(lang, vacancy, vacancy.interested ? t(lang, 'search.already_interested') : undefined);
  return at('detail', { ...data, current: vacancy.id }, [
    { text, choices: detailChoices(lang), prompt: t(lang, 'search.detail_prompt') },
  ]);
}

function yesNoChoices(
  lang: Lang,
  yes: 'search.share_yes' | 'search.report_yes',
  no: 'search.share_no' | 'search.report_no',
): Choice[] {
  return [
    { id: yes, label: t(lang, yes) },
    { id: no, label: t(lang, no) },
  ];
}

function pick(input: StepInput, choices: readonly Choice[]): string | null {
  return input.choiceId ?? (input.text ? resolveChoice(input.text, choices) : null);
}

function interest(
  context: Context,
  data: SearchData,
  vacancy: SearchVacancy,
  share: boolean,
  phoneE164: string | null,
): StepResult<Emits> {
  const { lang } = context;
  const done = t(lang, share ? 'search.interest_shared' : 'search.interest_private', { contact: vacancy.contact });
  const result = listPage(withInterest(context, vacancy.id), data.page, [{ text: done }]);
  const effect: Emits = { kind: 'record_interest', vacancyId: vacancy.id, share, phoneE164, fullName: null };
  return result.kind === 'miss' ? result : { ...result, effects: [...(result.effects ?? []), effect] };
}

/** The list as it is after this answer (the loader read it before). */
function withInterest(context: Context, id: number): Context {
  const search = context.search;
  return search
    ? {
        ...context,
        search: { ...search, matches: search.matches.map((v) => (v.id === id ? { ...v, interested: true } : v)) },
      }
    : context;
}

function withoutVacancy(context: Context, id: number): Context {
  const search = context.search;
  return search ? { ...context, search: { ...search, matches: search.matches.filter((v) => v.id !== id) } } : context;
}

export const searchFlow: Flow<SearchFlowContext, Emits> = {
  steps: STEPS,
  begin(context): StepResult<Emits> {
    const { lang } = context;
    if (!context.profile) {
      return {
        kind: 'done',
        replies: [
          {
            text: t(lang, 'search.no_profile'),
            choices: [{ id: 'menu.register', label: t(lang, 'menu.register') }],
            prompt: t(lang, 'home.reply_with_number'),
          },
        ],
      };
    }
    return listPage(context, 0);
  },
  step(state, input, context): StepResult<Emits> {
    const { lang } = context;
    const data = SearchData.parse(state.data);
    const step = state.step as Step;
    if (step === 'list') {
      const shownPage = listPage(context, data.page);
      const choices = shownPage.kind === 'continue' ? (shownPage.replies.at(-1)?.choices ?? []) : [];
      const choice = pick(input, choices);
      if (choice === 'search.more') return listPage(context, data.page + 1);
      const id = choice?.startsWith('search.item.') ? Number(choice.slice('search.item.'.length)) : null;
      const vacancy = context.search?.matches.find((v) => v.id === id);
      if (vacancy) return detail(lang, data, vacancy);
      if (shownPage.kind !== 'continue') return shownPage;
      return { kind: 'miss', reprompt: { ...shownPage.replies.at(-1)!, text: t(lang, 'search.list_miss') } };
    }

    const vacancy = context.search?.current ?? null;
    if (!vacancy) return listPage(context, data.page, [{ text: t(lang, 'search.gone') }]);

    if (step === 'detail') {
      const choice = pick(input, detailChoices(lang));
      // "alert.open.42" (a link naming the vacancy): its card, with the answers above.
      if (choice === 'search.open') return detail(lang, data, vacancy);
      if (choice === 'search.back') return listPage(context, data.page);
      if (choice === 'search.not_suitable') {
        const result = listPage(withoutVacancy(context, vacancy.id), data.page, [
          { text: t(lang, 'search.not_suitable_done') },
        ]);
        return result.kind === 'miss'
          ? result
          : { ...result, effects: [{ kind: 'mark_not_suitable', vacancyId: vacancy.id }] };
      }
      if (choice === 'search.report') {
        return at('report', data, [
          {
            text: t(lang, 'search.report_question'),
            choices: yesNoChoices(lang, 'search.report_yes', 'search.report_no'),
            prompt: t(lang, 'search.detail_prompt'),
          },
        ]);
      }
      if (choice === 'search.interested') {
        if (context.search?.sharesContact && context.profile?.phoneE164)
          return interest(context, data, vacancy, true, null);
        return at('share', data, [
          {
            text: t(lang, 'search.share_question', { employer: vacancy.employerName }),
            choices: yesNoChoices(lang, 'search.share_yes', 'search.share_no'),
            prompt: t(lang, 'search.detail_prompt'),
          },
        ]);
      }
      return {
        kind: 'miss',
        reprompt: {
          text: t(lang, 'search.detail_miss'),
          choices: detailChoices(lang),
          prompt: t(lang, 'search.detail_prompt'),
        },
      };
    }

    if (step === 'share') {
      const choices = yesNoChoices(lang, 'search.share_yes', 'search.share_no');
      const choice = pick(input, choices);
      if (choice === 'search.share_no') return interest(context, data, vacancy, false, null);
      if (choice === 'search.share_yes') {
        if (context.profile?.phoneE164) return interest(context, data, vacancy, true, null);
        return at('phone', data, [{ text: t(lang, 'search.phone_question') }]);
      }
      return {
        kind: 'miss',
        reprompt: { text: t(lang, 'search.share_miss'), choices, prompt: t(lang, 'search.detail_prompt') },
      };
    }

    if (step === 'phone') {
      const phone = input.text ? normalizePhone(input.text) : null;
      if (phone && phone.kind !== 'invalid') return interest(context, data, vacancy, true, phone.e164);
      return { kind: 'miss', reprompt: { text: t(lang, 'search.phone_miss') } };
    }

    // report
    const choices = yesNoChoices(lang, 'search.report_yes', 'search.report_no');
    const choice = pick(input, choices);
    if (choice === 'search.report_no') return detail(lang, data, vacancy);
    if (choice === 'search.report_yes') {
      const result = listPage(withoutVacancy(context, vacancy.id), data.page, [
        { text: t(lang, 'search.report_done') },
      ]);
      return result.kind === 'miss' ? result : { ...result, effects: [{ kind: 'report_scam', vacancyId: vacancy.id }] };
    }
    return {
      kind: 'miss',
      reprompt: { text: t(lang, 'search.report_miss'), choices, prompt: t(lang, 'search.detail_prompt') },
    };
  },
};
