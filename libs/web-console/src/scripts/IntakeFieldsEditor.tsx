import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Input,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DraftField, INTAKE_FIELD_TYPES, moveField, newUid } from './script-draft';

/** The intake fields an operator fills in, in order: add, remove, reorder, edit. */
export function IntakeFieldsEditor({
  fields,
  onChange,
  error,
}: {
  fields: DraftField[];
  onChange: (fields: DraftField[]) => void;
  error: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<DraftField>) =>
    onChange(fields.map((f, i) => (i === index ? { ...f, ...change } : f)));

  return (
    <Stack gap="xs">
      <Input.Label>{t('script.fields')}</Input.Label>
      {error('fields') && (
        <Text c="red" size="sm">
          {error('fields')}
        </Text>
      )}
      {fields.map((field, index) => {
        const name = field.label || t('script.unnamedField', { n: index + 1 });
        const at = (property: string) => error(`fields.${index}.${property}`);
        return (
          <Paper
            key={field.uid}
            withBorder
            p="sm"
            component="fieldset"
            aria-label={t('script.fieldN', { n: index + 1, name })}
            style={{ margin: 0 }}
          >
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                {index + 1}. {name}
              </Text>
              <Group gap={4}>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('script.moveUp', { name })}
                  disabled={index === 0}
                  onClick={() => onChange(moveField(fields, index, index - 1))}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('script.moveDown', { name })}
                  disabled={index === fields.length - 1}
                  onClick={() => onChange(moveField(fields, index, index + 1))}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('script.removeField', { name })}
                  onClick={() => onChange(fields.filter((_, i) => i !== index))}
                >
                  ×
                </ActionIcon>
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                size="xs"
                label={t('script.fieldLabel')}
                required
                value={field.label}
                onChange={(e) => set(index, { label: e.currentTarget.value })}
                error={at('label')}
              />
              <TextInput
                size="xs"
                label={t('script.fieldKey')}
                description={t('script.fieldKeyHint')}
                required
                value={field.key}
                onChange={(e) => set(index, { key: e.currentTarget.value })}
                error={at('key')}
              />
              <NativeSelect
                size="xs"
                label={t('script.fieldType')}
                value={field.type}
                onChange={(e) => set(index, { type: e.currentTarget.value as DraftField['type'] })}
                data={INTAKE_FIELD_TYPES.map((type) => ({
                  value: type,
                  label: t(`fieldType.${type}`),
                }))}
                error={at('type')}
              />
              <TextInput
                size="xs"
                label={t('script.fieldHelp')}
                value={field.helpText}
                onChange={(e) => set(index, { helpText: e.currentTarget.value })}
                error={at('helpText')}
              />
              {field.type === 'CHOICE' && (
                <TagsInput
                  size="xs"
                  label={t('script.fieldOptions')}
                  description={t('script.fieldOptionsHint')}
                  value={field.options}
                  onChange={(options) => set(index, { options })}
                  error={at('options')}
                />
              )}
              <Checkbox
                mt="xs"
                label={t('script.fieldRequired')}
                checked={field.required}
                onChange={(e) => set(index, { required: e.currentTarget.checked })}
              />
            </SimpleGrid>
          </Paper>
        );
      })}
      <Group>
        <Button
          size="xs"
          variant="default"
          onClick={() =>
            onChange([
              ...fields,
              {
                uid: newUid(),
                key: '',
                label: '',
                type: 'TEXT',
                required: false,
                helpText: '',
                options: [],
              },
            ])
          }
        >
          {t('script.addField')}
        </Button>
      </Group>
    </Stack>
  );
}
