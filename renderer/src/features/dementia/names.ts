import type { UiLanguage } from '#shared/contract/common';
import type { ProgrammeItem } from '#shared/contract/dementia';
import { activityNameIn } from '#shared/domain/activity-name';
import { canCall } from '#shared/contract/access';
import { useMe } from '../auth/use-session';

/** A programme item's name in the UI language (English screens show the Latvian name, like activities). */
export function itemName(items: readonly ProgrammeItem[] | undefined, id: number, language: UiLanguage): string {
  const item = items?.find((i) => i.id === id);
  return item ? activityNameIn(item, language) : '';
}

/** Whether the signed-in role may call a method (the UI hides what the contract forbids). */
export function useCan(method: Parameters<typeof canCall>[1]): boolean {
  const role = useMe().data?.staff.role;
  return role !== undefined && canCall(role, method);
}

export const personName = (p: { firstName: string; lastName: string }) => `${p.lastName} ${p.firstName}`;
