import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type ReactNode, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_STATUSES, type ClientFormValues } from './client-form-values';
import { FormProblem, ReportSettingsFields, type SubmitState } from '@dengon/web';

/** A client company's details, for creating one and for editing it. */
export function ClientForm({
  initial,
  state,
  submitLabel,
  onSubmit,
  onCancel,
  extraFields,
}: {
  initial: ClientFormValues;
  /** Fields only some uses of the form have (a new client's record prefix). */
  extraFields?: ReactNode;
  state: SubmitState;
  submitLabel: string;
  onSubmit: (values: ClientFormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const text = (
    name: Exclude<
      keyof ClientFormValues,
      'escalationContacts' | 'reportMethod' | 'reportEmail' | 'reportFax' | 'digestTime'
    >,
  ) => ({
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      // From the latest values, not this render's: fields filled in quick succession
      // (autofill, a fast typist) must not undo each other.
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
    error: state.error(name),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(values);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormProblem state={state} />
        <Fieldset legend={t('clients.form.company')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('clients.form.name')} required {...text('name')} />
            <TextInput
              label={t('clients.form.nameKana')}
              description={t('clients.form.nameKanaHint')}
              required
              {...text('nameKana')}
            />
            {extraFields}
            <TextInput
              label={t('clients.form.postalCode')}
              placeholder="123-4567"
              inputMode="numeric"
              {...text('postalCode')}
            />
            <TextInput label={t('clients.form.address')} {...text('address')} />
            <NativeSelect
              label={t('clients.form.status')}
              data={CLIENT_STATUSES.map((s) => ({ value: s, label: t(`clientStatus.${s}`) }))}
              {...text('status')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('clients.form.billing')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('clients.form.invoiceRecipientName')}
              {...text('invoiceRecipientName')}
            />
            <TextInput
              label={t('clients.form.billingEmail')}
              type="email"
              {...text('billingEmail')}
            />
          </SimpleGrid>
        </Fieldset>
        <ReportSettingsFields
          values={values}
          onChange={(change) => setValues((current) => ({ ...current, ...change }))}
          error={state.error}
        />
        <Group>
          <Button type="submit" loading={state.submitting}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
