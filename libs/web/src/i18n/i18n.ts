import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
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
const stored = languages.find((language) => language === localStorage.getItem(storageKey));

export const i18n = i18next.createInstance();

// Japanese is bundled; English texts load when first chosen, so most users never fetch them.
void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja } },
  lng: 'ja',
  fallbackLng: 'ja',
  supportedLngs: languages,
  partialBundledLanguages: true,
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false, // render translated from the first frame
});

/** Switches the screens' language, loading its texts first when they are not bundled. */
export async function switchLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    const { default: en } = await import('./en.json');
    i18n.addResourceBundle('en', 'translation', en satisfies typeof ja);
  }
  await i18n.changeLanguage(language);
}

/** Settles once the user's chosen language can be shown; the app renders after it. */
export const languageReady: Promise<void> = stored ? switchLanguage(stored) : Promise.resolve();

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(storageKey, language);
});
