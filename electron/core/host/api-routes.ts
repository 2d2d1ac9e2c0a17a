import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { HttpBindings } from '@hono/node-server';
import { text } from 'node:stream/consumers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { httpStatusOf, type CallResult } from '#shared/contract/index';
import { largeBodyMethods, maxAttachmentBase64 } from '#shared/contract/equipment';
import type { Core } from '../core';
import { httpSession } from './http-session';
import { callerLanguage, errorResponse } from './error-response';

function reply(c: Context, result: CallResult<unknown>) {
  const status = result.ok ? 200 : httpStatusOf[result.error.kind];
  return c.json(result, status as ContentfulStatusCode);
}

/**
 * The body as text. Under @hono/node-server a body with a Content-Length (already held to the limit by
 * `bodyLimit`) is read straight from Node's request: building a web Request just to read it cost more
 * than most calls themselves (bench: http-call). A chunked body goes through Hono's limited stream.
 */
function bodyText(c: Context): Promise<string> {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  if (!incoming || c.req.header('content-length') === undefined || c.req.header('transfer-encoding') !== undefined) return c.req.text();
  return text(incoming);
}

export async function readJson(c: Context): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    const text = await bodyText(c);
    return { ok: true, value: text.trim() === '' ? {} : JSON.parse(text) };
  } catch {
    return { ok: false };
  }
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
  const tooLarge = (c: Context) => errorResponse(c, 'validation', 'request.tooLarge', { status: 413 });
  const usualMax = 1024 * 1024;
  // An equipment attachment (PDF or photo, up to 20 MB) travels as base64 in its JSON.
  const uploadMax = maxAttachmentBase64 + 64 * 1024;
  const usualLimit = bodyLimit({ maxSize: usualMax, onError: tooLarge });
  const uploadLimit = bodyLimit({ maxSize: uploadMax, onError: tooLarge });
  app.post(
    '/api/:method',
    (c, next) => {
      const upload = largeBodyMethods.includes(c.req.param('method') ?? '');
      // A declared length is checked as bodyLimit's first step does, without bodyLimit touching the body
      // (that alone builds a web Request, which cost more than most calls: bench http-call); a chunked
      // body goes through bodyLimit, which counts it as it arrives.
      const length = c.req.header('content-length');
      if (length !== undefined && c.req.header('transfer-encoding') === undefined) return Number(length) <= (upload ? uploadMax : usualMax) ? next() : tooLarge(c);
      return (upload ? uploadLimit : usualLimit)(c, next);
    },
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
