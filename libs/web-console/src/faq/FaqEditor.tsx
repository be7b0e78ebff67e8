import { Grid, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  faqItemsQuery,
  FaqSearchInput,
  FormProblem,
  QueryStatus,
  useFaqSearch,
  useSubmit,
} from '@dengon/web';
import { createFaqItemMutation, updateFaqItemMutation } from './documents';
import type { FaqItemDetailsFragment } from '../gql/graphql';
import { emptyFaq, FAQ_FIELDS, FaqItemForm, faqValuesOf, type FaqValues } from './FaqItemForm';
import { FaqLimitNote } from './FaqLimitNote';
import { FaqTable } from './FaqTable';

/** The FAQ editor: the form beside the list, so a refusal shows next to what was typed. */
export function FaqEditor({ clientCompanyId }: { clientCompanyId: string }) {
  const [editing, setEditing] = useState<FaqItemDetailsFragment | null>(null);
  const { search, setSearch, items, error } = useFaqSearch({
    clientCompanyId,
    includeDisabled: true,
  });
  const refetch = { refetchQueries: [faqItemsQuery], awaitRefetchQueries: true };
  const [create] = useMutation(createFaqItemMutation, refetch);
  const [update] = useMutation(updateFaqItemMutation, refetch);
  const formState = useSubmit(FAQ_FIELDS);
  const toggleState = useSubmit([]);

  async function save(values: FaqValues): Promise<boolean> {
    const result = editing
      ? await formState.submit(() =>
          update({ variables: { input: { id: editing.id, version: editing.version, ...values } } }),
        )
      : await formState.submit(() =>
          create({ variables: { input: { clientCompanyId, ...values } } }),
        );
    if (!result) return false;
    setEditing(null);
    return true;
  }

  async function toggle(item: FaqItemDetailsFragment, enabled: boolean) {
    await toggleState.submit(() =>
      update({ variables: { input: { id: item.id, version: item.version, enabled } } }),
    );
  }

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <FaqItemForm
          key={editing?.id ?? 'new'}
          initial={editing ? faqValuesOf(editing) : emptyFaq}
          editing={editing !== null}
          state={formState}
          onSubmit={save}
          onCancel={
            editing
              ? () => {
                  formState.clear();
                  setEditing(null);
                }
              : undefined
          }
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack>
          <FaqLimitNote clientCompanyId={clientCompanyId} />
          <FaqSearchInput value={search} onChange={setSearch} />
          <FormProblem state={toggleState} />
          {!items ? (
            <QueryStatus error={error} />
          ) : (
            <FaqTable
              items={items}
              busy={toggleState.submitting}
              onEdit={(item) => {
                formState.clear();
                setEditing(item);
              }}
              onToggle={(item, enabled) => void toggle(item, enabled)}
            />
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
