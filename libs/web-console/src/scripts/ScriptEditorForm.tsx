import {
  Badge,
  Box,
  Button,
  Grid,
  Group,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormProblem,
  publishedScriptQuery,
  ScriptPreview,
  useCurrentUser,
  useSubmit,
} from '@dengon/web';
import { contentInput, draftOf, sameContent, type ScriptDraft } from './script-draft';
import { publishScriptMutation, saveScriptDraftMutation, scriptVersionsQuery } from './documents';
import type { ClientCompanyDetailsFragment, ScriptQuery } from '../gql/graphql';
import { GreetingInput } from './GreetingInput';
import { IntakeFieldsEditor } from './IntakeFieldsEditor';
import { PlanFieldsHint } from './PlanFieldsHint';
import { ScriptVersionsTable } from './ScriptVersionsTable';

const FIELDS = ['greeting', 'fields', 'specialInstructions', 'urgentKeywords', 'closingPhrase'];
// Save reports `content.fields[0].key`, publish `draft.fields[0].key`: both name the same input.
const PREFIXES = ['content.', 'draft.'];

type Notice = { kind: 'saved' } | { kind: 'published'; versionNo: number };

/**
 * The script editor with its live preview. Saving sends the draft version
 * read, so two editors cannot overwrite each other; publishing saves first
 * when there are changes, then freezes the draft as a new version.
 */
export function ScriptEditorForm({
  client,
  script,
  reload,
  readVersion,
}: {
  client: ClientCompanyDetailsFragment;
  script: ScriptQuery['script'];
  reload: () => Promise<void>;
  readVersion: () => Promise<number | undefined>;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const state = useSubmit(FIELDS, { dropPrefixes: PREFIXES });
  const [saveDraft] = useMutation(saveScriptDraftMutation);
  const [publishScript] = useMutation(publishScriptMutation, {
    refetchQueries: [publishedScriptQuery, scriptVersionsQuery],
    awaitRefetchQueries: true,
  });
  const [draft, setDraft] = useState<ScriptDraft>(() => draftOf(script.draft));
  const [saved, setSaved] = useState<ScriptDraft>(() => draftOf(script.draft));
  const [version, setVersion] = useState(script.version);
  const [notice, setNotice] = useState<Notice | null>(null);
  const dirty = !sameContent(draft, saved);
  const edit = (change: Partial<ScriptDraft>) => {
    setNotice(null);
    setDraft({ ...draft, ...change });
  };

  async function save(): Promise<number | undefined> {
    const input = {
      clientCompanyId: client.id,
      variant: script.variant,
      version,
      content: contentInput(draft),
    };
    const result = await state.submit(() => saveDraft({ variables: { input } }));
    const savedScript = result?.data?.saveScriptDraft;
    if (!savedScript) return undefined;
    setVersion(savedScript.version);
    setSaved(draft);
    setNotice({ kind: 'saved' });
    return savedScript.version;
  }

  async function publish() {
    // Version 0 means nothing is saved yet: publishing needs a saved draft.
    const current = dirty || version === 0 ? await save() : version;
    if (current === undefined) return;
    const result = await state.submit(() =>
      publishScript({
        variables: {
          input: { clientCompanyId: client.id, variant: script.variant, version: current },
        },
      }),
    );
    const published = result?.data?.publishScript;
    if (!published) return;
    // Publishing bumps the draft's version: read it, or the next save would conflict.
    setVersion((await readVersion()) ?? current);
    setNotice({ kind: 'published', versionNo: published.versionNo });
  }

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack>
          <Group justify="space-between">
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {script.publishedVersionNo
                  ? t('script.publishedVersion', { version: script.publishedVersionNo })
                  : t('script.notPublishedYet')}
              </Text>
              {dirty && (
                <Badge color="orange" variant="light" tt="none">
                  {t('script.unsaved')}
                </Badge>
              )}
            </Group>
          </Group>
          <PlanFieldsHint clientCompanyId={client.id} />
          <FormProblem state={state} />
          {state.problem?.code === 'CONFLICT' && (
            <Group>
              <Button variant="light" color="red" onClick={() => void reload()}>
                {t('script.reload')}
              </Button>
            </Group>
          )}
          <GreetingInput
            value={draft.greeting}
            onChange={(greeting) => edit({ greeting })}
            error={state.error('greeting')}
          />
          <IntakeFieldsEditor
            fields={draft.fields}
            onChange={(fields) => edit({ fields })}
            error={state.error}
          />
          <Textarea
            label={t('script.specialInstructions')}
            description={t('script.specialInstructionsHint')}
            autosize
            minRows={3}
            value={draft.specialInstructions}
            onChange={(e) => edit({ specialInstructions: e.currentTarget.value })}
            error={state.error('specialInstructions')}
          />
          <TagsInput
            label={t('script.urgentKeywords')}
            description={t('script.urgentKeywordsHint')}
            value={draft.urgentKeywords}
            onChange={(urgentKeywords) => edit({ urgentKeywords })}
            error={state.error('urgentKeywords')}
          />
          <TextInput
            label={t('script.closingPhrase')}
            value={draft.closingPhrase}
            onChange={(e) => edit({ closingPhrase: e.currentTarget.value })}
            error={state.error('closingPhrase')}
          />
          <Group>
            <Button
              variant="default"
              loading={state.submitting}
              disabled={!dirty && version > 0}
              onClick={() => void save()}
            >
              {t('script.saveDraft')}
            </Button>
            <Button loading={state.submitting} onClick={() => void publish()}>
              {t('script.publish')}
            </Button>
            {/* Beside the buttons, where the eyes are after clicking. */}
            {notice && (
              <Text c="green.8" size="sm" fw={600} role="status">
                {notice.kind === 'saved'
                  ? t('script.saved')
                  : t('script.published', { version: notice.versionNo })}
              </Text>
            )}
          </Group>
          <ScriptVersionsTable clientCompanyId={client.id} variant={script.variant} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        {/* Stays in view while the long form scrolls. */}
        <Box pos="sticky" top={72}>
          <ScriptPreview
            content={contentInput(draft)}
            clientName={client.name}
            operatorName={user.name}
            title={t('script.preview')}
          />
        </Box>
      </Grid.Col>
    </Grid>
  );
}
