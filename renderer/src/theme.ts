import { DEFAULT_THEME, Modal, createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * The app's look, held to WCAG AA contrast (issue 13: axe finds nothing serious on any page). Mantine's
 * default shade 6 of teal, red or orange under white text is 2.5–3.3:1; shade 9 is 5:1 and more, and
 * `autoContrast` turns the text of any filled badge or button dark where its colour is too light.
 * Orange and yellow get darker last shades (their defaults are 4.3:1 and 2.8:1 on white), light
 * variants sit on shade 0 instead of 1, hovered filled buttons darken, and "dimmed" text is gray 7
 * instead of gray 6 (3.3:1).
 */
const darkerEnd = (colour: MantineColorsTuple, eight: string, nine: string): MantineColorsTuple =>
  [...colour.slice(0, 8), eight, nine] as unknown as MantineColorsTuple;

const base = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  autoContrast: true,
  colors: {
    orange: darkerEnd(DEFAULT_THEME.colors.orange, '#c2410c', '#b03a0a'),
    yellow: darkerEnd(DEFAULT_THEME.colors.yellow, '#a86b00', '#8f5a00'),
  },
  fontFamily: 'DejaVu Sans, Segoe UI, Roboto, Arial, sans-serif',
});

/** The theme in the reader's language: a dialog's close button (an icon) is named in it. */
export function appTheme(closeLabel: string) {
  return createTheme({ ...base, components: { Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }) } });
}

const lightVariantColours = ['teal', 'orange', 'red', 'yellow', 'grape', 'blue', 'gray', 'green', 'cyan', 'violet'];

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Field errors (message and the invalid input's text) in red 9: Mantine's red 6 is 3.6:1 on white.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(lightVariantColours.map((c) => [`--mantine-color-${c}-light`, `var(--mantine-color-${c}-0)`])),
    // Light variants' text in shade 9: Mantine 9.8's own light text (teal 4.46:1 on its hover) fell short.
    ...Object.fromEntries(lightVariantColours.map((c) => [`--mantine-color-${c}-light-color`, `var(--mantine-color-${c}-9)`])),
    // Hovering a filled button darkens it (Mantine would lighten shade 9 to 8, under 4.5:1 with white).
    ...Object.fromEntries(lightVariantColours.map((c) => [`--mantine-color-${c}-filled-hover`, `color-mix(in srgb, var(--mantine-color-${c}-9) 85%, black)`])),
  },
  dark: {},
});
