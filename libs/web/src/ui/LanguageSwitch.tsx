import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, switchLanguage, type Language } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl<Language>
      size="xs"
      aria-label={t('language.label')}
      value={languages.find((language) => language === i18n.resolvedLanguage) ?? 'ja'}
      onChange={(language) => void switchLanguage(language)}
      data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
    />
  );
}
