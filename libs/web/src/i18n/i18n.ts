import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ja from './ja.json';

export const languages = ['ja', 'en'] as const;
export type Language = (typeof languages)[number];

// Japanese is the source of truth: keys are typed from ja.json and en.json must match it.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ja };
  }
}

// A UI preference, not a secret, so it may outlive the tab (the access token may not).
const storageKey = 'dengon.language';
const stored = localStorage.getItem(storageKey);

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en satisfies typeof ja } },
  lng: languages.find((language) => language === stored) ?? 'ja',
  fallbackLng: 'ja',
  supportedLngs: languages,
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false, // resources are bundled, so render translated from the first frame
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(storageKey, language);
});
