import { Alert, Anchor, List } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clientCompaniesQuery } from '../clients/documents';
import { proposedCallerMarksQuery } from './documents';

/** Operators' nuisance reports waiting for a supervisor, each linked to its client's callers tab. */
export function ProposedCallerMarks() {
  const { t } = useTranslation();
  const { data } = useQuery(proposedCallerMarksQuery, { pollInterval: 30_000 });
  const marks = data?.proposedCallerMarks ?? [];
  // A mark names its company by id only; the client list has the names.
  const { data: clients } = useQuery(clientCompaniesQuery, {
    variables: { status: null },
    skip: marks.length === 0,
  });
  const clientNames = new Map(clients?.clientCompanies.map((c) => [c.id, c.name]));
  if (marks.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t('callerMarks.proposedTitle')} mb="md">
      <List size="sm">
        {marks.map((mark) => (
          <List.Item key={mark.id}>
            <Anchor component={Link} to={`/clients/${mark.clientCompanyId}/callers`}>
              {clientNames.get(mark.clientCompanyId) ?? '—'}
            </Anchor>
            {` ${mark.label} — ${mark.note}`}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
