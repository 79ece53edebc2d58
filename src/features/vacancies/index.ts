import { defineFeature } from '../../engine/feature.ts';
import type { Emits, VacanciesContext } from './context.ts';
import { vacanciesEffects } from './effects.ts';
import { vacanciesFlow } from './flow.ts';
import { loadVacancies } from './loader.ts';
import { messages } from './messages.ts';
import { VacanciesData } from './state.ts';

/** /tincuatoi: an employer's own vacancies, closing one, and who is interested (with the outcomes they record). */
export const vacanciesFeature = defineFeature<VacanciesContext, Emits>({
  name: 'vacancies',
  commands: { names: ['tincuatoi', 'tin cua toi', 'myposts'] },
  flow: { ...vacanciesFlow, data: VacanciesData },
  load: loadVacancies,
  effects: vacanciesEffects,
  messages,
});
