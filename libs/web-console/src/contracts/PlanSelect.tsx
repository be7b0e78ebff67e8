import { NativeSelect } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { usePlanName, yen } from '@dengon/web';
import { planCatalogueQuery } from '../plans/documents';

/** A plan from the catalogue, each shown with today's monthly price. */
export function PlanSelect({
  value,
  onChange,
  error,
  label,
}: {
  value: string;
  onChange: (planCode: string) => void;
  error?: string;
  label: string;
}) {
  const { t } = useTranslation();
  const planName = usePlanName();
  const { data } = useQuery(planCatalogueQuery);
  const plans = data?.planCatalogue ?? [];
  return (
    <NativeSelect
      label={label}
      required
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      data={[
        { value: '', label: t('contract.choosePlan'), disabled: true },
        ...plans.map((plan) => ({
          value: plan.code,
          label: plan.currentPrice
            ? t('contract.planWithPrice', {
                plan: planName(plan),
                price: yen(plan.currentPrice.monthlyFee),
              })
            : planName(plan),
        })),
      ]}
    />
  );
}
