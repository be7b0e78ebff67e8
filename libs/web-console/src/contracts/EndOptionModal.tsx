import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, tokyoDate, useRetained, useSubmit, yen } from '@dengon/web';
import { endContractOptionMutation } from './documents';
import type { ContractOptionDetailsFragment } from '../gql/graphql';

/**
 * Ends an option on a date. The early termination fee depends on that date,
 * so it is shown once the API has computed it.
 */
export function EndOptionModal({
  option,
  onClose,
}: {
  option: ContractOptionDetailsFragment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const shown = useRetained(option);
  return (
    <Modal opened={option !== null} onClose={onClose} title={t('options.endTitle')}>
      {shown && <EndOptionForm key={shown.id} option={shown} onClose={onClose} />}
    </Modal>
  );
}

function EndOptionForm({
  option,
  onClose,
}: {
  option: ContractOptionDetailsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const state = useSubmit(['endDate']);
  const [end] = useMutation(endContractOptionMutation);
  const [endDate, setEndDate] = useState(tokyoDate);
  const [ended, setEnded] = useState<ContractOptionDetailsFragment | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await state.submit(() =>
      end({ variables: { input: { id: option.id, endDate } } }),
    );
    if (result?.data) setEnded(result.data.endContractOption);
  }

  if (ended) {
    return (
      <Stack>
        <Text role="status">
          {t('options.ended', { name: ended.description, date: ended.endDate })}
        </Text>
        <Text fw={700} data-testid="early-termination-fee">
          {t('options.earlyTerminationFeeIs', { fee: yen(ended.earlyTerminationFee) })}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text>{option.description}</Text>
        <FormProblem state={state} />
        <TextInput
          type="date"
          label={t('options.endDate')}
          required
          value={endDate}
          onChange={(e) => setEndDate(e.currentTarget.value)}
          error={state.error('endDate')}
        />
        {option.acquisition === 'RENTAL' && (
          <Text size="sm" c="dimmed">
            {t('options.earlyTerminationHint')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={state.submitting}>
            {t('options.endSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
