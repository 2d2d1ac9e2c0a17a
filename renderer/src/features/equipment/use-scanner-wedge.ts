import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { inventoryNumberSchema } from '#shared/contract/equipment';
import { api } from '../../api/client';
import { mayBeInventoryNumber } from './inventory-number-text';
import { useMayCall } from '../print/use-may-call';

/** A scanner types a whole label in well under this per key; people do not. */
const maxKeyGapMs = 80;

function editable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The item with this inventory number, or null; for a scanned label or a number typed in the search. */
export async function findItemByNumber(value: string): Promise<number | null> {
  if (!mayBeInventoryNumber(value)) return null;
  const parsed = inventoryNumberSchema.safeParse(value);
  if (!parsed.success) return null;
  try {
    return (await api.call('equipment.byNumber', { inventoryNumber: parsed.data })).item?.id ?? null;
  } catch {
    return null;
  }
}

/**
 * A keyboard-wedge scanner types the label's inventory number and Enter. Outside text fields, such a fast
 * burst of keys ending in Enter opens the item (typed into the global search, the search handles it).
 */
export function useScannerWedge(): void {
  const [, navigate] = useLocation();
  const mayLook = useMayCall('equipment.byNumber');
  useEffect(() => {
    if (!mayLook) return undefined;
    let buffer = '';
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      if (editable(event.target) || event.ctrlKey || event.altKey || event.metaKey) return;
      const now = event.timeStamp;
      if (now - last > maxKeyGapMs) buffer = '';
      last = now;
      if (event.key === 'Enter') {
        const typed = buffer;
        buffer = '';
        if (typed.length >= 2) {
          event.preventDefault();
          void findItemByNumber(typed).then((id) => id !== null && navigate(`/equipment/${id}`));
        }
      } else if (event.key.length === 1) {
        buffer += event.key;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mayLook, navigate]);
}
