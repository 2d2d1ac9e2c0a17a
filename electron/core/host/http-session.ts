import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { tokenSession, type SessionHandle } from '../call-context';
import type { SessionStore } from '../session-store';
import { sessionLifetimeMs } from '../session-store';

export const sessionCookie = 'caredesk_session';

/** The browser host's session: a random token in an HttpOnly, SameSite=Strict cookie. */
export function httpSession(c: Context, store: SessionStore): SessionHandle {
  let token = getCookie(c, sessionCookie);
  return tokenSession(store, {
    get: () => token,
    set(value) {
      token = value;
      if (value === undefined) {
        deleteCookie(c, sessionCookie, { path: '/' });
        return;
      }
      setCookie(c, sessionCookie, value, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        maxAge: Math.floor(sessionLifetimeMs / 1000),
      });
    },
  });
}
