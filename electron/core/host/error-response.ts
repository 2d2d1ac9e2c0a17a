import type { Context, Env, Input } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { httpStatusOf, type ErrorKind } from '#shared/contract/index';
import type { UiLanguage } from '#shared/contract/common';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { createTranslator } from '../translate';
import type { ErrorParams } from '../app-error';

const translate = createTranslator();

/** The caller's language: the renderer sends it with each call; a logged-in user's own is next. */
export function callerLanguage<E extends Env, P extends string, I extends Input>(c: Context<E, P, I>, fallback?: UiLanguage): UiLanguage {
  const header = c.req.header('x-caredesk-language');
  return isUiLanguage(header) ? header : (fallback ?? 'lv');
}

/** An error the host answers itself, before the dispatcher, in the same wire shape. */
export function errorResponse<E extends Env, P extends string, I extends Input>(
  c: Context<E, P, I>,
  kind: ErrorKind,
  code: string,
  options: { status?: ContentfulStatusCode; params?: ErrorParams; language?: UiLanguage } = {},
) {
  const language = options.language ?? callerLanguage(c);
  const message = translate(language, code, options.params);
  const error = { kind, code, message, ...(options.params ? { params: options.params } : {}), ...(kind === 'validation' ? { issues: [] } : {}) };
  return c.json({ ok: false, error }, options.status ?? (httpStatusOf[kind] as ContentfulStatusCode));
}
