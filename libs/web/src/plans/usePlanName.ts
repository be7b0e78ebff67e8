import { useTranslation } from 'react-i18next';

/** The plan's name in the reader's language. */
export function usePlanName(): (plan: { nameJa: string; nameEn: string }) => string {
  const { i18n } = useTranslation();
  return (plan) => (i18n.resolvedLanguage === 'en' ? plan.nameEn : plan.nameJa);
}
