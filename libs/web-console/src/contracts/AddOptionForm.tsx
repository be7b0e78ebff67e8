import {
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contractQuery, FormProblem, phoneNumbersQuery, tokyoDate, useSubmit } from '@dengon/web';
import { addContractOptionMutation } from './documents';
import type { AddContractOptionInput, EquipmentAcquisition, OptionKind } from '../gql/graphql';

const OPTION_KINDS: readonly OptionKind[] = [
  'TOLL_FREE_NUMBER',
  'EQUIPMENT',
  'EXTRA_FIELDS',
  'MAIL_HANDLING',
  'ONE_OFF',
];
/** The models the API prices (seed 001); names are in the translations. */
const EQUIPMENT_MODELS = ['GXP1628', 'KX_HDV230N', 'POE_HUB', 'FAX_ADAPTER'] as const;
const ACQUISITIONS: readonly EquipmentAcquisition[] = ['RENTAL', 'PURCHASE'];

const FIELDS = [
  'kind',
  'phoneNumberId',
  'equipmentModel',
  'acquisition',
  'quantity',
  'description',
  'monthlyFee',
  'oneOffFee',
  'startDate',
];

/**
 * An option on the contract. Dengon prices numbers and equipment itself, so
 * those kinds ask only what is bought; extra fields and one-off fees take a price.
 */
export function AddOptionForm({
  contractId,
  clientCompanyId,
}: {
  contractId: string;
  clientCompanyId: string;
}) {
  const { t } = useTranslation();
  const state = useSubmit(FIELDS);
  const [add] = useMutation(addContractOptionMutation, {
    refetchQueries: [contractQuery],
    awaitRefetchQueries: true,
  });
  const { data: numbers } = useQuery(phoneNumbersQuery, { variables: { clientCompanyId } });
  const tollFree = (numbers?.phoneNumbers ?? []).filter(
    (n) => n.kind === 'TOLL_FREE' && n.status !== 'RELEASED',
  );
  const [kind, setKind] = useState<OptionKind>('TOLL_FREE_NUMBER');
  const [phoneNumberId, setPhoneNumberId] = useState('');
  const [equipmentModel, setEquipmentModel] = useState<string>(EQUIPMENT_MODELS[0]);
  const [acquisition, setAcquisition] = useState<EquipmentAcquisition>('RENTAL');
  const [quantity, setQuantity] = useState(1);
  const [description, setDescription] = useState('');
  const [fee, setFee] = useState<number | ''>('');
  const [startDate, setStartDate] = useState(tokyoDate);

  function input(): AddContractOptionInput {
    const base = { contractId, kind, startDate, quantity };
    switch (kind) {
      case 'TOLL_FREE_NUMBER':
        return { ...base, phoneNumberId: phoneNumberId || tollFree[0]?.id || null };
      case 'EQUIPMENT':
        return { ...base, equipmentModel, acquisition };
      case 'EXTRA_FIELDS':
      case 'MAIL_HANDLING':
        return { ...base, description, monthlyFee: fee === '' ? null : fee };
      case 'ONE_OFF':
        return { ...base, description, oneOffFee: fee === '' ? null : fee };
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await state.submit(() => add({ variables: { input: input() } }))) {
      setDescription('');
      setFee('');
    }
  }

  return (
    <Card withBorder component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Title order={3} size="h4">
          {t('options.add')}
        </Title>
        <FormProblem state={state} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('options.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as OptionKind)}
            data={OPTION_KINDS.map((k) => ({ value: k, label: t(`optionKind.${k}`) }))}
            error={state.error('kind')}
          />
          {kind === 'TOLL_FREE_NUMBER' && (
            <NativeSelect
              label={t('options.phoneNumber')}
              description={t('options.tollFreeFee')}
              value={phoneNumberId || tollFree[0]?.id || ''}
              onChange={(e) => setPhoneNumberId(e.currentTarget.value)}
              data={
                tollFree.length
                  ? tollFree.map((n) => ({ value: n.id, label: n.national }))
                  : [{ value: '', label: t('options.noTollFree'), disabled: true }]
              }
              error={state.error('phoneNumberId')}
            />
          )}
          {kind === 'EQUIPMENT' && (
            <>
              <NativeSelect
                label={t('options.equipmentModel')}
                value={equipmentModel}
                onChange={(e) => setEquipmentModel(e.currentTarget.value)}
                data={EQUIPMENT_MODELS.map((m) => ({ value: m, label: t(`equipment.${m}`) }))}
                error={state.error('equipmentModel')}
              />
              <NativeSelect
                label={t('options.acquisition')}
                value={acquisition}
                onChange={(e) => setAcquisition(e.currentTarget.value as EquipmentAcquisition)}
                data={ACQUISITIONS.map((a) => ({ value: a, label: t(`acquisition.${a}`) }))}
                error={state.error('acquisition')}
              />
            </>
          )}
          {(kind === 'EXTRA_FIELDS' || kind === 'MAIL_HANDLING' || kind === 'ONE_OFF') && (
            <>
              <TextInput
                label={t('options.description')}
                required
                value={description}
                onChange={(e) => setDescription(e.currentTarget.value)}
                error={state.error('description')}
              />
              <NumberInput
                label={t(kind === 'ONE_OFF' ? 'options.oneOffFee' : 'options.monthlyFee')}
                required
                min={0}
                allowDecimal={false}
                thousandSeparator=","
                suffix="円"
                value={fee}
                onChange={(v) => setFee(typeof v === 'number' ? v : '')}
                error={state.error(kind === 'ONE_OFF' ? 'oneOffFee' : 'monthlyFee')}
              />
            </>
          )}
          <NumberInput
            label={t('options.quantity')}
            min={1}
            max={1000}
            allowDecimal={false}
            value={quantity}
            onChange={(v) => setQuantity(typeof v === 'number' ? v : 1)}
            error={state.error('quantity')}
          />
          <TextInput
            type="date"
            label={t('options.startDate')}
            required
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={state.error('startDate')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={state.submitting}>
            {t('options.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
