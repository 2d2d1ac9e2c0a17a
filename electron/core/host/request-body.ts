import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { HttpBindings } from '@hono/node-server';
import { text } from 'node:stream/consumers';
import { errorResponse } from './error-response';

const tooLarge = (c: Context) => errorResponse(c, 'validation', 'request.tooLarge', { status: 413 });

const declaredLength = (c: Context) => (c.req.header('transfer-encoding') === undefined ? c.req.header('content-length') : undefined);

/**
 * Holds a request body to `maxBytes(c)`. A declared length is checked as bodyLimit's own first step
 * does, but without bodyLimit touching the body: that alone makes @hono/node-server build a web Request
 * around Node's request, which cost more than most calls (bench: http-call). A chunked body goes
 * through bodyLimit, which counts it as it arrives.
 */
export function limitBody(maxBytes: (c: Context) => number): MiddlewareHandler {
  const limits = new Map<number, MiddlewareHandler>();
  return async (c, next) => {
    const max = maxBytes(c);
    const length = declaredLength(c);
    if (length !== undefined) return Number(length) <= max ? next() : tooLarge(c);
    let limit = limits.get(max);
    if (!limit) {
      limit = bodyLimit({ maxSize: max, onError: tooLarge });
      limits.set(max, limit);
    }
    return limit(c, next);
  };
}

/**
 * The body as text, after `limitBody`. Under @hono/node-server a body of declared length is read straight
 * from Node's request (nothing has wrapped it: see limitBody); otherwise, and in tests that call the app
 * without a server, through Hono's request.
 */
function bodyText(c: Context): Promise<string> {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  return incoming && declaredLength(c) !== undefined ? text(incoming) : c.req.text();
}

export async function readJson(c: Context): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    const body = await bodyText(c);
    return { ok: true, value: body.trim() === '' ? {} : JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}
