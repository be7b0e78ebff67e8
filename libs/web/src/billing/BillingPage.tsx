import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../ui/PageHeader';
import { AgingPanel } from './AgingPanel';
import { InvoicesPanel } from './InvoicesPanel';
import { PaymentsPanel } from './PaymentsPanel';

/** 請求 (back office): the month's invoices, payments and reconciliation, receivables by age. */
export function BillingPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('billing.title')} description={t('billing.description')} />
      <Tabs defaultValue="invoices" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="invoices">{t('billing.tabs.invoices')}</Tabs.Tab>
          <Tabs.Tab value="payments">{t('billing.tabs.payments')}</Tabs.Tab>
          <Tabs.Tab value="aging">{t('billing.tabs.aging')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="invoices">
          <InvoicesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="payments">
          <PaymentsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="aging">
          <AgingPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
