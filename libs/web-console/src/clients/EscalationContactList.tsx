import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nationalPhone } from '@dengon/web';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';

/** The 緊急連絡先 as read on the 基本情報 tab: name, number in national format, note. */
export function EscalationContactList({
  contacts,
}: {
  contacts: ClientCompanyDetailsFragment['escalationContacts'];
}) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2} listStyleType="none">
      {contacts.map((contact, index) => (
        <List.Item key={index}>
          {contact.name}{' '}
          <Anchor href={`tel:${contact.phone}`} inherit>
            {nationalPhone(contact.phone)}
          </Anchor>
          {contact.note && (
            <Text span inherit c="dimmed">
              {t('escalation.noteValue', { note: contact.note })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
