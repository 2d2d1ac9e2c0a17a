import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { SessionHandle } from '../call-context';
import type { SessionStore } from '../session-store';
import { sessionLifetimeMs } from '../session-store';

export const sessionCookie = 'caredesk_session';

/** The browser host's session: a random token in an HttpOnly, SameSite=Strict cookie. */
export function httpSession(c: Context, store: SessionStore): SessionHandle {
  let token = getCookie(c, sessionCookie);
  let staff = store.resolve(token);
  return {
    get staff() {
      return staff;
    },
    begin(staffId) {
      store.end(token);
      token = store.begin(staffId);
      staff = null;
      setCookie(c, sessionCookie, token, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        maxAge: Math.floor(sessionLifetimeMs / 1000),
      });
    },
    end() {
      store.end(token);
      token = undefined;
      staff = null;
      deleteCookie(c, sessionCookie, { path: '/' });
    },
  };
}
