import { Permission } from '@dengon/domain';
import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailTable, nationalPhone, useCan, useSubmit } from '@dengon/web';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import { VoicemailGreetingSection } from '../voice/VoicemailGreetingSection';
import { CLIENT_FORM_FIELDS, inputOf, valuesOf, type ClientFormValues } from './client-form-values';
import { ClientForm } from './ClientForm';
import { ClientStatusBadge } from './ClientStatusBadge';
import { EscalationContactList } from './EscalationContactList';
import { updateClientCompanyMutation } from './documents';

/** The company's details; back office edits them with the version read. */
export function ClientProfileTab({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t } = useTranslation();
  const canEdit = useCan(Permission.ManageClients);
  const [editing, setEditing] = useState(false);
  const state = useSubmit(CLIENT_FORM_FIELDS);
  const [update] = useMutation(updateClientCompanyMutation);

  async function save(values: ClientFormValues) {
    const input = { ...inputOf(values), id: client.id, version: client.version };
    if (await state.submit(() => update({ variables: { input } }))) setEditing(false);
  }

  if (editing) {
    return (
      <ClientForm
        initial={valuesOf(client)}
        state={state}
        submitLabel={t('common.save')}
        onSubmit={(values) => void save(values)}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <Stack>
      <DetailTable
        rows={[
          { label: t('clients.form.name'), value: client.name },
          { label: t('clients.form.nameKana'), value: client.nameKana },
          { label: t('clients.form.recordPrefix'), value: client.recordPrefix },
          { label: t('clients.form.status'), value: <ClientStatusBadge status={client.status} /> },
          { label: t('clients.form.postalCode'), value: client.postalCode },
          { label: t('clients.form.address'), value: client.address },
          { label: t('clients.form.invoiceRecipientName'), value: client.invoiceRecipientName },
          { label: t('clients.form.billingEmail'), value: client.billingEmail },
          {
            label: t('clients.form.reportMethod'),
            value: t(`reportMethod.${client.reportMethod}`),
          },
          { label: t('clients.form.reportEmail'), value: client.reportEmail },
          {
            label: t('clients.form.reportFax'),
            value: client.reportFax && nationalPhone(client.reportFax),
          },
          { label: t('clients.form.digestTime'), value: client.digestTime },
          {
            label: t('escalation.title'),
            value: client.escalationContacts.length ? (
              <EscalationContactList contacts={client.escalationContacts} />
            ) : null,
          },
        ]}
      />
      {canEdit && (
        <Group>
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        </Group>
      )}
      <VoicemailGreetingSection client={client} />
    </Stack>
  );
}
