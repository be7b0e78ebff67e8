import { Button, Card, Group, NativeSelect, NumberInput, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { firstOfNextMonth, FormProblem, usePlanName, useSubmit } from '@dengon/web';
import { addPlanPriceMutation, planCatalogueQuery } from './documents';

interface PlanOption {
  code: string;
  nameJa: string;
  nameEn: string;
  currentPrice?: {
    monthlyFee: number;
    includedCalls: number;
    overagePerCall: number;
    includedMails: number;
    overagePerMail: number;
  } | null;
}

/** A new price version from a future date: running and billed periods keep theirs. */
export function AddPriceForm({ plans }: { plans: readonly PlanOption[] }) {
  const { t } = useTranslation();
  const planName = usePlanName();
  const [addPrice] = useMutation(addPlanPriceMutation, {
    refetchQueries: [planCatalogueQuery],
    awaitRefetchQueries: true,
  });
  const form = useSubmit([
    'planCode',
    'effectiveFrom',
    'monthlyFee',
    'includedCalls',
    'overagePerCall',
    'includedMails',
    'overagePerMail',
  ]);
  const first = plans[0];
  const [values, setValues] = useState(() => ({
    planCode: first?.code ?? '',
    effectiveFrom: firstOfNextMonth(),
    monthlyFee: first?.currentPrice?.monthlyFee ?? 0,
    includedCalls: first?.currentPrice?.includedCalls ?? 0,
    overagePerCall: first?.currentPrice?.overagePerCall ?? 0,
    includedMails: first?.currentPrice?.includedMails ?? 0,
    overagePerMail: first?.currentPrice?.overagePerMail ?? 0,
  }));
  const [saved, setSaved] = useState(false);

  function choosePlan(code: string) {
    const price = plans.find((plan) => plan.code === code)?.currentPrice;
    // Start from today's price: a change is usually a small step from it.
    setValues((v) => ({
      ...v,
      planCode: code,
      monthlyFee: price?.monthlyFee ?? v.monthlyFee,
      includedCalls: price?.includedCalls ?? v.includedCalls,
      overagePerCall: price?.overagePerCall ?? v.overagePerCall,
      includedMails: price?.includedMails ?? v.includedMails,
      overagePerMail: price?.overagePerMail ?? v.overagePerMail,
    }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await form.submit(() => addPrice({ variables: { input: values } }));
    if (result) setSaved(true);
  }

  const yenProps = { min: 0, thousandSeparator: ',', suffix: '円', allowDecimal: false } as const;
  return (
    <Card withBorder component="form" onSubmit={(e) => void submit(e)}>
      <Title order={3} size="h4" mb="sm">
        {t('plans.addPrice')}
      </Title>
      <FormProblem state={form} />
      <Group align="flex-start" grow>
        <NativeSelect
          label={t('plans.plan')}
          value={values.planCode}
          onChange={(e) => choosePlan(e.currentTarget.value)}
          data={plans.map((plan) => ({ value: plan.code, label: planName(plan) }))}
          error={form.error('planCode')}
        />
        <TextInput
          type="date"
          label={t('plans.effectiveFrom')}
          required
          value={values.effectiveFrom}
          onChange={(e) => setValues({ ...values, effectiveFrom: e.currentTarget.value })}
          error={form.error('effectiveFrom')}
        />
        <NumberInput
          label={t('plans.monthlyFeeExclTax')}
          required
          {...yenProps}
          value={values.monthlyFee}
          onChange={(v) => setValues({ ...values, monthlyFee: Number(v) || 0 })}
          error={form.error('monthlyFee')}
        />
        <NumberInput
          label={t('plans.includedCalls')}
          required
          min={0}
          allowDecimal={false}
          value={values.includedCalls}
          onChange={(v) => setValues({ ...values, includedCalls: Number(v) || 0 })}
          error={form.error('includedCalls')}
        />
        <NumberInput
          label={t('plans.overagePerCall')}
          required
          {...yenProps}
          value={values.overagePerCall}
          onChange={(v) => setValues({ ...values, overagePerCall: Number(v) || 0 })}
          error={form.error('overagePerCall')}
        />
      </Group>
      <Group align="flex-start" grow mt="sm">
        <NumberInput
          label={t('plans.includedMails')}
          min={0}
          allowDecimal={false}
          value={values.includedMails}
          onChange={(v) => setValues({ ...values, includedMails: Number(v) || 0 })}
          error={form.error('includedMails')}
        />
        <NumberInput
          label={t('plans.overagePerMail')}
          description={t('plans.overagePerMailHint')}
          {...yenProps}
          value={values.overagePerMail}
          onChange={(v) => setValues({ ...values, overagePerMail: Number(v) || 0 })}
          error={form.error('overagePerMail')}
        />
      </Group>
      <Group mt="md">
        <Button type="submit" loading={form.submitting}>
          {t('plans.addPriceSubmit')}
        </Button>
        {saved && <span role="status">{t('plans.priceAdded')}</span>}
      </Group>
    </Card>
  );
}
