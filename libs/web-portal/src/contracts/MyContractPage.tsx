import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  ContractOverview,
  contractQuery,
  NumberTable,
  OptionsTable,
  PageHeader,
  phoneNumbersQuery,
  QueryStatus,
  UsageThisMonth,
} from '@dengon/web';

/** The client's own contract, options and numbers, read-only. The API scopes them to the session. */
export function MyContractPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(contractQuery, { variables: {} });
  const { data: numbers, error: numbersError } = useQuery(phoneNumbersQuery, { variables: {} });

  return (
    <>
      <PageHeader title={t('contract.mineTitle')} />
      <Stack gap="lg">
        {!data ? (
          <QueryStatus error={error} />
        ) : !data.contract ? (
          <Text c="dimmed">{t('contract.noneMine')}</Text>
        ) : (
          <>
            <section aria-labelledby="my-contract">
              <Title order={3} size="h4" id="my-contract" mb="xs">
                {t('contract.currentTitle')}
              </Title>
              <ContractOverview contract={data.contract} />
            </section>
            <section aria-labelledby="my-usage">
              <Title order={3} size="h4" id="my-usage" mb="xs">
                {t('usage.title')}
              </Title>
              <UsageThisMonth />
            </section>
            <section aria-labelledby="my-options">
              <Title order={3} size="h4" id="my-options" mb="xs">
                {t('contract.options')}
              </Title>
              <OptionsTable options={data.contract.options} />
            </section>
          </>
        )}
        <section aria-labelledby="my-numbers">
          <Title order={3} size="h4" id="my-numbers" mb="xs">
            {t('numbers.title')}
          </Title>
          {!numbers ? (
            <QueryStatus error={numbersError} />
          ) : (
            <NumberTable numbers={numbers.phoneNumbers} />
          )}
        </section>
        <Text size="xs" c="dimmed">
          {t('plans.taxNote')}
        </Text>
      </Stack>
    </>
  );
}
