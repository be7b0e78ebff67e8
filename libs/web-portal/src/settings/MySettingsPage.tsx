import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  companySettingsQuery,
  FormProblem,
  PageHeader,
  QueryStatus,
  ReportSettingsFields,
  reportSettingsInputOf,
  reportSettingsValuesOf,
  type ReportSettingsValues,
  updateCompanySettingsMutation,
  useSubmit,
} from '@dengon/web';
import type { CompanySettingsFragment } from '../gql/graphql';

const FIELDS = ['reportMethod', 'reportEmail', 'reportFax', 'digestTime', 'escalationContacts'];

/**
 * The client admin keeps where reports go and whom operators call when it
 * cannot wait; every change is in the audit log the back office reads.
 */
export function MySettingsPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(companySettingsQuery, { variables: {} });
  const company = data?.clientCompany;
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      {!company ? (
        <QueryStatus error={error} />
      ) : (
        <SettingsForm key={company.id} company={company} />
      )}
    </>
  );
}

/** Starts from the settings once; saving sends the version the cache holds now. */
function SettingsForm({ company }: { company: CompanySettingsFragment }) {
  const { t } = useTranslation();
  const state = useSubmit(FIELDS);
  const [update] = useMutation(updateCompanySettingsMutation);
  const [values, setValues] = useState<ReportSettingsValues>(() => reportSettingsValuesOf(company));
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = { version: company.version, ...reportSettingsInputOf(values) };
    if (await state.submit(() => update({ variables: { input } }))) setSaved(true);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={880}>
        <FormProblem state={state} />
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('settings.saved')}
          </Alert>
        )}
        <ReportSettingsFields
          values={values}
          onChange={(change) => {
            setSaved(false);
            setValues((current) => ({ ...current, ...change }));
          }}
          error={state.error}
        />
        <Group>
          <Button type="submit" loading={state.submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
