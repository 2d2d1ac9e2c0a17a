import { z } from 'zod';
import { administrators, method } from './define';
import { input } from './common';
import { mealKindSchema } from './attendance';
import { mealKinds } from '../domain/meals';

export const defaultIdleLockMinutes = 5;

/** Centre-wide settings the administrator may change after setup. */
export const centreSettingsValuesSchema = input({
  /** After this much inactivity the shared PC locks to the switch-user screen. */
  idleLockMinutes: z.number().int().min(1).max(240),
  /** Meals the centre serves, from the fixed catalogue; stored in catalogue order. */
  mealKinds: z.array(mealKindSchema).min(1, { error: 'mealsRequired' }).max(mealKinds.length),
});
export type CentreSettingsValues = z.infer<typeof centreSettingsValuesSchema>;

export const settingsContract = {
  'settings.get': method({ input: input({}), output: z.object({ settings: centreSettingsValuesSchema }), access: administrators, write: false }),
  'settings.update': method({ input: centreSettingsValuesSchema, output: z.object({ settings: centreSettingsValuesSchema }), access: administrators, write: true }),
};
