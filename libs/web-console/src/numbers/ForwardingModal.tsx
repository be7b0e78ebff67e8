import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, useRetained, useSubmit } from '@dengon/web';
import { updatePhoneNumberMutation } from './documents';
import type { PhoneNumberDetailsFragment } from '../gql/graphql';

/** The fixed number a toll-free number forwards to, and the number's label. */
export function ForwardingModal({
  number,
  onClose,
}: {
  number: PhoneNumberDetailsFragment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const shown = useRetained(number);
  return (
    <Modal opened={number !== null} onClose={onClose} title={t('numbers.editTitle')}>
      {shown && <ForwardingForm key={shown.id} number={shown} onClose={onClose} />}
    </Modal>
  );
}

function ForwardingForm({
  number,
  onClose,
}: {
  number: PhoneNumberDetailsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const state = useSubmit(['forwardTo', 'label']);
  const [update] = useMutation(updatePhoneNumberMutation);
  const [forwardTo, setForwardTo] = useState(number.forwardToNational ?? '');
  const [label, setLabel] = useState(number.label);
  const forwards = number.kind === 'TOLL_FREE';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      id: number.id,
      version: number.version,
      label,
      ...(forwards && { forwardTo: forwardTo.trim() || null }),
    };
    if (await state.submit(() => update({ variables: { input } }))) onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <TextInput label={t('numbers.number')} value={number.national} readOnly />
        <FormProblem state={state} />
        {forwards && (
          <TextInput
            label={t('numbers.forwardTo')}
            type="tel"
            placeholder="03-1234-5678"
            value={forwardTo}
            onChange={(e) => setForwardTo(e.currentTarget.value)}
            error={state.error('forwardTo')}
          />
        )}
        <TextInput
          label={t('numbers.label')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={state.error('label')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
