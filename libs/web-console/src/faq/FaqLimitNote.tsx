import { Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { contractQuery, faqItemsQuery, usePlanName } from '@dengon/web';

/** How many enabled items the plan allows and how many there are, so the limit is no surprise. */
export function FaqLimitNote({ clientCompanyId }: { clientCompanyId: string }) {
  const { t } = useTranslation();
  const planName = usePlanName();
  const { data: contract } = useQuery(contractQuery, { variables: { clientCompanyId } });
  const { data: all } = useQuery(faqItemsQuery, {
    variables: { clientCompanyId, includeDisabled: true },
  });
  const plan = contract?.contract?.currentTerm?.plan;
  if (!plan || !all) return null;
  const enabled = all.faqItems.filter((item) => item.enabled).length;
  return (
    <Text size="sm" c="dimmed" data-testid="faq-limit">
      {plan.faqLimit === null
        ? t('faq.limitUnlimited', { plan: planName(plan), enabled })
        : t('faq.limit', { plan: planName(plan), limit: plan.faqLimit, enabled })}
    </Text>
  );
}
