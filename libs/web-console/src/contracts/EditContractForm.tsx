import type { BillingTerms } from '@dengon/domain';
import {
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmit } from '@dengon/web';
import { updateContractMutation } from './documents';
import type { ContractDetailsFragment } from '../gql/graphql';
import { windowInputs } from './coverage';
import { CoverageEditor } from './CoverageEditor';

const PRORATE = ['DAILY', 'NONE'] as const;
const DUE = ['END_OF_ISSUE_MONTH', 'END_OF_NEXT_MONTH', 'DAYS_AFTER_ISSUE'] as const;

/** Coverage hours, billing terms and end date of a running contract, sent with the version read. */
export function EditContractForm({
  contract,
  onDone,
}: {
  contract: ContractDetailsFragment;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const state = useSubmit([
    'endDate',
    'holidayRule',
    'coverageWindows',
    'billingTerms',
    'serviceLevel',
  ]);
  const [update] = useMutation(updateContractMutation);
  const [endDate, setEndDate] = useState(contract.endDate ?? '');
  const [coverage, setCoverage] = useState(() => ({
    windows: windowInputs(contract.coverageWindows),
    holidayRule: contract.holidayRule,
  }));
  const terms = contract.billingTerms as unknown as BillingTerms;
  const [prorate, setProrate] = useState<(typeof PRORATE)[number]>(terms.prorate);
  const [due, setDue] = useState<(typeof DUE)[number]>(terms.due.kind);
  const [dueDays, setDueDays] = useState<number | string>(
    terms.due.kind === 'DAYS_AFTER_ISSUE' ? terms.due.days : 30,
  );

  const [slPercent, setSlPercent] = useState<number | string>(contract.serviceLevelPercent);
  const [slSeconds, setSlSeconds] = useState<number | string>(contract.serviceLevelSeconds);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      id: contract.id,
      version: contract.version,
      endDate: endDate || null,
      holidayRule: coverage.holidayRule,
      coverageWindows: coverage.windows,
      billingTerms: {
        prorate,
        due,
        dueDays: due === 'DAYS_AFTER_ISSUE' ? Number(dueDays) : null,
      },
      serviceLevel: { percent: Number(slPercent), withinSeconds: Number(slSeconds) },
    };
    if (await state.submit(() => update({ variables: { input } }))) onDone();
  }

  return (
    <Card withBorder component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Title order={3} size="h4">
          {t('contract.edit')}
        </Title>
        <FormProblem state={state} />
        <TextInput
          type="date"
          label={t('contract.endDate')}
          description={t('contract.endDateHint')}
          value={endDate}
          onChange={(e) => setEndDate(e.currentTarget.value)}
          error={state.error('endDate')}
          w={240}
        />
        <CoverageEditor value={coverage} onChange={setCoverage} error={state.error} />
        <Title order={4} size="h5">
          {t('contract.billingTerms')}
        </Title>
        <Group align="start">
          <NativeSelect
            label={t('contract.prorate')}
            value={prorate}
            onChange={(e) => setProrate(e.currentTarget.value as (typeof PRORATE)[number])}
            data={PRORATE.map((p) => ({ value: p, label: t(`contract.prorateOptions.${p}`) }))}
          />
          <NativeSelect
            label={t('contract.due')}
            value={due}
            onChange={(e) => setDue(e.currentTarget.value as (typeof DUE)[number])}
            data={DUE.map((d) => ({ value: d, label: t(`contract.dueOptions.${d}`) }))}
          />
          {due === 'DAYS_AFTER_ISSUE' && (
            <NumberInput
              label={t('contract.dueDays')}
              value={dueDays}
              onChange={setDueDays}
              min={1}
              max={120}
              error={state.error('billingTerms.due.days')}
              w={120}
            />
          )}
        </Group>
        <Title order={4} size="h5">
          {t('contract.serviceLevel')}
        </Title>
        <Group align="start">
          <NumberInput
            label={t('contract.serviceLevelSeconds')}
            value={slSeconds}
            onChange={setSlSeconds}
            min={5}
            max={600}
            suffix={t('contract.secondsSuffix')}
            error={state.error('serviceLevel.withinSeconds')}
            w={160}
          />
          <NumberInput
            label={t('contract.serviceLevelPercent')}
            value={slPercent}
            onChange={setSlPercent}
            min={1}
            max={100}
            suffix="%"
            error={state.error('serviceLevel.percent')}
            w={160}
          />
        </Group>
        <Group>
          <Button type="submit" loading={state.submitting}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
