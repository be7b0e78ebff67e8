import { Grid } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSubmit } from '../forms/useSubmit';
import type { ContractorDetailsFragment } from '../gql/graphql';
import { QueryStatus } from '../ui/QueryStatus';
import { ContractorForm } from './ContractorForm';
import { ContractorTable } from './ContractorTable';
import {
  CONTRACTOR_FIELDS,
  contractorInputOf,
  contractorValuesOf,
  emptyContractor,
  type ContractorValues,
} from './contractor-values';
import { contractorsQuery, saveContractorMutation } from './documents';

/**
 * 手配先: the client's contractors in priority order. With `editable`, the form
 * beside the list adds or changes one. Staff name the client; client users get their own.
 */
export function Contractors({
  clientCompanyId,
  editable,
}: {
  clientCompanyId?: string;
  editable: boolean;
}) {
  const { data, error } = useQuery(contractorsQuery, { variables: { clientCompanyId } });
  const [editing, setEditing] = useState<ContractorDetailsFragment | null>(null);
  const [save] = useMutation(saveContractorMutation, {
    refetchQueries: [contractorsQuery],
    awaitRefetchQueries: true,
  });
  const formState = useSubmit(CONTRACTOR_FIELDS);

  if (!data) return <QueryStatus error={error} />;
  const table = (
    <ContractorTable
      contractors={data.contractors}
      onEdit={
        editable
          ? (contractor) => {
              formState.clear();
              setEditing(contractor);
            }
          : undefined
      }
    />
  );
  if (!editable) return table;

  async function submit(values: ContractorValues): Promise<boolean> {
    const input = contractorInputOf(values);
    const result = await formState.submit(() =>
      save({
        variables: {
          input: editing
            ? { ...input, id: editing.id, version: editing.version }
            : { ...input, clientCompanyId },
        },
      }),
    );
    if (!result) return false;
    setEditing(null);
    return true;
  }

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <ContractorForm
          key={editing?.id ?? 'new'}
          initial={editing ? contractorValuesOf(editing) : emptyContractor}
          editing={editing !== null}
          state={formState}
          onSubmit={submit}
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
      <Grid.Col span={{ base: 12, lg: 7 }}>{table}</Grid.Col>
    </Grid>
  );
}
