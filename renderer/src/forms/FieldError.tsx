import { useTranslation } from 'react-i18next';
import { translateErrorKey } from './translate-error';

/**
 * A field message kept as its key and translated while rendering, so messages already on screen
 * follow a language switch instead of staying in the language they were first shown in.
 */
export function FieldError({ code, params }: { code: string; params?: Record<string, string | number> }) {
  const { t } = useTranslation();
  return <>{translateErrorKey(t, code, params)}</>;
}
