import type { z } from 'zod';
import { contract, isMethodName, type MethodName, type MethodOutput, type MethodParsedInput } from '#shared/contract/index';
import type { CallResult, ErrorKind, FieldIssue, WireError } from '#shared/contract/errors';
import { issueMessage, issuePath } from '#shared/contract/issues';
import type { UiLanguage } from '#shared/contract/common';
import { withContractToday } from '#shared/contract/contract-clock';
import { localIsoDate } from '#shared/domain/dates';
import { AppError, type ErrorParams } from './app-error';
import type { CallContext, HandlerCall } from './call-context';

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  call: HandlerCall,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** Every method must have a handler: a missing one is a compile error where the handlers are assembled. */
export type Handlers = { [M in MethodName]: Handler<M> };

export type Translate = (language: UiLanguage, key: string, params?: ErrorParams) => string;

export interface DispatcherDeps {
  handlers: Handlers;
  translate: Translate;
  /** Logs internal failures. Receives the method name and the error's class only: never inputs. */
  logInternal: (method: string, error: unknown) => void;
  /** The core's clock: "today" for the schemas that refuse future dates. */
  now: () => Date;
}

export type Dispatch = (method: string, input: unknown, ctx: CallContext) => Promise<CallResult<unknown>>;

export function createDispatcher(deps: DispatcherDeps): Dispatch {
  const fail = (ctx: CallContext, kind: ErrorKind, code: string, params?: ErrorParams, issues?: FieldIssue[]) => {
    const error: WireError = { kind, code, message: deps.translate(ctx.language, code, params), params, issues };
    return { ok: false as const, error };
  };

  const validationIssues = (ctx: CallContext, error: z.ZodError): FieldIssue[] =>
    error.issues.map((issue) => {
      const { key, params } = issueMessage(issue);
      return { path: issuePath(issue), code: key, params, message: deps.translate(ctx.language, key, params) };
    });

  return async function dispatch(name, rawInput, ctx) {
    if (!isMethodName(name)) return fail(ctx, 'not-found', 'method.unknown', { method: String(name).slice(0, 80) });
    const def = contract[name];
    // Access before input: a caller who may not call a method learns nothing about its schema.
    const staff = ctx.session.staff;
    if (def.access !== 'public') {
      if (!staff) return fail(ctx, 'unauthenticated', ctx.session.locked ? 'auth.locked' : 'kind.unauthenticated');
      if (!def.access.includes(staff.role)) return fail(ctx, 'forbidden', 'kind.forbidden');
    }
    const parsed = withContractToday(localIsoDate(deps.now()), () => def.input.safeParse(rawInput, { reportInput: true }));
    if (!parsed.success) return fail(ctx, 'validation', 'kind.validation', undefined, validationIssues(ctx, parsed.error));

    const call: HandlerCall = {
      ...ctx,
      method: name,
      actor: () => {
        if (!staff) throw new AppError('unauthenticated', 'kind.unauthenticated');
        return staff;
      },
    };
    try {
      const handler = deps.handlers[name] as (input: unknown, call: HandlerCall) => unknown;
      const output = await handler(parsed.data, call);
      // Parsing the output strips what the contract does not promise (a password hash, say) and
      // turns drift between handler and contract into a loud failure.
      return { ok: true, data: def.output.parse(output) };
    } catch (error) {
      if (error instanceof AppError) return fail(ctx, error.kind, error.code, error.params);
      deps.logInternal(name, error);
      return fail(ctx, 'internal', 'kind.internal');
    }
  };
}
