import { Button, Card, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contractQuery, FormProblem, tokyoDate, useSubmit } from '@dengon/web';
import { createContractMutation } from './documents';
import { clientPlanTodayQuery } from '../clients/documents';
import { presetCoverage } from './coverage';
import { CoverageEditor } from './CoverageEditor';
import { PlanSelect } from './PlanSelect';
import { noOverrides, overridesInput } from './price-overrides';
import { PriceOverridesFields } from './PriceOverridesFields';

/** A client's first contract (or the next one after the last ended). */
export function CreateContractForm({ clientCompanyId }: { clientCompanyId: string }) {
  const { t } = useTranslation();
  const state = useSubmit([
    'planCode',
    'startDate',
    'endDate',
    'overrides',
    'holidayRule',
    'coverageWindows',
  ]);
  const [create] = useMutation(createContractMutation, {
    refetchQueries: [contractQuery, clientPlanTodayQuery],
    awaitRefetchQueries: true,
  });
  const [planCode, setPlanCode] = useState('');
  const [startDate, setStartDate] = useState(tokyoDate);
  const [endDate, setEndDate] = useState('');
  const [overrides, setOverrides] = useState(noOverrides);
  const [coverage, setCoverage] = useState(() => presetCoverage('weekdays'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await state.submit(() =>
      create({
        variables: {
          input: {
            clientCompanyId,
            planCode,
            startDate,
            endDate: endDate || null,
            overrides: overridesInput(overrides),
            holidayRule: coverage.holidayRule,
            coverageWindows: coverage.windows,
          },
        },
      }),
    );
  }

  return (
    <Card withBorder component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Title order={3} size="h4">
          {t('contract.create')}
        </Title>
        <FormProblem state={state} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <PlanSelect
            label={t('contract.plan')}
            value={planCode}
            onChange={setPlanCode}
            error={state.error('planCode')}
          />
          <TextInput
            type="date"
            label={t('contract.startDate')}
            required
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={state.error('startDate')}
          />
          <TextInput
            type="date"
            label={t('contract.endDate')}
            description={t('contract.endDateHint')}
            value={endDate}
            onChange={(e) => setEndDate(e.currentTarget.value)}
            error={state.error('endDate')}
          />
        </SimpleGrid>
        <PriceOverridesFields
          planCode={planCode}
          value={overrides}
          onChange={setOverrides}
          error={state.error}
        />
        <CoverageEditor value={coverage} onChange={setCoverage} error={state.error} />
        <Group>
          <Button type="submit" loading={state.submitting}>
            {t('contract.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
