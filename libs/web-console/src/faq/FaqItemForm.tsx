import {
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, type SubmitState } from '@dengon/web';
import type { FaqItemDetailsFragment } from '../gql/graphql';

export interface FaqValues {
  question: string;
  answer: string;
  tags: string[];
  enabled: boolean;
}

export const FAQ_FIELDS = ['question', 'answer', 'tags', 'enabled', 'sortOrder'];

export const emptyFaq: FaqValues = { question: '', answer: '', tags: [], enabled: true };

export function faqValuesOf(item: FaqItemDetailsFragment): FaqValues {
  return {
    question: item.question,
    answer: item.answer,
    tags: [...item.tags],
    enabled: item.enabled,
  };
}

/**
 * Adds or edits one Q&A. A refusal over the plan's limit names the field
 * `enabled`, so it shows right under the checkbox that caused it.
 */
export function FaqItemForm({
  initial,
  editing,
  state,
  onSubmit,
  onCancel,
}: {
  initial: FaqValues;
  editing: boolean;
  state: SubmitState;
  /** Resolves true when saved: the form then empties for the next item. */
  onSubmit: (values: FaqValues) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await onSubmit(values)) && !editing) setValues(emptyFaq);
  }

  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t(editing ? 'faq.editTitle' : 'faq.addTitle')}
    >
      <Stack>
        <Title order={3} size="h5">
          {t(editing ? 'faq.editTitle' : 'faq.addTitle')}
        </Title>
        <FormProblem state={state} />
        <TextInput
          label={t('faq.question')}
          required
          value={values.question}
          onChange={(e) => setValues({ ...values, question: e.currentTarget.value })}
          error={state.error('question')}
        />
        <Textarea
          label={t('faq.answer')}
          required
          autosize
          minRows={3}
          value={values.answer}
          onChange={(e) => setValues({ ...values, answer: e.currentTarget.value })}
          error={state.error('answer')}
        />
        <TagsInput
          label={t('faq.tags')}
          description={t('faq.tagsHint')}
          value={values.tags}
          onChange={(tags) => setValues({ ...values, tags })}
          error={state.error('tags')}
        />
        <Checkbox
          label={t('faq.enabled')}
          description={t('faq.enabledHint')}
          checked={values.enabled}
          onChange={(e) => setValues({ ...values, enabled: e.currentTarget.checked })}
          error={state.error('enabled')}
        />
        {state.error('enabled') && (
          <Text size="sm" c="dimmed">
            {t('faq.limitHint')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={state.submitting}>
            {t(editing ? 'common.save' : 'faq.addSubmit')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
