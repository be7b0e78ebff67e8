import { Fieldset, NumberInput, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { yen } from '@dengon/web';
import { planCatalogueQuery } from '../plans/documents';
import {
  PRICE_OVERRIDE_FIELDS,
  type PriceOverrideField,
  type PriceOverridesValue,
} from './price-overrides';

const LABELS = {
  monthlyFee: 'contract.monthlyFee',
  includedCalls: 'contract.includedCalls',
  overagePerCall: 'contract.overagePerCall',
} as const satisfies Record<PriceOverrideField, string>;

/**
 * A contract's own price for any of the plan's three terms; an empty input
 * keeps the catalogue's, shown as its placeholder. The API's refusals come
 * back as `overrides.monthlyFee` and so on and are shown beside each input.
 */
export function PriceOverridesFields({
  planCode,
  value,
  onChange,
  error,
}: {
  planCode: string;
  value: PriceOverridesValue;
  onChange: (value: PriceOverridesValue) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(planCatalogueQuery);
  const catalogue = data?.planCatalogue.find((plan) => plan.code === planCode)?.currentPrice;
  const placeholder = (field: PriceOverrideField) => {
    if (!catalogue) return undefined;
    return field === 'includedCalls'
      ? t('plans.calls', { count: catalogue.includedCalls })
      : yen(catalogue[field]);
  };

  return (
    <Fieldset legend={t('overrides.title')} variant="filled">
      <Text size="sm" c="dimmed" mb="xs">
        {t('overrides.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {PRICE_OVERRIDE_FIELDS.map((field) => (
          <NumberInput
            key={field}
            label={t(LABELS[field])}
            placeholder={placeholder(field)}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            suffix={field === 'includedCalls' ? undefined : '円'}
            value={value[field]}
            onChange={(v) => onChange({ ...value, [field]: typeof v === 'number' ? v : '' })}
            error={error(`overrides.${field}`)}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
