import { z } from 'zod';
import { RegistrationData } from '../registration/data.ts';

/**
 * What /theodoi keeps between messages: nothing on its own menus (they read the saved profile), or the answers of
 * the registration question in progress while one field is edited. The empty object is tried first, so that it
 * stays empty instead of reading as registration data with nothing answered.
 */
export const AlertsData = z.union([z.strictObject({}), RegistrationData]);
