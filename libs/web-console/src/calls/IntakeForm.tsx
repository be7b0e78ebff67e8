import {
  Alert,
  Button,
  Grid,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CreateIntakeMutation,
  IntakeChannel,
  IntakeFieldDetailsFragment,
} from '../gql/graphql';
import { FormProblem, PreviewField, useSubmit } from '@dengon/web';
import { createIntakeMutation } from './documents';
import { FaqPicker } from './FaqPicker';
import { ariaKeys, EVEN_IN_FIELDS, hotkey, SHORTCUTS, ShortcutHint } from './shortcuts';

export type SavedRecord = CreateIntakeMutation['createIntake'];

/** The published script version the intake is taken with. */
export interface IntakeScript {
  id: string;
  fields: readonly IntakeFieldDetailsFragment[];
  closingPhrase: string;
}

/**
 * The script's intake form with the client's FAQ beside it: the same on a
 * call the ACD offered (its call session given, channel PHONE) and for an
 * intake taken at the desk (channel chosen). The first field has the focus;
 * Ctrl+Enter saves, and the API's message for a field shows under it.
 */
export function IntakeForm({
  clientCompanyId,
  script,
  callSessionId,
  channels,
  active = true,
  onSaved,
}: {
  clientCompanyId: string;
  script: IntakeScript;
  callSessionId?: string;
  /** The first is chosen at the start; with one there is nothing to choose. */
  channels: readonly [IntakeChannel, ...IntakeChannel[]];
  /** A form kept but out of sight (behind a call) leaves the keys to the one in use. */
  active?: boolean;
  onSaved: (record: SavedRecord) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string | number>>({});
  const [memo, setMemo] = useState('');
  const [faqItemIds, setFaqItemIds] = useState<string[]>([]);
  const [channel, setChannel] = useState<IntakeChannel>(channels[0]);
  const [callingNumber, setCallingNumber] = useState('');
  const [create] = useMutation(createIntakeMutation);
  // One key for this intake: a save retried after a timeout is stored once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const submit = useSubmit([
    ...script.fields.map((field) => `fields.${field.key}`),
    'memo',
    'callingNumber',
  ]);
  const fieldsRef = useRef<HTMLDivElement>(null);
  // Only a call at the desk has no number from the telephony: the operator may type it in.
  const asksNumber = !callSessionId && channel === 'PHONE';

  useEffect(() => {
    fieldsRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);

  async function save() {
    if (!active || submit.submitting) return;
    const record = await submit.submit(() =>
      create({
        variables: {
          input: {
            clientCompanyId,
            channel,
            callSessionId,
            scriptVersionId: script.id,
            fields: values,
            memo,
            faqItemIds,
            callingNumber: asksNumber ? callingNumber.trim() || undefined : undefined,
            idempotencyKey,
          },
        },
      }),
    );
    if (record?.data) onSaved(record.data.createIntake);
  }

  useHotkeys([hotkey(SHORTCUTS.save, () => void save())], EVEN_IN_FIELDS);

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="intake-form">
          <Stack gap="sm">
            <Title order={3} size="h5" id="intake-form">
              {t('calls.formTitle')}
            </Title>
            {channels.length > 1 && (
              <Input.Wrapper label={t('calls.channel')} labelElement="div">
                <div>
                  <SegmentedControl<IntakeChannel>
                    value={channel}
                    onChange={setChannel}
                    data={channels.map((value) => ({
                      value,
                      label: t(`intakeChannel.${value}`),
                    }))}
                    aria-label={t('calls.channel')}
                  />
                </div>
              </Input.Wrapper>
            )}
            {asksNumber && (
              <TextInput
                label={t('calls.callingNumberInput')}
                description={t('calls.callingNumberHint')}
                type="tel"
                value={callingNumber}
                onChange={(event) => setCallingNumber(event.currentTarget.value)}
                error={submit.error('callingNumber')}
              />
            )}
            <Stack gap="sm" ref={fieldsRef}>
              {script.fields.map((field) => (
                <PreviewField
                  key={field.key}
                  field={field}
                  value={values[field.key]}
                  onChange={(value) => setValues((all) => ({ ...all, [field.key]: value }))}
                  error={submit.error(`fields.${field.key}`)}
                />
              ))}
            </Stack>
            <Textarea
              label={t('calls.memo')}
              description={t('calls.memoHint')}
              value={memo}
              onChange={(event) => setMemo(event.currentTarget.value)}
              error={submit.error('memo')}
              autosize
              minRows={2}
            />
            {script.closingPhrase && (
              <div>
                <Text size="xs" c="dimmed">
                  {t('calls.closingPhrase')}
                </Text>
                <Text>{script.closingPhrase}</Text>
              </div>
            )}
            <Group>
              <Button
                onClick={() => void save()}
                loading={submit.submitting}
                aria-keyshortcuts={ariaKeys(SHORTCUTS.save)}
                rightSection={<ShortcutHint shortcut={SHORTCUTS.save} />}
                data-testid="save-intake"
              >
                {t('calls.save')}
              </Button>
            </Group>
            {submit.problem?.code === 'CONFLICT' ? (
              <Alert color="red" variant="light" role="alert">
                {t('calls.alreadySaved')}
              </Alert>
            ) : (
              <FormProblem state={submit} />
            )}
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <FaqPicker
          clientCompanyId={clientCompanyId}
          active={active}
          selected={faqItemIds}
          onChange={setFaqItemIds}
        />
      </Grid.Col>
    </Grid>
  );
}
