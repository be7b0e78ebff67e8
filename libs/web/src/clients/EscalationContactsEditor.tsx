import {
  ActionIcon,
  Button,
  Fieldset,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  emptyEscalationContact,
  MAX_ESCALATION_CONTACTS,
  type EscalationContactValues,
} from './report-settings';

/**
 * 緊急連絡先: whom operators call when an intake cannot wait. The API names a
 * refused row's field (`escalationContacts.0.phone`); it is shown beside that input.
 */
export function EscalationContactsEditor({
  value,
  onChange,
  error,
}: {
  value: readonly EscalationContactValues[];
  onChange: (value: EscalationContactValues[]) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const setContact = (index: number, change: Partial<EscalationContactValues>) =>
    onChange(value.map((contact, i) => (i === index ? { ...contact, ...change } : contact)));
  const listError = error('escalationContacts');

  return (
    <Fieldset legend={t('escalation.title')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('escalation.hint', { max: MAX_ESCALATION_CONTACTS })}
      </Text>
      {value.length > 0 && (
        <Table withTableBorder verticalSpacing={4} mb="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('escalation.name')}</Table.Th>
              <Table.Th>{t('escalation.phone')}</Table.Th>
              <Table.Th>{t('escalation.note')}</Table.Th>
              <Table.Th w={60}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {value.map((contact, index) => {
              const row = index + 1;
              const field = (name: keyof EscalationContactValues) =>
                error(`escalationContacts.${index}.${name}`);
              return (
                <Table.Tr key={index}>
                  <Table.Td>
                    <TextInput
                      aria-label={t('escalation.nameOf', { row })}
                      required
                      value={contact.name}
                      onChange={(e) => setContact(index, { name: e.currentTarget.value })}
                      error={field('name') ?? error(`escalationContacts.${index}`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('escalation.phoneOf', { row })}
                      type="tel"
                      placeholder="090-1234-5678"
                      required
                      value={contact.phone}
                      onChange={(e) => setContact(index, { phone: e.currentTarget.value })}
                      error={field('phone')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('escalation.noteOf', { row })}
                      placeholder={t('escalation.notePlaceholder')}
                      value={contact.note}
                      onChange={(e) => setContact(index, { note: e.currentTarget.value })}
                      error={field('note')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('escalation.remove', { row })}
                      onClick={() => onChange(value.filter((_, i) => i !== index))}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {listError && (
        <Text c="red" size="sm" role="alert" mb="xs">
          {listError}
        </Text>
      )}
      <Button
        size="xs"
        variant="default"
        disabled={value.length >= MAX_ESCALATION_CONTACTS}
        onClick={() => onChange([...value, { ...emptyEscalationContact }])}
      >
        {t('escalation.add')}
      </Button>
    </Fieldset>
  );
}
