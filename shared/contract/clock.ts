import { z } from 'zod';
import { everyRole, method } from './define';
import { input } from './common';

/**
 * The centre's clock, the one place every page takes "today" from. It is the core's clock (a demo
 * date moves it; so does a test's fixed day), never the browser's: a page built on the browser's own
 * date would disagree with the records the core dates by its clock.
 */
export const clockContract = {
  'clock.now': method({
    input: input({}),
    output: z.object({
      /** The core's local day, `YYYY-MM-DD`. */
      today: z.string(),
      /** The core's instant, ms since the epoch, and its local offset from UTC: the renderer keeps counting from them. */
      epochMs: z.number(),
      utcOffsetMinutes: z.number().int(),
    }),
    access: everyRole,
    write: false,
  }),
};
