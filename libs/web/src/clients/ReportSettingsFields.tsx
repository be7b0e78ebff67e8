import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportMethod } from '../gql/graphql';
import { EscalationContactsEditor } from './EscalationContactsEditor';
import { REPORT_METHODS, reportFieldsFor, type ReportSettingsValues } from './report-settings';

/**
 * Where a company's reports go (method, e-mail, fax, digest time) and its
 * emergency contacts: the back office's client form and the client admin's
 * own settings page edit them with these same fields.
 */
export function ReportSettingsFields({
  values,
  onChange,
  error,
}: {
  values: ReportSettingsValues;
  onChange: (change: Partial<ReportSettingsValues>) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const uses = reportFieldsFor(values.reportMethod);
  const text = (name: 'reportEmail' | 'reportFax' | 'digestTime') => ({
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ [name]: event.currentTarget.value }),
    error: error(name),
  });
  return (
    <>
      <Fieldset legend={t('clients.form.reporting')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('clients.form.reportMethod')}
            data={REPORT_METHODS.map((m) => ({ value: m, label: t(`reportMethod.${m}`) }))}
            value={values.reportMethod}
            onChange={(e) => onChange({ reportMethod: e.currentTarget.value as ReportMethod })}
            error={error('reportMethod')}
          />
          {uses.email && (
            <TextInput
              label={t('clients.form.reportEmail')}
              type="email"
              required
              {...text('reportEmail')}
            />
          )}
          {uses.fax && (
            <TextInput
              label={t('clients.form.reportFax')}
              type="tel"
              placeholder="03-1234-5678"
              required
              {...text('reportFax')}
            />
          )}
          {uses.digestTime && (
            <TextInput
              label={t('clients.form.digestTime')}
              type="time"
              required
              {...text('digestTime')}
            />
          )}
        </SimpleGrid>
      </Fieldset>
      <EscalationContactsEditor
        value={values.escalationContacts}
        onChange={(escalationContacts) => onChange({ escalationContacts })}
        error={error}
      />
    </>
  );
}
