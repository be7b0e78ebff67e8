import { BASIC_INTAKE_FIELDS } from '@dengon/domain';
import { Alert } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { contractQuery, tokyoDate, usePlanName } from '@dengon/web';

// The basic set every plan takes; only these keys pass without extra fields.
const BASIC_KEYS = BASIC_INTAKE_FIELDS.map((f) => f.key).join(', ');

/** Tells the editor up front what the client's plan allows, rather than after a refused save. */
export function PlanFieldsHint({ clientCompanyId }: { clientCompanyId: string }) {
  const { t } = useTranslation();
  const planName = usePlanName();
  const { data } = useQuery(contractQuery, { variables: { clientCompanyId } });
  if (!data) return null;
  const plan = data.contract?.currentTerm?.plan;
  if (!plan) {
    return (
      <Alert color="yellow" variant="light" role="note">
        {t('script.noContract')}
      </Alert>
    );
  }
  const today = tokyoDate();
  const extraFieldsOption = data.contract?.options.some(
    (o) => o.kind === 'EXTRA_FIELDS' && o.startDate <= today && (!o.endDate || o.endDate >= today),
  );
  if (plan.extraFieldsAllowed || extraFieldsOption) return null;
  return (
    <Alert color="blue" variant="light" role="note">
      {t('script.basicFieldsOnly', { plan: planName(plan), keys: BASIC_KEYS })}
    </Alert>
  );
}
