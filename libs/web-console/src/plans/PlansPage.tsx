import { Permission } from '@dengon/domain';
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryStatus, useCan, usePlanName, yen } from '@dengon/web';
import { AddPriceForm } from './AddPriceForm';
import { planCatalogueQuery } from './documents';

/** The plan catalogue with every price version; back office adds future prices. */
export function PlansPage() {
  const { t } = useTranslation();
  const planName = usePlanName();
  const canEdit = useCan(Permission.ManagePlans);
  const { data, error } = useQuery(planCatalogueQuery);

  return (
    <>
      <PageHeader title={t('plans.title')} description={t('plans.description')} />
      {!data ? (
        <QueryStatus error={error} />
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {data.planCatalogue.map((plan) => (
              <Card key={plan.code} withBorder component="section" aria-label={planName(plan)}>
                <Group justify="space-between" mb="xs">
                  <Title order={3} size="h4">
                    {planName(plan)}
                  </Title>
                  {plan.currentPrice && (
                    <Text fw={700}>
                      {t('plans.perMonth', { price: yen(plan.currentPrice.monthlyFee) })}
                    </Text>
                  )}
                </Group>
                <Text size="sm" c="dimmed" mb="xs">
                  {plan.description}
                </Text>
                <Group gap="xs" mb="sm">
                  <Badge variant="light" tt="none">
                    {plan.faqLimit === null
                      ? t('plans.faqUnlimited')
                      : plan.faqLimit === 0
                        ? t('plans.faqNone')
                        : t('plans.faqLimit', { count: plan.faqLimit })}
                  </Badge>
                  {plan.extraFieldsAllowed && (
                    <Badge variant="light" tt="none">
                      {t('plans.extraFields')}
                    </Badge>
                  )}
                  {plan.dispatchIncluded && (
                    <Badge variant="light" tt="none">
                      {t('plans.dispatch')}
                    </Badge>
                  )}
                  {plan.emailHandling && (
                    <Badge variant="light" tt="none">
                      {t('plans.email')}
                    </Badge>
                  )}
                </Group>
                <Table striped withTableBorder fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('plans.effectiveFrom')}</Table.Th>
                      <Table.Th>{t('plans.monthlyFee')}</Table.Th>
                      <Table.Th>{t('plans.includedCalls')}</Table.Th>
                      <Table.Th>{t('plans.overagePerCall')}</Table.Th>
                      <Table.Th>{t('plans.mailPricing')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {plan.prices.map((price) => (
                      <Table.Tr key={price.id}>
                        <Table.Td>
                          {price.effectiveFrom}{' '}
                          {price.id === plan.currentPrice?.id && (
                            <Badge size="xs" tt="none">
                              {t('plans.current')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>{yen(price.monthlyFee)}</Table.Td>
                        <Table.Td>{t('plans.calls', { count: price.includedCalls })}</Table.Td>
                        <Table.Td>{yen(price.overagePerCall)}</Table.Td>
                        <Table.Td>
                          {price.overagePerMail > 0
                            ? t('plans.mailPrice', {
                                included: t('plans.mails', { count: price.includedMails }),
                                over: yen(price.overagePerMail),
                              })
                            : t('plans.mailAsCalls')}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            ))}
          </SimpleGrid>
          {canEdit && <AddPriceForm plans={data.planCatalogue} />}
          <Text size="xs" c="dimmed">
            {t('plans.taxNote')}
          </Text>
        </Stack>
      )}
    </>
  );
}
