import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de, en } from './messages';

const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Read by the API to localise its error messages, so they follow the interface language. */
const LANGUAGE_COOKIE = 'kw_lang';

const isLanguage = (value: string | undefined): value is Language => LANGUAGES.includes(value as Language);

function initialLanguage(): Language {
  const fromCookie = document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${LANGUAGE_COOKIE}=`))
    ?.slice(LANGUAGE_COOKIE.length + 1);
  if (isLanguage(fromCookie)) return fromCookie;
  const preferred = navigator.languages.map((l) => l.slice(0, 2).toLowerCase()).find(isLanguage);
  return preferred ?? 'de';
}

function applyLanguage(language: string) {
  document.documentElement.lang = language;
  document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=31536000; SameSite=Lax`;
}

export function setupI18n() {
  i18n.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: 'de',
    supportedLngs: LANGUAGES,
    initAsync: false,
    interpolation: { escapeValue: false },
    // Keeps the browser console free of i18next's advertisement.
    showSupportNotice: false,
  });
  applyLanguage(i18n.language);
  i18n.on('languageChanged', applyLanguage);
  return i18n;
}
