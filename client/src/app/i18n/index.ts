import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ru from './ru.json';
import leadsEn from '../../features/leads/locales/en.json';
import leadsRu from '../../features/leads/locales/ru.json';
import pricingEn from '../../features/pricing/locales/en.json';
import pricingRu from '../../features/pricing/locales/ru.json';
import projectsEn from '../../features/projects/locales/en.json';
import projectsRu from '../../features/projects/locales/ru.json';

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

// each feature keeps its strings beside it, under its own top-level key
export const resources = {
  ru: { translation: { ...ru, leads: leadsRu, pricing: pricingRu, projects: projectsRu } },
  en: { translation: { ...en, leads: leadsEn, pricing: pricingEn, projects: projectsEn } },
} as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'ru',
  interpolation: { escapeValue: false },
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(LANGUAGE_KEY, language);
});

export default i18n;
