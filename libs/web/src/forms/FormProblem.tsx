import { Alert, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isShown, type SubmitState } from './useSubmit';

/**
 * The alert of a refused request: a lead-in for its kind, then what no input
 * shows, each by the field's Japanese name: a common rule or a business rule
 * in the screen's language, any other in the API's own words.
 */
export function FormProblem({ state }: { state: Pick<SubmitState, 'problem' | 'shownFields'> }) {
  const { t } = useTranslation();
  const { problem, shownFields } = state;
  const alert = useRef<HTMLDivElement>(null);
  // A long form is submitted from its bottom: bring the explanation into view.
  useEffect(() => {
    if (problem) alert.current?.scrollIntoView({ block: 'nearest' });
  }, [problem]);
  if (!problem) return null;
  const fields = Object.entries(problem.fields);
  const unshown = fields
    .filter(([field]) => !isShown(field, shownFields))
    .map(([field, message]) => `${problem.labels[field] ?? field}: ${message}`);
  const messages = [...problem.messages, ...unshown];
  const anyBesideInputs = fields.length > unshown.length;

  return (
    <Alert
      ref={alert}
      color="red"
      variant="light"
      title={t(problem.violated ? 'problems.violated' : leadIn(problem.code))}
      role="alert"
    >
      {anyBesideInputs && <Text size="sm">{t('problems.seeFields')}</Text>}
      {messages.length === 1 && <Text size="sm">{messages[0]}</Text>}
      {messages.length > 1 && (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

type LeadIn =
  `problems.${'badInput' | 'conflict' | 'forbidden' | 'notFound' | 'network' | 'unexpected'}`;

function leadIn(code: string): LeadIn {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 'problems.badInput';
    case 'CONFLICT':
      return 'problems.conflict';
    case 'FORBIDDEN':
      return 'problems.forbidden';
    case 'NOT_FOUND':
      return 'problems.notFound';
    case 'NETWORK':
      return 'problems.network';
    default:
      return 'problems.unexpected';
  }
}
