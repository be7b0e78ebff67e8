import { Button, Card, Group, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contractQuery,
  firstOfNextMonth,
  FormProblem,
  usageThisMonthQuery,
  useSubmit,
} from '@dengon/web';
import { changePlanMutation } from './documents';
import { clientPlanTodayQuery } from '../clients/documents';
import { PlanSelect } from './PlanSelect';
import { noOverrides, overridesInput } from './price-overrides';
import { PriceOverridesFields } from './PriceOverridesFields';

/** A plan change from a date on; earlier terms stay in the history. */
export function ChangePlanForm({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const state = useSubmit(['planCode', 'effectiveFrom', 'overrides']);
  const [changePlan] = useMutation(changePlanMutation, {
    refetchQueries: [contractQuery, clientPlanTodayQuery, usageThisMonthQuery],
    awaitRefetchQueries: true,
  });
  const [planCode, setPlanCode] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(firstOfNextMonth);
  const [overrides, setOverrides] = useState(noOverrides);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const result = await state.submit(() =>
      changePlan({
        variables: {
          input: { contractId, planCode, effectiveFrom, overrides: overridesInput(overrides) },
        },
      }),
    );
    if (result) {
      setDone(true);
      setOverrides(noOverrides);
    }
  }

  return (
    <Card withBorder component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Title order={3} size="h4" mb="sm">
        {t('contract.changePlan')}
      </Title>
      <FormProblem state={state} />
      <Group align="flex-start" mt="xs" mb="md">
        <PlanSelect
          label={t('contract.newPlan')}
          value={planCode}
          onChange={setPlanCode}
          error={state.error('planCode')}
        />
        <TextInput
          type="date"
          label={t('contract.effectiveFrom')}
          description={t('contract.effectiveFromHint')}
          required
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
          error={state.error('effectiveFrom')}
        />
      </Group>
      <PriceOverridesFields
        planCode={planCode}
        value={overrides}
        onChange={setOverrides}
        error={state.error}
      />
      <Group mt="md">
        <Button type="submit" loading={state.submitting}>
          {t('contract.changePlanSubmit')}
        </Button>
        {done && (
          <Text size="sm" role="status">
            {t('contract.planChanged')}
          </Text>
        )}
      </Group>
    </Card>
  );
}
