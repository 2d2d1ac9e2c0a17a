import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { parseLocalTime } from './local-date-format';

export type LocalTimeInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  /** `HH:MM`, 24-hour: the contract's format; unreadable text is passed on as typed so validation shows it. */
  value?: string;
  onChange: (value: string) => void;
};

/**
 * A 24-hour time as plain text: a native time field (and Mantine's TimeInput, which wraps it) shows AM/PM
 * in an English browser whatever the UI language. "930" or "9.30" become 09:30 when the field is left.
 */
export function LocalTimeInput({ value = '', onChange, onBlur, ...rest }: LocalTimeInputProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // A value set from outside (a reset, a restored draft) replaces the text unless the text already means it.
  if (value !== seen) {
    setSeen(value);
    if (value !== (parseLocalTime(text) ?? text)) setText(value);
  }
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      maxLength={5}
      {...rest}
      value={text}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        onChange(parseLocalTime(typed) ?? typed);
      }}
      onBlur={(event) => {
        const time = parseLocalTime(text);
        if (time) setText(time);
        onBlur?.(event);
      }}
    />
  );
}
