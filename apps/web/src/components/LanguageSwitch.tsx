import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n';

const OTHER: Record<Language, { code: Language; name: string }> = {
  de: { code: 'en', name: 'English' },
  en: { code: 'de', name: 'Deutsch' },
};

/**
 * Switches between German and English. The visible text is the other
 * language's own name (marked with its lang); screen readers hear what the
 * button does first.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = OTHER[i18n.language === 'en' ? 'en' : 'de'];
  return (
    <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => i18n.changeLanguage(other.code)}>
      <span className="kern-label">
        <span className="app-sr-only">{t('layout.switchLanguage')} </span>
        <span lang={other.code}>{other.name}</span>
      </span>
    </button>
  );
}
