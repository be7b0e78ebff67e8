import { Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../forms/FormProblem';
import { useSubmit } from '../forms/useSubmit';
import type { ContractDetailsFragment } from '../gql/graphql';
import { windowInputs } from './coverage';
import { CoverageEditor } from './CoverageEditor';
import { updateContractMutation } from './documents';

/** Coverage hours and end date of a running contract, sent with the version read. */
export function EditContractForm({
  contract,
  onDone,
}: {
  contract: ContractDetailsFragment;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const state = useSubmit(['endDate', 'holidayRule', 'coverageWindows']);
  const [update] = useMutation(updateContractMutation);
  const [endDate, setEndDate] = useState(contract.endDate ?? '');
  const [coverage, setCoverage] = useState(() => ({
    windows: windowInputs(contract.coverageWindows),
    holidayRule: contract.holidayRule,
  }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      id: contract.id,
      version: contract.version,
      endDate: endDate || null,
      holidayRule: coverage.holidayRule,
      coverageWindows: coverage.windows,
    };
    if (await state.submit(() => update({ variables: { input } }))) onDone();
  }

  return (
    <Card withBorder component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Title order={3} size="h4">
          {t('contract.edit')}
        </Title>
        <FormProblem state={state} />
        <TextInput
          type="date"
          label={t('contract.endDate')}
          description={t('contract.endDateHint')}
          value={endDate}
          onChange={(e) => setEndDate(e.currentTarget.value)}
          error={state.error('endDate')}
          w={240}
        />
        <CoverageEditor value={coverage} onChange={setCoverage} error={state.error} />
        <Group>
          <Button type="submit" loading={state.submitting}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
