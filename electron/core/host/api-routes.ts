import type { Context, Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { httpStatusOf, type CallResult } from '#shared/contract/index';
import { largeBodyMethods, maxAttachmentBase64 } from '#shared/contract/equipment';
import type { Core } from '../core';
import { httpSession } from './http-session';
import { callerLanguage, errorResponse } from './error-response';
import { limitBody, readJson } from './request-body';

function reply(c: Context, result: CallResult<unknown>) {
  const status = result.ok ? 200 : httpStatusOf[result.error.kind];
  return c.json(result, status as ContentfulStatusCode);
}

/** The peer's address, for login throttling; never a header the client could forge. */
export function remoteAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not served by @hono/node-server (app.request in a test)
  }
}

/** `POST /api/<method>` with a JSON body, answered by the core's dispatcher. */
export function mountApiRoutes(app: Hono, core: Core): void {
  // An equipment attachment (PDF or photo, up to 20 MB) travels as base64 in its JSON.
  const uploadMax = maxAttachmentBase64 + 64 * 1024;
  const usualMax = 1024 * 1024;
  app.post(
    '/api/:method',
    limitBody((c) => (largeBodyMethods.includes(c.req.param('method') ?? '') ? uploadMax : usualMax)),
    async (c) => {
      const session = httpSession(c, core.sessions);
      const language = callerLanguage(c, session.staff?.language);
      // JSON only: a cross-site form cannot send this content type without a CORS preflight.
      if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
        return errorResponse(c, 'validation', 'request.jsonOnly', { status: 415, language });
      }
      const body = await readJson(c);
      if (!body.ok) return errorResponse(c, 'validation', 'request.invalidJson', { language });
      const origin = remoteAddress(c);
      const result = await core.dispatch(c.req.param('method'), body.value, { session, language, origin });
      return reply(c, result);
    },
  );

  app.all('/api/*', (c) =>
    errorResponse(c, 'not-found', 'method.unknown', { params: { method: c.req.path.slice(5, 85) } }),
  );
}
