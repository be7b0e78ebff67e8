import { Alert, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, publishedScriptQuery, useCurrentUser, useSubmit } from '@dengon/web';
import {
  draftReplyQuery,
  replyTemplatesQuery,
  replyToMailMutation,
  takeMailMutation,
} from './documents';

const FIELDS = ['subject', 'body'] as const;

/**
 * Answering a mail from the client's templates: the operator reads the
 * client's instructions, takes the mail (the one offered to them), picks a template, reads it filled in, touches it up and
 * sends it; the reply goes out threaded under the mail.
 */
export function MailReplyForm({
  mail,
  clientCompanyId,
  onSent,
}: {
  mail: { id: string; takenBy: string | null };
  clientCompanyId: string;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const client = useApolloClient();
  const { data } = useQuery(replyTemplatesQuery, { variables: { clientCompanyId } });
  // The client's instructions (特記事項) are read before a mail is answered, as before a call.
  const { data: script } = useQuery(publishedScriptQuery, { variables: { clientCompanyId } });
  const instructions = script?.publishedScript?.specialInstructions.trim() ?? '';
  const instructionsBox = instructions ? (
    <Alert color="yellow" title={t('inboundMail.instructions')} mt="sm">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {instructions}
      </Text>
    </Alert>
  ) : null;
  const [take] = useMutation(takeMailMutation);
  const [send] = useMutation(replyToMailMutation);
  const state = useSubmit(FIELDS);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const templates = (data?.replyTemplates ?? []).filter((template) => !template.autoReply);

  if (mail.takenBy !== me.id && me.role === 'OPERATOR')
    return (
      <Stack gap="xs" mt="sm">
        {instructionsBox}
        <FormProblem state={state} />
        <Group>
          <Button
            loading={state.submitting}
            onClick={() =>
              void state
                .submit(() => take({ variables: { id: mail.id } }))
                .then((taken) => taken && onSent())
            }
          >
            {t('inboundMail.take')}
          </Button>
        </Group>
      </Stack>
    );

  async function choose(templateId: string | null) {
    if (!templateId) return;
    const { data: draft } = await client.query({
      query: draftReplyQuery,
      variables: { inboundMailId: mail.id, templateId },
      fetchPolicy: 'network-only',
    });
    if (!draft) return;
    setSubject(draft.draftReply.subject);
    setBody(draft.draftReply.body);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const sent = await state.submit(() =>
      send({ variables: { input: { inboundMailId: mail.id, subject, body } } }),
    );
    if (sent) {
      setSubject('');
      setBody('');
      onSent();
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('inboundMail.send')}>
      <Stack gap="xs" mt="sm">
        {instructionsBox}
        <Select
          label={t('inboundMail.template')}
          placeholder={t('inboundMail.templatePlaceholder')}
          data={templates.map((template) => ({ value: template.id, label: template.name }))}
          onChange={(value) => void choose(value)}
          nothingFoundMessage={t('inboundMail.noTemplates')}
        />
        <TextInput
          label={t('inboundMail.replySubject')}
          required
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          error={state.error('subject')}
        />
        <Textarea
          label={t('inboundMail.replyBody')}
          required
          autosize
          minRows={5}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={state.error('body')}
        />
        <FormProblem state={state} />
        <Group>
          <Button type="submit" loading={state.submitting} disabled={!subject || !body}>
            {t('inboundMail.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
