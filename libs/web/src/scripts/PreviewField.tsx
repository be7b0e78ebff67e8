import { NativeSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toKatakanaReading } from '@dengon/domain';
import type { ScriptContentView } from './script-content';

type Field = ScriptContentView['fields'][number];

/**
 * One intake field as the operator's form shows it. In the script preview
 * typing in it does nothing but try it out; on a call the intake form passes
 * the value, its change handler and the API's message for it.
 */
export function PreviewField({
  field,
  value,
  onChange,
  error,
}: {
  field: Field;
  value?: string | number;
  onChange?: (value: string | number) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const common = {
    label: field.label || t('script.unnamedField', { n: '' }),
    description: field.helpText || undefined,
    withAsterisk: field.required,
    size: 'sm' as const,
    error,
  };
  const text = onChange && {
    value: String(value ?? ''),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      onChange(event.currentTarget.value),
  };
  switch (field.type) {
    case 'LONG_TEXT':
      return <Textarea {...common} {...text} autosize minRows={2} />;
    case 'POSTAL_ADDRESS':
      return (
        <Textarea
          {...common}
          {...text}
          autosize
          minRows={2}
          placeholder={t('script.addressPlaceholder')}
        />
      );
    case 'PHONE':
      return <TextInput {...common} {...text} type="tel" placeholder="03-1234-5678" />;
    case 'EMAIL':
      return <TextInput {...common} {...text} type="email" placeholder="name@example.jp" />;
    case 'DATETIME':
      return <TextInput {...common} {...text} type="datetime-local" />;
    case 'NUMBER':
      return <NumberInput {...common} {...(onChange && { value: value ?? '', onChange })} />;
    case 'CHOICE':
      return (
        <NativeSelect
          {...common}
          {...text}
          data={[
            { value: '', label: t('script.choose') },
            ...(field.options ?? []).map((o) => ({ value: o, label: o })),
          ]}
        />
      );
    case 'TEXT':
      return <TextInput {...common} {...text} />;
    case 'KANA':
      // Typed half-width or in hiragana, shown as it is kept once the field is left.
      return (
        <TextInput
          {...common}
          {...text}
          placeholder="ヤマダ　タロウ"
          onBlur={(event) => onChange?.(toKatakanaReading(event.currentTarget.value))}
        />
      );
  }
}
