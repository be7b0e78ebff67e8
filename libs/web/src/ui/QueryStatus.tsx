import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toApiProblem } from '../forms/api-problem';

/** What stands in for a query's screen until its data is there: a spinner, or why it failed. */
export function QueryStatus({ error }: { error?: unknown }) {
  const { t } = useTranslation();
  if (error) {
    const problem = toApiProblem(error);
    return (
      <Alert color="red" variant="light" role="alert" title={t('problems.loadFailed')}>
        {problem.code === 'NETWORK' ? t('errors.network') : problem.messages.join(' ')}
      </Alert>
    );
  }
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('session.restoring')} />
    </Center>
  );
}
