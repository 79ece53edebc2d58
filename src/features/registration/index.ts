import { defineFeature } from '../../engine/feature.ts';
import type { Emits } from './context.ts';
import { registrationEffects } from './effects.ts';
import { registrationFlow } from './flow.ts';
import { messages, t } from './messages.ts';
import { RegistrationData } from './data.ts';
import { registrationIntents } from './intents.ts';

/** /dangky: a worker registers (consent, birth year, commune, trades, reach, frequency…) in about ten messages. */
export const registrationFeature = defineFeature<object, Emits>({
  name: 'registration',
  commands: { names: ['dangky', 'dang ky', 'register'], describe: (lang) => t(lang, 'registration.command') },
  intents: registrationIntents,
  menu: { id: 'menu.register', order: 1, label: (lang) => t(lang, 'menu.register') },
  flow: { ...registrationFlow, data: RegistrationData },
  effects: registrationEffects,
  messages,
});
