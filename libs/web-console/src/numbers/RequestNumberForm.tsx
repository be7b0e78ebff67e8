import {
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, phoneNumbersQuery, useSubmit } from '@dengon/web';
import { requestPhoneNumberMutation } from './documents';
import type { NumberKind } from '../gql/graphql';
import { NUMBER_KINDS } from '@dengon/domain';

/** Records a number requested from the carrier for this client. */
export function RequestNumberForm({ clientCompanyId }: { clientCompanyId: string }) {
  const { t } = useTranslation();
  const state = useSubmit(['kind', 'number', 'forwardTo', 'label', 'approvalNote']);
  const [request] = useMutation(requestPhoneNumberMutation, {
    refetchQueries: [phoneNumbersQuery],
    awaitRefetchQueries: true,
  });
  const [kind, setKind] = useState<NumberKind>('TOLL_FREE');
  const [number, setNumber] = useState('');
  const [forwardTo, setForwardTo] = useState('');
  const [label, setLabel] = useState('');
  const [approvalNote, setApprovalNote] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      clientCompanyId,
      kind,
      number,
      label,
      ...(kind === 'TOLL_FREE' && { forwardTo: forwardTo.trim() || null }),
      ...(kind === 'REPRESENTATIVE' && { approvalNote: approvalNote.trim() || null }),
    };
    if (await state.submit(() => request({ variables: { input } }))) {
      setNumber('');
      setForwardTo('');
      setLabel('');
      setApprovalNote('');
    }
  }

  return (
    <Card withBorder component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Title order={3} size="h4">
          {t('numbers.request')}
        </Title>
        <FormProblem state={state} />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <NativeSelect
            label={t('numbers.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as NumberKind)}
            data={NUMBER_KINDS.map((k) => ({ value: k, label: t(`numberKind.${k}`) }))}
            error={state.error('kind')}
          />
          <TextInput
            label={t('numbers.number')}
            type="tel"
            required
            placeholder={kind === 'TOLL_FREE' ? '0120-123-456' : '03-1234-5678'}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={state.error('number')}
          />
          {kind === 'TOLL_FREE' && (
            <TextInput
              label={t('numbers.forwardTo')}
              description={t('numbers.forwardToHint')}
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
          {kind === 'REPRESENTATIVE' && (
            <TextInput
              label={t('numbers.approvalNote')}
              description={t('numbers.approvalNoteHint')}
              value={approvalNote}
              onChange={(e) => setApprovalNote(e.currentTarget.value)}
              error={state.error('approvalNote')}
            />
          )}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={state.submitting}>
            {t('numbers.requestSubmit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
