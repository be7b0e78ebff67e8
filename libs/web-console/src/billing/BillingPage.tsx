import { Permission } from '@dengon/domain';
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader, useCan } from '@dengon/web';
import { AgingPanel } from './AgingPanel';
import { InvoicesPanel } from './InvoicesPanel';
import { PaymentsPanel } from './PaymentsPanel';

/**
 * 請求: the month's invoices, payments and reconciliation for the back office,
 * who runs billing; receivables by age also for a supervisor granted them.
 */
export function BillingPage() {
  const { t } = useTranslation();
  const runs = useCan(Permission.RunBilling);
  return (
    <>
      <PageHeader title={t('billing.title')} description={t('billing.description')} />
      <Tabs defaultValue={runs ? 'invoices' : 'aging'} keepMounted={false}>
        <Tabs.List mb="md">
          {runs && <Tabs.Tab value="invoices">{t('billing.tabs.invoices')}</Tabs.Tab>}
          {runs && <Tabs.Tab value="payments">{t('billing.tabs.payments')}</Tabs.Tab>}
          <Tabs.Tab value="aging">{t('billing.tabs.aging')}</Tabs.Tab>
        </Tabs.List>
        {runs && (
          <Tabs.Panel value="invoices">
            <InvoicesPanel />
          </Tabs.Panel>
        )}
        {runs && (
          <Tabs.Panel value="payments">
            <PaymentsPanel />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="aging">
          <AgingPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
