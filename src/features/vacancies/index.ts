import { defineFeature } from '../../engine/feature.ts';
import type { Emits, VacanciesContext } from './context.ts';
import { vacanciesEffects } from './effects.ts';
import { vacanciesFlow } from './flow.ts';
import { loadVacancies } from './loader.ts';
import { messages, t } from './messages.ts';
import { countNewInterest } from '../../db/own-vacancies.ts';
import { VacanciesData } from './state.ts';
import { vacanciesIntents } from './intents.ts';

/** /tincuatoi: an employer's own vacancies, closing one, and who is interested (with the outcomes they record). */
export const vacanciesFeature = defineFeature<VacanciesContext, Emits>({
  name: 'vacancies',
  commands: {
    names: ['tincuatoi', 'tin cua toi', 'myposts'],
    describe: (lang) => t(lang, 'vacancies.command'),
    for: ['employer'],
  },
  intents: vacanciesIntents,
  menu: {
    id: 'menu.my_vacancies',
    order: 4,
    for: ['employer'],
    label: (lang, count) => (count > 0 ? t(lang, 'menu.my_vacancies.count', { count }) : t(lang, 'menu.my_vacancies')),
    count: countNewInterest,
  },
  flow: { ...vacanciesFlow, data: VacanciesData },
  load: loadVacancies,
  effects: vacanciesEffects,
  messages,
});
