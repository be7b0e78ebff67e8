import { NativeSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScriptContentView } from './script-draft';

type Field = ScriptContentView['fields'][number];

/** One intake field as the operator's form shows it; typing in it does nothing but try it out. */
export function PreviewField({ field }: { field: Field }) {
  const { t } = useTranslation();
  const common = {
    label: field.label || t('script.unnamedField', { n: '' }),
    description: field.helpText || undefined,
    withAsterisk: field.required,
    size: 'sm' as const,
  };
  switch (field.type) {
    case 'LONG_TEXT':
      return <Textarea {...common} autosize minRows={2} />;
    case 'POSTAL_ADDRESS':
      return (
        <Textarea {...common} autosize minRows={2} placeholder={t('script.addressPlaceholder')} />
      );
    case 'PHONE':
      return <TextInput {...common} type="tel" placeholder="03-1234-5678" />;
    case 'EMAIL':
      return <TextInput {...common} type="email" placeholder="name@example.jp" />;
    case 'DATETIME':
      return <TextInput {...common} type="datetime-local" />;
    case 'NUMBER':
      return <NumberInput {...common} />;
    case 'CHOICE':
      return (
        <NativeSelect
          {...common}
          data={[
            { value: '', label: t('script.choose') },
            ...(field.options ?? []).map((o) => ({ value: o, label: o })),
          ]}
        />
      );
    case 'TEXT':
      return <TextInput {...common} />;
  }
}
