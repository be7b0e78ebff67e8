import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function FaqSearchInput({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="search"
      label={t('faq.search')}
      description={t('faq.searchHint')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      maw={420}
    />
  );
}
