import { defineFeature } from '../../engine/feature.ts';
import { accountEffects } from './effects.ts';

/** The person's own account, whichever flow asks: consents, language, forgetting the phone, STOP and back. */
export const accountFeature = defineFeature({
  name: 'account',
  effects: accountEffects,
});
