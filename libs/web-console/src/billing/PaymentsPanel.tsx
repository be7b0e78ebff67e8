import {
  Button,
  FileInput,
  Group,
  NativeSelect,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EmptyRow,
  fileToBase64,
  FormProblem,
  invoicesQuery,
  paymentsQuery,
  tokyoDate,
  useSubmit,
  yen,
} from '@dengon/web';
import { importBankFileMutation, matchPaymentMutation, recordPaymentMutation } from './documents';
import { clientCompaniesQuery } from '../clients/documents';
import type { PaymentMethod } from '../gql/graphql';

const METHODS: readonly PaymentMethod[] = ['BANK_TRANSFER', 'CASH', 'OTHER'];

/** 入金: a payment by hand, the bank's Zengin file, and the deposits waiting to be matched. */
export function PaymentsPanel() {
  return (
    <Stack gap="xl">
      <BankFileImport />
      <UnmatchedDeposits />
      <ManualPayment />
    </Stack>
  );
}

const refetchQueries = [paymentsQuery, invoicesQuery];

function BankFileImport() {
  const { t } = useTranslation();
  const state = useSubmit(['file']);
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [importFile] = useMutation(importBankFileMutation, { refetchQueries });

  async function upload() {
    if (!file) return;
    setDone(null);
    const contentBase64 = await fileToBase64(file);
    const result = await state.submit(() =>
      importFile({ variables: { input: { fileName: file.name, contentBase64 } } }),
    );
    const summary = result?.data?.importBankFile.bankImport;
    if (summary) setDone(t('billing.imported', summary));
  }

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('billing.bankFile')}
      </Title>
      <Group align="end">
        <FileInput
          label={t('billing.bankFile')}
          description={t('billing.bankFileHint')}
          value={file}
          onChange={setFile}
          error={state.error('file')}
          w={360}
        />
        <Button disabled={!file} loading={state.submitting} onClick={() => void upload()}>
          {t('billing.import')}
        </Button>
      </Group>
      <FormProblem state={state} />
      {done && (
        <Text c="green.8" role="status">
          {done}
        </Text>
      )}
    </Stack>
  );
}

function UnmatchedDeposits() {
  const { t } = useTranslation();
  const { data } = useQuery(paymentsQuery, { variables: { unmatchedOnly: true } });
  const open = useQuery(invoicesQuery, { variables: {} });
  const state = useSubmit([]);
  const [match] = useMutation(matchPaymentMutation, { refetchQueries });
  const [chosen, setChosen] = useState<Record<string, string | null>>({});
  const payable = (open.data?.invoices ?? []).filter((i) => i.state === 'ISSUED' && i.balance > 0);
  const deposits = data?.payments ?? [];

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('billing.unmatched')}
      </Title>
      <FormProblem state={state} />
      <Table withTableBorder aria-label={t('billing.unmatched')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('billing.receivedOn')}</Table.Th>
            <Table.Th>{t('billing.payerName')}</Table.Th>
            <Table.Th ta="right">{t('billing.paymentAmount')}</Table.Th>
            <Table.Th>{t('billing.matchTo')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deposits.length === 0 && <EmptyRow columns={5} text={t('billing.unmatchedNone')} />}
          {deposits.map((payment) => (
            <Table.Tr key={payment.id}>
              <Table.Td>{payment.receivedOn}</Table.Td>
              <Table.Td>{payment.payerName}</Table.Td>
              <Table.Td ta="right">{yen(payment.amount)}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('billing.matchTo')}
                  searchable
                  value={chosen[payment.id] ?? null}
                  onChange={(value) => setChosen({ ...chosen, [payment.id]: value })}
                  data={payable.map((i) => ({
                    value: i.id,
                    label: `${i.clientCompany?.name ?? i.recipientName} ${i.number ?? ''}（${yen(i.balance)}）`,
                  }))}
                />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  disabled={!chosen[payment.id]}
                  onClick={() =>
                    void state.submit(() =>
                      match({
                        variables: { paymentId: payment.id, invoiceId: chosen[payment.id]! },
                      }),
                    )
                  }
                >
                  {t('billing.match')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function ManualPayment() {
  const { t } = useTranslation();
  const clients = useQuery(clientCompaniesQuery, { variables: {} });
  const state = useSubmit(['clientCompanyId', 'receivedOn', 'amount', 'payerName']);
  const [record] = useMutation(recordPaymentMutation, { refetchQueries });
  const [clientCompanyId, setClient] = useState<string | null>(null);
  const [receivedOn, setReceivedOn] = useState(tokyoDate());
  const [amount, setAmount] = useState<number | string>('');
  const [payerName, setPayer] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('BANK_TRANSFER');
  const [done, setDone] = useState<string | null>(null);

  async function save() {
    if (!clientCompanyId) return;
    setDone(null);
    const input = { clientCompanyId, receivedOn, amount: Number(amount), payerName, method };
    const result = await state.submit(() => record({ variables: { input } }));
    if (result?.data) {
      setDone(t('billing.recorded', { amount: yen(result.data.recordPayment.amount) }));
      setAmount('');
    }
  }

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('billing.recordPayment')}
      </Title>
      <Group align="end">
        <Select
          label={t('billing.client')}
          searchable
          value={clientCompanyId}
          onChange={setClient}
          data={(clients.data?.clientCompanies ?? []).map((c) => ({ value: c.id, label: c.name }))}
          error={state.error('clientCompanyId')}
        />
        <TextInput
          type="date"
          label={t('billing.receivedOn')}
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.currentTarget.value)}
          error={state.error('receivedOn')}
        />
        <NumberInput
          label={t('billing.paymentAmount')}
          value={amount}
          onChange={setAmount}
          min={1}
          thousandSeparator=","
          suffix="円"
          error={state.error('amount')}
        />
        <TextInput
          label={t('billing.payerName')}
          value={payerName}
          onChange={(e) => setPayer(e.currentTarget.value)}
          error={state.error('payerName')}
        />
        <NativeSelect
          label={t('billing.method')}
          value={method}
          onChange={(e) => setMethod(e.currentTarget.value as PaymentMethod)}
          data={METHODS.map((m) => ({ value: m, label: t(`paymentMethod.${m}`) }))}
        />
        <Button
          disabled={!clientCompanyId || !amount || !payerName.trim()}
          loading={state.submitting}
          onClick={() => void save()}
        >
          {t('billing.save')}
        </Button>
      </Group>
      <FormProblem state={state} />
      {done && (
        <Text c="green.8" role="status">
          {done}
        </Text>
      )}
    </Stack>
  );
}
