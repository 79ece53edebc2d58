import { defineFeature } from '../../engine/feature.ts';
import { alertAnswerAt } from './answers.ts';
import type { Emits, SearchFlowContext } from './context.ts';
import { searchEffects } from './effects.ts';
import { searchFlow } from './flow.ts';
import { loadSearch } from './loader.ts';
import { messages, t } from './messages.ts';
import { SearchData } from './state.ts';
import { searchIntents } from './intents.ts';

/**
 * /timviec: matching open vacancies, five at a time, with Quan tâm, Không phù hợp and Báo lừa đảo; also alerts'
 * answers.
 */
export const searchFeature = defineFeature<SearchFlowContext, Emits>({
  name: 'search',
  commands: { names: ['timviec', 'tim viec', 'jobs'], describe: (lang) => t(lang, 'search.command') },
  intents: searchIntents,
  menu: { id: 'menu.search', order: 2, label: (lang) => t(lang, 'menu.search') },
  flow: { ...searchFlow, data: SearchData },
  load: loadSearch,
  effects: searchEffects,
  answers: alertAnswerAt,
  messages,
});
