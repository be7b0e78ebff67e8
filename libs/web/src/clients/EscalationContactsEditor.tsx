import {
  ActionIcon,
  Button,
  Card,
  Fieldset,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../ui/usePhone';
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
  // On a phone each contact is a card of its fields, labelled; on a wider screen a table row.
  const phone = usePhone();
  const inputsOf = (contact: EscalationContactValues, index: number) => {
    const row = index + 1;
    const field = (name: keyof EscalationContactValues) =>
      error(`escalationContacts.${index}.${name}`);
    return [
      <TextInput
        key="name"
        aria-label={t('escalation.nameOf', { row })}
        label={phone ? t('escalation.name') : undefined}
        required
        value={contact.name}
        onChange={(e) => setContact(index, { name: e.currentTarget.value })}
        error={field('name') ?? error(`escalationContacts.${index}`)}
      />,
      <TextInput
        key="phone"
        aria-label={t('escalation.phoneOf', { row })}
        label={phone ? t('escalation.phone') : undefined}
        type="tel"
        placeholder="090-1234-5678"
        required
        value={contact.phone}
        onChange={(e) => setContact(index, { phone: e.currentTarget.value })}
        error={field('phone')}
      />,
      <TextInput
        key="note"
        aria-label={t('escalation.noteOf', { row })}
        label={phone ? t('escalation.note') : undefined}
        placeholder={t('escalation.notePlaceholder')}
        value={contact.note}
        onChange={(e) => setContact(index, { note: e.currentTarget.value })}
        error={field('note')}
      />,
      <ActionIcon
        key="remove"
        variant="subtle"
        color="red"
        size={phone ? 'lg' : 'md'}
        aria-label={t('escalation.remove', { row })}
        onClick={() => onChange(value.filter((_, i) => i !== index))}
      >
        ×
      </ActionIcon>,
    ];
  };

  return (
    <Fieldset legend={t('escalation.title')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('escalation.hint', { max: MAX_ESCALATION_CONTACTS })}
      </Text>
      {value.length > 0 &&
        (phone ? (
          <Stack gap="xs" mb="xs">
            {value.map((contact, index) => (
              <Card key={index} withBorder padding="xs">
                <Stack gap={4}>{inputsOf(contact, index)}</Stack>
              </Card>
            ))}
          </Stack>
        ) : (
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
              {value.map((contact, index) => (
                <Table.Tr key={index}>
                  {inputsOf(contact, index).map((input, i) => (
                    <Table.Td key={i}>{input}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
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
