import { Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { toApiProblem } from '../forms/api-problem';
import { yearMonth } from '../format/format';
import { QueryStatus } from '../ui/QueryStatus';
import { usageThisMonthQuery } from './documents';

/** Beyond the included calls the bar and the count over turn to this colour. */
const OVER_COLOR = 'orange';

/**
 * This month's billable calls against the plan's included count, for the
 * client in the portal and for staff on the contract tab.
 */
export function UsageThisMonth({ clientCompanyId }: { clientCompanyId?: string }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(usageThisMonthQuery, {
    variables: clientCompanyId ? { clientCompanyId } : {},
    fetchPolicy: 'cache-and-network',
  });
  const usage = data?.usageThisMonth;

  if (!usage) {
    // Refused as bad input: no contract in force today (one starting later, or ended).
    if (error && toApiProblem(error).code !== 'BAD_USER_INPUT')
      return <QueryStatus error={error} />;
    return error || data ? (
      <Text size="sm" c="dimmed">
        {t('usage.unavailable')}
      </Text>
    ) : null;
  }

  const over = usage.overCalls > 0;
  const percent =
    usage.includedCalls > 0
      ? Math.min(100, (usage.calls / usage.includedCalls) * 100)
      : usage.calls > 0
        ? 100
        : 0;
  return (
    <Stack gap={6}>
      <Text>
        {t('usage.line', {
          month: yearMonth(usage.month, i18n.language),
          calls: t('plans.calls', { count: usage.calls }),
          included: t('plans.calls', { count: usage.includedCalls }),
        })}
        <Text span inherit c={over ? OVER_COLOR : undefined} fw={over ? 700 : undefined}>
          {t('usage.over', { count: usage.overCalls })}
        </Text>
      </Text>
      {usage.mailsBilledApart ? (
        <Text size="sm">
          {t('usage.mailLine', {
            mails: t('plans.mails', { count: usage.mails }),
            included: t('plans.mails', { count: usage.includedMails }),
          })}
          <Text
            span
            inherit
            c={usage.overMails > 0 ? OVER_COLOR : undefined}
            fw={usage.overMails > 0 ? 700 : undefined}
          >
            {t('usage.over', { count: usage.overMails })}
          </Text>
        </Text>
      ) : (
        usage.mails > 0 && (
          <Text size="sm" c="dimmed">
            {t('usage.mails', { count: usage.mails })}
          </Text>
        )
      )}
      <Progress
        value={percent}
        color={over ? OVER_COLOR : 'blue'}
        size="lg"
        aria-label={t('usage.progress')}
      />
    </Stack>
  );
}
