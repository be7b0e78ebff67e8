import { Permission } from '@dengon/domain';
import { useMutation } from '@apollo/client/react';
import { Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime, fileToBase64, FormProblem, useCan, useSubmit } from '@dengon/web';
import { clientCompanyQuery } from '../clients/documents';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import { setVoicemailGreetingMutation } from './documents';

/**
 * 留守番電話の応答メッセージ: what the client's out-of-hours callers hear
 * before the beep. The back office records it for the client (a WAV file,
 * heard here before it is set) or leaves the service's standard greeting.
 */
export function VoicemailGreetingSection({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t, i18n } = useTranslation();
  const canEdit = useCan(Permission.ManageClients);
  const state = useSubmit(['wavBase64']);
  const [file, setFile] = useState<File | null>(null);
  const preview = useObjectUrl(file);
  const [setGreeting] = useMutation(setVoicemailGreetingMutation, {
    refetchQueries: [clientCompanyQuery],
  });
  const greeting = client.voicemailGreeting;

  async function save(wavBase64: string | null) {
    const done = await state.submit(() =>
      setGreeting({ variables: { input: { clientCompanyId: client.id, wavBase64 } } }),
    );
    if (done) setFile(null);
  }

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('greeting.title')}
      </Title>
      <Text size="sm">
        {greeting
          ? t('greeting.own', {
              seconds: greeting.durationSeconds,
              at: dateTime(greeting.updatedAt, i18n.language),
            })
          : t('greeting.standard')}
      </Text>
      {canEdit && (
        <>
          <Group align="end">
            <FileInput
              label={t('greeting.file')}
              description={t('greeting.fileHint')}
              accept="audio/wav,audio/x-wav,.wav"
              value={file}
              onChange={setFile}
              error={state.error('wavBase64')}
              w={360}
            />
            <Button
              disabled={!file}
              loading={state.submitting}
              onClick={() => void (file && fileToBase64(file).then(save))}
            >
              {t('greeting.set')}
            </Button>
            {greeting && (
              <Button variant="default" onClick={() => void save(null)}>
                {t('greeting.useStandard')}
              </Button>
            )}
          </Group>
          {preview && <audio controls src={preview} aria-label={t('greeting.preview')} />}
          <FormProblem state={state} />
        </>
      )}
    </Stack>
  );
}

/** A URL for the chosen file while it is chosen, so it can be heard before it is sent. */
function useObjectUrl(file: File | null): string | null {
  const url = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
