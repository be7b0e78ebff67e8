import { Button, Modal, NativeSelect, Stack, Textarea, Group } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  type ChangeSubject,
  contactTextOf,
  formatNational,
  scriptTextOf,
  subjectNeedsKey,
  targetOfSubject,
} from '@dengon/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changeRequestsQuery,
  faqItemsQuery,
  FormProblem,
  publishedScriptQuery,
  requestChangeMutation,
  useSubmit,
} from '@dengon/web';
import { graphql } from '../gql';
import type { ChangeTarget } from '../gql/graphql';

const myContactsQuery = graphql(`
  query MyContacts {
    clientCompany {
      id
      escalationContacts {
        name
        phone
        note
      }
    }
  }
`);

/** What a client may propose new text for from each page; the rest is a free-form request. */
const SUBJECTS: Record<'SCRIPT' | 'FAQ', readonly ChangeSubject[]> = {
  SCRIPT: [
    'GREETING',
    'SPECIAL_INSTRUCTIONS',
    'CLOSING_PHRASE',
    'FIELD_HELP',
    'CONTACT_PHONE',
    'CONTACT_NOTE',
  ],
  FAQ: ['FAQ_ANSWER', 'FAQ_QUESTION'],
};

/** A client asks the manual assistant to change its script, FAQ or contacts; the company comes from the session. */
export function RequestChangeButton({
  target,
  onSent,
}: {
  target: 'SCRIPT' | 'FAQ';
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {t('changeRequests.requestButton')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('changeRequests.requestTitle', { target: t(`changeTarget.${target}`) })}
        size="lg"
      >
        {opened && (
          <RequestChangeForm
            target={target}
            onSent={() => {
              setOpened(false);
              onSent();
            }}
            onCancel={() => setOpened(false)}
          />
        )}
      </Modal>
    </>
  );
}

function RequestChangeForm({
  target,
  onSent,
  onCancel,
}: {
  target: 'SCRIPT' | 'FAQ';
  onSent: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const state = useSubmit(['subject', 'subjectKey', 'faqItemId', 'proposedText', 'message']);
  const [request] = useMutation(requestChangeMutation, {
    refetchQueries: [changeRequestsQuery],
    awaitRefetchQueries: true,
  });
  const { data: script } = useQuery(publishedScriptQuery, {
    variables: {},
    skip: target !== 'SCRIPT',
  });
  const { data: contacts } = useQuery(myContactsQuery, { skip: target !== 'SCRIPT' });
  const { data: faq } = useQuery(faqItemsQuery, { variables: {}, skip: target !== 'FAQ' });
  const [subject, setSubject] = useState<ChangeSubject | ''>(SUBJECTS[target][0] ?? '');
  const [key, setKey] = useState('');
  const [proposed, setProposed] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const published = script?.publishedScript;
  const contactList = contacts?.clientCompany?.escalationContacts ?? [];
  const keyChoices = !subject
    ? []
    : subject === 'FIELD_HELP'
      ? (published?.fields ?? []).map((f) => ({ value: f.key, label: f.label }))
      : targetOfSubject(subject) === 'CONTACT'
        ? contactList.map((c) => ({ value: c.name, label: c.name }))
        : targetOfSubject(subject) === 'FAQ'
          ? (faq?.faqItems ?? []).map((item) => ({ value: item.id, label: item.question }))
          : [];
  const needsChoice =
    subject !== '' && (subjectNeedsKey(subject) || targetOfSubject(subject) === 'FAQ');
  const chosenKey = needsChoice ? key || keyChoices[0]?.value || '' : null;

  /** The text in force for the chosen part, which the proposal starts from. */
  function current(): string {
    if (!subject) return '';
    if (targetOfSubject(subject) === 'FAQ') {
      const item = faq?.faqItems.find((i) => i.id === chosenKey);
      return (subject === 'FAQ_QUESTION' ? item?.question : item?.answer) ?? '';
    }
    if (targetOfSubject(subject) === 'CONTACT') {
      const text = contactTextOf(contactList, subject, chosenKey) ?? '';
      return subject === 'CONTACT_PHONE' && text ? formatNational(text) : text;
    }
    return published ? (scriptTextOf(published, subject, chosenKey) ?? '') : '';
  }
  const text = proposed ?? current();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = subject
      ? {
          subject,
          subjectKey: targetOfSubject(subject) === 'FAQ' ? null : chosenKey,
          faqItemId: targetOfSubject(subject) === 'FAQ' ? chosenKey : null,
          proposedText: text,
          message,
        }
      : { target: target as ChangeTarget, message };
    if (await state.submit(() => request({ variables: { input } }))) onSent();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <FormProblem state={state} />
        <NativeSelect
          label={t('changeRequests.subject')}
          value={subject}
          onChange={(e) => {
            setSubject(e.currentTarget.value as ChangeSubject | '');
            setKey('');
            setProposed(null);
          }}
          data={[
            ...SUBJECTS[target].map((s) => ({ value: s, label: t(`changeSubject.${s}`) })),
            { value: '', label: t('changeRequests.otherSubject') },
          ]}
          error={state.error('subject')}
        />
        {needsChoice && (
          <NativeSelect
            label={t(
              subject === 'FIELD_HELP'
                ? 'changeRequests.field'
                : targetOfSubject(subject as ChangeSubject) === 'FAQ'
                  ? 'changeRequests.faqItem'
                  : 'changeRequests.contact',
            )}
            value={chosenKey ?? ''}
            onChange={(e) => {
              setKey(e.currentTarget.value);
              setProposed(null);
            }}
            data={keyChoices}
            error={state.error('subjectKey') ?? state.error('faqItemId')}
          />
        )}
        {subject && (
          <Textarea
            label={t('changeRequests.proposedText')}
            description={t('changeRequests.proposedHint')}
            autosize
            minRows={subject === 'SPECIAL_INSTRUCTIONS' || subject === 'FAQ_ANSWER' ? 4 : 2}
            value={text}
            onChange={(e) => setProposed(e.currentTarget.value)}
            error={state.error('proposedText')}
          />
        )}
        <Textarea
          label={subject ? t('changeRequests.reason') : t('changeRequests.message')}
          description={subject ? undefined : t('changeRequests.messageHint')}
          required={!subject}
          autosize
          minRows={subject ? 2 : 4}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          error={state.error('message')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.submitting}>
            {t('changeRequests.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
