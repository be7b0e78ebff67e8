import { TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader, useSubmit } from '@dengon/web';
import { CLIENT_FORM_FIELDS, emptyClient, inputOf } from './client-form-values';
import { ClientForm } from './ClientForm';
import { clientCompaniesQuery, createClientCompanyMutation } from './documents';

export function NewClientPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = useSubmit([...CLIENT_FORM_FIELDS, 'recordPrefix']);
  const [recordPrefix, setRecordPrefix] = useState('');
  const [create] = useMutation(createClientCompanyMutation, {
    refetchQueries: [clientCompaniesQuery],
  });

  async function save(values: typeof emptyClient) {
    const input = { ...inputOf(values), recordPrefix: recordPrefix.trim() || null };
    const result = await state.submit(() => create({ variables: { input } }));
    const company = result?.data?.createClientCompany;
    // A new client's next step is its contract.
    if (company) void navigate(`/clients/${company.id}/contract`);
  }

  return (
    <>
      <PageHeader title={t('clients.new')} description={t('clients.newDescription')} />
      <ClientForm
        initial={emptyClient}
        state={state}
        submitLabel={t('clients.create')}
        onSubmit={(values) => void save(values)}
        onCancel={() => void navigate('/clients')}
        extraFields={
          <TextInput
            label={t('clients.form.recordPrefix')}
            description={t('clients.form.recordPrefixHint')}
            placeholder="SS"
            maxLength={6}
            value={recordPrefix}
            onChange={(event) => setRecordPrefix(event.currentTarget.value.toUpperCase())}
            error={state.error('recordPrefix')}
          />
        }
      />
    </>
  );
}
