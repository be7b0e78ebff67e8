import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EmptyRow,
  FormProblem,
  invoicesQuery,
  InvoiceStatusBadge,
  PdfButton,
  QueryStatus,
  tokyoDate,
  useSubmit,
  yearMonth,
  yen,
} from '@dengon/web';
import {
  adjustInvoiceDraftMutation,
  createCreditNoteMutation,
  invoiceRunChangedSubscription,
  invoiceRunQuery,
  issueAllInvoicesMutation,
  issueInvoiceMutation,
  rebuildInvoiceDraftMutation,
  startInvoiceRunMutation,
  voidInvoiceMutation,
} from './documents';
import type { InvoiceDetailsFragment } from '../gql/graphql';
import { InvoiceLines } from './InvoiceLines';
import { PendingCatchUps } from './PendingCatchUps';

/** 請求処理: build the month's drafts, review them, issue them, correct what was issued. */
export function InvoicesPanel() {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(tokyoDate().slice(0, 7));
  const [issuing, setIssuing] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const run = useQuery(invoiceRunQuery, { variables: { month } });
  const list = useQuery(invoicesQuery, {
    variables: { month },
    // While the issue job works, the list follows it.
    pollInterval: issuing ? 1000 : 0,
  });
  useSubscription(invoiceRunChangedSubscription, {
    onData: ({ data }) => {
      const changed = data.data?.invoiceRunChanged;
      if (!changed) return;
      // A run started elsewhere (the monthly schedule, another person) shows here too.
      if (changed.month === month && !run.data?.invoiceRun) void run.refetch();
      if (changed.state === 'DONE') void list.refetch();
    },
  });
  const state = useSubmit([]);
  const [start] = useMutation(startInvoiceRunMutation, {
    refetchQueries: [invoiceRunQuery],
  });
  const [issueAll] = useMutation(issueAllInvoicesMutation);

  const invoices = list.data?.invoices ?? [];
  const drafts = invoices.filter((i) => i.state === 'DRAFT');
  if (issuing && drafts.length === 0 && invoices.length > 0) setIssuing(false);
  const current = run.data?.invoiceRun;
  const opened = invoices.find((i) => i.id === openId) ?? null;

  async function issueEverything() {
    if (!window.confirm(t('billing.issueAllConfirm', { count: drafts.length }))) return;
    const result = await state.submit(() => issueAll({ variables: { month } }));
    if (result) setIssuing(true);
  }

  return (
    <Stack>
      <Group align="end">
        <TextInput
          type="month"
          label={t('billing.month')}
          value={month}
          onChange={(e) => e.currentTarget.value && setMonth(e.currentTarget.value)}
        />
        <Button
          loading={state.submitting}
          onClick={() => void state.submit(() => start({ variables: { month } }))}
        >
          {t('billing.run')}
        </Button>
        <Button
          variant="default"
          disabled={drafts.length === 0}
          onClick={() => void issueEverything()}
        >
          {t('billing.issueAll')}
        </Button>
      </Group>
      <FormProblem state={state} />
      <PendingCatchUps month={month} />
      {current && (
        <Stack gap={4} aria-label={t('billing.run')}>
          <Progress
            value={
              current.total
                ? (100 * current.done) / current.total
                : current.state === 'DONE'
                  ? 100
                  : 0
            }
            animated={current.state === 'RUNNING'}
          />
          <Text size="sm" role="status">
            {yearMonth(current.month, i18n.language)}：
            {t('billing.runProgress', { done: current.done, total: current.total })}
            {current.state === 'DONE' && ` ${t('billing.runDone')}`}
          </Text>
          {current.error && (
            <Alert color="red" title={t('billing.runProblems')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {current.error}
              </Text>
            </Alert>
          )}
        </Stack>
      )}
      {!list.data ? (
        <QueryStatus error={list.error} />
      ) : (
        <Table withTableBorder striped aria-label={t('billing.tabs.invoices')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('billing.client')}</Table.Th>
              <Table.Th>{t('billing.number')}</Table.Th>
              <Table.Th>{t('billing.status')}</Table.Th>
              <Table.Th ta="right">{t('billing.total')}</Table.Th>
              <Table.Th ta="right">{t('billing.balance')}</Table.Th>
              <Table.Th>{t('billing.dueDate')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.length === 0 && <EmptyRow columns={7} text={t('billing.none')} />}
            {[...drafts, ...invoices.filter((i) => i.state !== 'DRAFT')].map((invoice) => (
              <Table.Tr key={invoice.id}>
                <Table.Td>{invoice.clientCompany?.name ?? invoice.recipientName}</Table.Td>
                <Table.Td>{invoice.number ?? '—'}</Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge status={invoice.status} />
                </Table.Td>
                <Table.Td ta="right">{yen(invoice.total)}</Table.Td>
                <Table.Td ta="right">{yen(invoice.balance)}</Table.Td>
                <Table.Td>{invoice.dueDate ?? '—'}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setOpenId(invoice.id)}>
                    {t('billing.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={opened !== null}
        onClose={() => setOpenId(null)}
        size="xl"
        title={
          opened
            ? `${opened.clientCompany?.name ?? opened.recipientName} ${opened.number ?? ''}`
            : ''
        }
      >
        {opened && <InvoiceDetail invoice={opened} />}
      </Modal>
    </Stack>
  );
}

/** One invoice: its lines and totals, its PDF, and what back office may do with it now. */
function InvoiceDetail({ invoice }: { invoice: InvoiceDetailsFragment }) {
  const { t } = useTranslation();
  const state = useSubmit(['amounts', 'reason']);
  const [issue] = useMutation(issueInvoiceMutation);
  const [rebuild] = useMutation(rebuildInvoiceDraftMutation);
  const [adjust] = useMutation(adjustInvoiceDraftMutation);
  const [credit] = useMutation(createCreditNoteMutation, { refetchQueries: [invoicesQuery] });
  const [voidIt] = useMutation(voidInvoiceMutation, { refetchQueries: [invoicesQuery] });
  const [amount, setAmount] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const [replace, setReplace] = useState(true);
  const versioned = { variables: { id: invoice.id, version: invoice.version } };
  const issued = invoice.state === 'ISSUED' && invoice.kind === 'INVOICE';

  return (
    <Stack>
      <Group>
        <InvoiceStatusBadge status={invoice.status} />
        {invoice.issueDate && (
          <Text size="sm">
            {t('billing.issueDate')}：{invoice.issueDate}
          </Text>
        )}
        {invoice.number && (
          <PdfButton
            path={`/invoices/${encodeURIComponent(invoice.id)}/pdf`}
            label={t('billing.pdf')}
          />
        )}
      </Group>
      <InvoiceLines lines={invoice.lines} totals={invoice.totals} />
      <FormProblem state={state} />
      {invoice.state === 'DRAFT' && (
        <Group>
          <Button
            loading={state.submitting}
            onClick={() => void state.submit(() => issue(versioned))}
          >
            {t('billing.issue')}
          </Button>
          <Button variant="default" onClick={() => void state.submit(() => rebuild(versioned))}>
            {t('billing.rebuild')}
          </Button>
        </Group>
      )}
      {invoice.state === 'DRAFT' && (
        <Group align="end">
          <NumberInput
            label={t('billing.adjustAmount')}
            value={amount}
            onChange={setAmount}
            thousandSeparator=","
            suffix="円"
            error={state.error('amount')}
          />
          <TextInput
            label={t('billing.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={state.error('reason')}
          />
          <Button
            variant="default"
            disabled={!amount || !reason.trim()}
            onClick={() =>
              void state.submit(() =>
                adjust({
                  variables: {
                    input: {
                      id: invoice.id,
                      version: invoice.version,
                      amount: Number(amount),
                      reason,
                    },
                  },
                }),
              )
            }
          >
            {t('billing.adjust')}
          </Button>
        </Group>
      )}
      {issued && (
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('billing.creditNote')} / {t('billing.void')}
          </Title>
          <Group align="end">
            <NumberInput
              label={t('billing.creditAmount')}
              value={amount}
              onChange={setAmount}
              min={1}
              thousandSeparator=","
              suffix="円"
              error={state.error('amounts')}
            />
            <TextInput
              label={t('billing.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={state.error('reason')}
            />
            <Button
              variant="default"
              disabled={!amount || !reason.trim()}
              onClick={() =>
                void state.submit(() =>
                  credit({
                    variables: {
                      input: {
                        invoiceId: invoice.id,
                        amounts: [{ taxRate: 10, amount: Number(amount) }],
                        reason,
                      },
                    },
                  }),
                )
              }
            >
              {t('billing.createCreditNote')}
            </Button>
          </Group>
          <Group align="end">
            <Checkbox
              label={t('billing.voidReplace')}
              checked={replace}
              onChange={(e) => setReplace(e.currentTarget.checked)}
            />
            <Button
              color="red"
              variant="light"
              disabled={!reason.trim()}
              onClick={() =>
                void state.submit(() =>
                  voidIt({
                    variables: {
                      input: { id: invoice.id, version: invoice.version, reason, replace },
                    },
                  }),
                )
              }
            >
              {t('billing.void')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
