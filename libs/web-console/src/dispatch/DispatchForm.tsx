import { Button, Checkbox, Group, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmit } from '@dengon/web';
import { createDispatchMutation, dispatchCandidatesQuery } from './documents';

/** A field of the intake as text, when the script has it. */
function fieldText(fields: Record<string, unknown>, key: string): string {
  const value = fields[key];
  return typeof value === 'string' ? value : '';
}

/**
 * Sends the intake's job to a contractor: category and site address from the
 * intake, the contractors the client's rules propose (the first chosen), and a
 * reason when the operator picks another.
 */
export function DispatchForm({
  intake,
  onSent,
}: {
  intake: { id: string; urgent: boolean; fields: Record<string, unknown> };
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const [category, setCategory] = useState(() => fieldText(intake.fields, 'category'));
  const [siteAddress, setSiteAddress] = useState(() => fieldText(intake.fields, 'site_address'));
  const [instructions, setInstructions] = useState('');
  const [urgent, setUrgent] = useState(intake.urgent);
  const [chosen, setChosen] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  // Candidates are asked again once the operator stops typing.
  const [jobCategory] = useDebouncedValue(category.trim(), 400);
  const [jobAddress] = useDebouncedValue(siteAddress.trim(), 400);
  const job = { category: jobCategory, siteAddress: jobAddress };
  const { data, loading, error } = useQuery(dispatchCandidatesQuery, {
    variables: { intakeId: intake.id, ...job },
    skip: !job.category || !job.siteAddress,
  });
  const candidates = job.category && job.siteAddress ? (data?.dispatchCandidates ?? []) : [];
  const first = candidates[0]?.contractor.id ?? null;
  // The first is taken unless the operator chose another that is still proposed.
  const contractorId =
    chosen && candidates.some((candidate) => candidate.contractor.id === chosen) ? chosen : first;
  const overriding = contractorId !== null && contractorId !== first;
  const [createDispatch] = useMutation(createDispatchMutation);
  const submit = useSubmit([
    'category',
    'siteAddress',
    'instructions',
    'contractorId',
    'overrideReason',
  ]);

  async function send() {
    const result = await submit.submit(() =>
      createDispatch({
        variables: {
          input: {
            intakeId: intake.id,
            category: category.trim(),
            siteAddress: siteAddress.trim(),
            instructions,
            urgent,
            ...(overriding ? { contractorId, overrideReason } : {}),
          },
        },
      }),
    );
    if (result) {
      setInstructions('');
      setChosen(null);
      setOverrideReason('');
      onSent();
    }
  }

  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <TextInput
          label={t('dispatch.category')}
          value={category}
          onChange={(event) => setCategory(event.currentTarget.value)}
          error={submit.error('category')}
          required
        />
        <TextInput
          label={t('dispatch.siteAddress')}
          description={t('dispatch.siteAddressHint')}
          value={siteAddress}
          onChange={(event) => setSiteAddress(event.currentTarget.value)}
          error={submit.error('siteAddress')}
          required
        />
      </Group>
      <Textarea
        label={t('dispatch.instructions')}
        value={instructions}
        onChange={(event) => setInstructions(event.currentTarget.value)}
        error={submit.error('instructions')}
        autosize
        minRows={2}
      />
      <Checkbox
        label={t('dispatch.urgent')}
        checked={urgent}
        onChange={(event) => setUrgent(event.currentTarget.checked)}
      />
      <Radio.Group
        label={t('dispatch.candidates')}
        value={contractorId}
        onChange={setChosen}
        error={submit.error('contractorId')}
      >
        <Stack gap="xs" mt="xs">
          {!job.category || !job.siteAddress ? (
            <Text size="sm" c="dimmed">
              {t('dispatch.enterJob')}
            </Text>
          ) : loading && !data ? (
            <Text size="sm" c="dimmed">
              {t('dispatch.loadingCandidates')}
            </Text>
          ) : error ? (
            <Text size="sm" c="red" role="alert">
              {error.message}
            </Text>
          ) : candidates.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dispatch.noCandidates')}
            </Text>
          ) : (
            candidates.map((candidate, index) => (
              <Radio
                key={candidate.contractor.id}
                value={candidate.contractor.id}
                label={
                  <>
                    {candidate.contractor.name}
                    {index === 0 ? ` ・ ${t('dispatch.proposed')}` : ''}
                  </>
                }
                description={t(
                  candidate.cityMatch ? 'dispatch.cityMatch' : 'dispatch.prefectureMatch',
                )}
              />
            ))
          )}
        </Stack>
      </Radio.Group>
      {overriding && (
        <Textarea
          label={t('dispatch.overrideReason')}
          description={t('dispatch.overrideReasonHint')}
          value={overrideReason}
          onChange={(event) => setOverrideReason(event.currentTarget.value)}
          error={submit.error('overrideReason')}
          required
          autosize
          minRows={1}
        />
      )}
      <Group>
        <Button
          onClick={() => void send()}
          loading={submit.submitting}
          disabled={contractorId === null}
        >
          {t('dispatch.send')}
        </Button>
      </Group>
      <FormProblem state={submit} />
    </Stack>
  );
}
