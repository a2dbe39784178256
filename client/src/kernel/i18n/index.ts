import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ru from './ru.json';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'schetovod.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return LANGUAGES.find((language) => language === value) ?? 'ru';
  } catch {
    return 'ru';
  }
}

/** One area's strings in every language. */
export interface AreaLocales {
  ru: object;
  en: object;
}

/**
 * Starts i18next with the kernel's strings plus each area's strings under its own top-level key
 * (`areas.leads` → `t('leads.…')`). The shell passes the areas: the kernel imports none of them.
 */
export function initI18n(areas: Record<string, AreaLocales>): typeof i18n {
  const translation = (language: Language) => ({
    ...(language === 'ru' ? ru : en),
    ...Object.fromEntries(Object.entries(areas).map(([area, locales]) => [area, locales[language]])),
  });
  void i18n.use(initReactI18next).init({
    resources: { ru: { translation: translation('ru') }, en: { translation: translation('en') } },
    lng: storedLanguage(),
    fallbackLng: 'ru',
    interpolation: { escapeValue: false },
  });

  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    localStorage.setItem(LANGUAGE_KEY, language);
  });
  return i18n;
}

export default i18n;
