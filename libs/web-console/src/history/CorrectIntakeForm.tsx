import { Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intakeValueText, Permission } from '@dengon/domain';
import { type CorrectableRecord, FormProblem, useCan, useSubmit } from '@dengon/web';
import { correctIntakeMutation } from './documents';

/** A value as a person edits it: phone numbers in national format, everything as text. */
const editable = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? intakeValueText(value) : '';

/**
 * 訂正: an operator or supervisor corrects what was taken (a mistyped number, a
 * missing detail) with the reason; the record keeps what changed, and a
 * client already told is told again.
 */
export function CorrectIntakeForm({
  record,
  labels,
  onCorrected,
}: {
  record: CorrectableRecord;
  labels: ReadonlyMap<string, string>;
  onCorrected: () => void;
}) {
  const { t } = useTranslation();
  const keys = [...new Set([...labels.keys(), ...Object.keys(record.fields)])];
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [memo, setMemo] = useState('');
  const [callingNumber, setCallingNumber] = useState('');
  const [reason, setReason] = useState('');
  const state = useSubmit([
    ...keys.map((k) => `fields.${k}`),
    'fields',
    'memo',
    'callingNumber',
    'reason',
  ]);
  const [correct] = useMutation(correctIntakeMutation);
  const may = useCan(Permission.RecordIntake);

  function start() {
    setFields(Object.fromEntries(keys.map((k) => [k, editable(record.fields[k])])));
    setMemo(record.memo);
    setCallingNumber(record.callingNational ?? '');
    setReason('');
    state.clear();
    setOpen(true);
  }

  async function save() {
    const result = await state.submit(() =>
      correct({
        variables: {
          input: {
            id: record.id,
            version: record.version,
            // Emptied fields are left out, as on the call screen.
            fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== '')),
            memo,
            callingNumber: callingNumber.trim() || null,
            reason,
          },
        },
      }),
    );
    if (!result) return;
    setOpen(false);
    onCorrected();
  }

  if (!may) return null;
  if (!open)
    return (
      <Group mt="xs">
        <Button size="xs" variant="default" onClick={start}>
          {t('history.correct')}
        </Button>
      </Group>
    );

  return (
    <Paper withBorder p="md" mt="sm">
      <Stack
        component="form"
        onSubmit={(event: React.FormEvent) => {
          event.preventDefault();
          void save();
        }}
      >
        <Title order={5}>{t('history.correctTitle')}</Title>
        <FormProblem state={state} />
        {keys.map((key) => (
          <TextInput
            key={key}
            label={labels.get(key) ?? key}
            value={fields[key] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setFields((current) => ({ ...current, [key]: value }));
            }}
            error={state.error(`fields.${key}`)}
          />
        ))}
        <TextInput
          label={t('history.callingNumber')}
          value={callingNumber}
          onChange={(e) => setCallingNumber(e.currentTarget.value)}
          error={state.error('callingNumber')}
        />
        <Textarea
          label={t('history.memo')}
          value={memo}
          autosize
          minRows={2}
          onChange={(e) => setMemo(e.currentTarget.value)}
          error={state.error('memo')}
        />
        <TextInput
          label={t('history.reason')}
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={state.error('reason')}
        />
        <Group>
          <Button type="submit" loading={state.submitting}>
            {t('history.saveCorrection')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('history.cancelCorrection')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
