import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const clientQueries = ['clients.get', 'clients.list', 'clients.search', 'decisions.expiring', 'decisions.list', 'assessments.list', 'relatives.list'];

/** After any change to a client, everything that shows clients is read again. */
export function invalidateClients(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => clientQueries.includes(String(query.queryKey[0])) });
}

/** Keeps every open view current when another window or user changes a client. */
export function useClientEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => api.on('clients.changed', () => void invalidateClients(queryClient)), [queryClient]);
}

/** The full name as people write it: first name, then last name. */
export function fullName(client: { firstName: string; lastName: string }): string {
  return `${client.firstName} ${client.lastName}`;
}
