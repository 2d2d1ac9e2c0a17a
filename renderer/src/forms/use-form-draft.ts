import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { useMe } from '../features/auth/use-session';
import { changedFields, draftKey, readDraft, writeDraft, type Draft } from './form-drafts';

/** Which form and record a draft belongs to; the staff member comes from the session. */
export interface DraftName {
  /** e.g. `client-new`, `client-edit`, `decision-new`, `decision-edit`, `assessment-new`. */
  form: string;
  /** The record edited, or for a new record the client it is added to. */
  recordId?: number;
}

const debounceMs = 500;

/** The draft to offer on opening, with when it was found (the offer says "14:32" for today, a date before). */
export type DraftOfferState = Draft & { foundAt: number };

function findDraft(key: string | null): { key: string | null; offer: DraftOfferState | null } {
  const draft = key ? readDraft(window.localStorage, key) : null;
  return { key, offer: draft && { ...draft, foundAt: Date.now() } };
}

/**
 * Keeps a Mantine form's unsaved changes in localStorage while the user types (debounced), and offers
 * a draft found on opening back to them. Nothing is written until the values change, so opening a form
 * never replaces the draft it is about to offer. `clear` after a successful save; `discard` when the
 * user declines the offer. Unmounting or leaving the page writes a pending change at once.
 */
export function useFormDraft<V extends object>(form: UseFormReturnType<V>, name: DraftName | null) {
  const staffId = useMe().data?.staff.id;
  const key = staffId !== undefined && name ? draftKey(staffId, name.form, name.recordId) : null;
  // Read once when the form opens (and again only if the key changes), before any autosave can replace it.
  const [found, setFound] = useState(() => findDraft(key));
  if (found.key !== key) setFound(findDraft(key));
  const offer = found.offer;
  const setOffer = (next: null) => setFound({ key, offer: next });

  // The pending write keeps its own key: a user switch unmounting the form still files it under its owner.
  const pending = useRef<{ key: string; changes: Record<string, unknown> } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current) writeDraft(window.localStorage, pending.current.key, pending.current.changes, Date.now());
    pending.current = null;
  }, []);

  const values = JSON.stringify(form.getValues());
  const seen = useRef(values);
  useEffect(() => {
    if (!key || values === seen.current) return;
    seen.current = values;
    pending.current = { key, changes: changedFields(form.getInitialValues(), form.getValues()) };
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, debounceMs);
  }, [key, values, form, flush]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return {
    offer,
    restore: () => {
      if (offer) form.setValues(offer.changes as Partial<V>);
      setOffer(null);
    },
    /** Drops the offered draft; what the user typed since opening is kept as the new draft. */
    discard: () => {
      setOffer(null);
      pending.current = null;
      if (key) writeDraft(window.localStorage, key, changedFields(form.getInitialValues(), form.getValues()), Date.now());
    },
    clear: () => {
      clearTimeout(timer.current);
      pending.current = null;
      setOffer(null);
      if (key) window.localStorage.removeItem(key);
    },
  };
}

export type FormDraft = ReturnType<typeof useFormDraft>;
