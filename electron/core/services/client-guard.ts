import { findClient, type ClientRow } from '#db/queries/clients';
import type { Executor } from '#db/client';
import { notFound } from '../app-error';

/** Records hang off a client: an unknown client id is `not-found`, never a foreign-key crash. */
export function requireClient(tx: Executor, id: number): ClientRow {
  const client = findClient(tx, id);
  if (!client) throw notFound('clients.notFound');
  return client;
}
