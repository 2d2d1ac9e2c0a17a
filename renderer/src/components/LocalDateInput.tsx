import { useState } from 'react';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useLanguage } from '../i18n/use-language';
import { dateDisplayFormats, parseDisplayDate } from './local-date-format';

export type LocalDateInputProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** ISO `YYYY-MM-DD`, '' when empty: the form's and the contract's format. */
  value?: string;
  onChange: (iso: string) => void;
};

/**
 * A calendar day shown as the UI language writes it (a native date field follows the browser's locale,
 * mm/dd/yyyy in an English Chromium) while the form keeps ISO. Typed ISO is read too.
 */
export function LocalDateInput({ value, onChange, onFocus, onClick, popoverProps, ...rest }: LocalDateInputProps) {
  const language = useLanguage();
  // Once a whole day is typed the calendar has done its job: hide it so it does not cover the next field
  // or button. Focusing or clicking the field brings it back.
  const [typed, setTyped] = useState(false);
  return (
    <DateInput
      // Emptying the text empties an optional field; required ones are caught by the form's validation.
      allowDeselect
      {...rest}
      popoverProps={typed ? { ...popoverProps, opened: false } : popoverProps}
      onFocus={(event) => { setTyped(false); onFocus?.(event); }}
      onClick={(event) => { setTyped(false); onClick?.(event); }}
      value={value || null}
      onChange={(iso) => { setTyped(true); onChange(iso ?? ''); }}
      valueFormat={dateDisplayFormats[language]}
      dateParser={(text) => parseDisplayDate(text, language)}
    />
  );
}
