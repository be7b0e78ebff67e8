import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, tokyoDateIn, useRetained, useSubmit } from '@dengon/web';
import { changePhoneNumberStatusMutation } from './documents';
import type { NumberStatus, PhoneNumberDetailsFragment } from '../gql/graphql';
import { stepKey } from './number-status';

export interface StatusStep {
  number: PhoneNumberDetailsFragment;
  to: NumberStatus;
}

// A new 0120 takes 1–2 months to open and a move about two weeks (seed 002): the defaults the API uses too.
const PROVISIONING_DAYS = 30;
const MOVING_DAYS = 14;

/** Confirms one step of a number's life, asking the date that step needs. */
export function StatusChangeModal({
  step,
  onClose,
}: {
  step: StatusStep | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const shown = useRetained(step);
  return (
    <Modal
      opened={step !== null}
      onClose={onClose}
      title={shown ? t(stepKey(shown.number.status, shown.to)) : ''}
    >
      {shown && (
        <StatusChangeForm key={`${shown.number.id}-${shown.to}`} step={shown} onClose={onClose} />
      )}
    </Modal>
  );
}

function StatusChangeForm({ step, onClose }: { step: StatusStep; onClose: () => void }) {
  const { t } = useTranslation();
  const { number, to } = step;
  const state = useSubmit(['expectedOpenDate', 'movingUntil', 'forwardTo', 'status']);
  const [change] = useMutation(changePhoneNumberStatusMutation);
  const [expectedOpenDate, setExpectedOpenDate] = useState(
    () => number.expectedOpenDate ?? tokyoDateIn(PROVISIONING_DAYS),
  );
  const [movingUntil, setMovingUntil] = useState(() => tokyoDateIn(MOVING_DAYS));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      id: number.id,
      version: number.version,
      status: to,
      ...(to === 'PROVISIONING' && { expectedOpenDate }),
      ...(to === 'MOVING' && { movingUntil }),
    };
    if (await state.submit(() => change({ variables: { input } }))) onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text>
          {t('numbers.confirmStep', {
            number: number.national,
            from: t(`numberStatus.${number.status}`),
            to: t(`numberStatus.${to}`),
          })}
        </Text>
        <FormProblem state={state} />
        {to === 'PROVISIONING' && (
          <TextInput
            type="date"
            label={t('numbers.expectedOpenDate')}
            required
            value={expectedOpenDate}
            onChange={(e) => setExpectedOpenDate(e.currentTarget.value)}
            error={state.error('expectedOpenDate')}
          />
        )}
        {to === 'MOVING' && (
          <TextInput
            type="date"
            label={t('numbers.movingUntilDate')}
            required
            value={movingUntil}
            onChange={(e) => setMovingUntil(e.currentTarget.value)}
            error={state.error('movingUntil')}
          />
        )}
        {/* Field errors the form has no input for (a missing forwarding target) read best here. */}
        {(state.error('forwardTo') ?? state.error('status')) && (
          <Text c="red" size="sm">
            {state.error('forwardTo') ?? state.error('status')}
          </Text>
        )}
        {to === 'RELEASED' && (
          <Text size="sm" c="red">
            {t('numbers.releaseWarning')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color={to === 'RELEASED' ? 'red' : undefined}
            loading={state.submitting}
          >
            {t('common.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
