import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { PREFECTURES } from '@dengon/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../forms/FormProblem';
import type { SubmitState } from '../forms/useSubmit';
import type { DispatchChannelKind } from '../gql/graphql';
import {
  emptyArea,
  emptyChannel,
  emptyContractor,
  type AreaValues,
  type ChannelValues,
  type ContractorValues,
} from './contractor-values';

const CHANNEL_KINDS: readonly DispatchChannelKind[] = ['FAX', 'EMAIL', 'PHONE'];

/** One row moved up or down: channels are tried in the order listed. */
function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(index + by, 0, item!);
  return next;
}

/**
 * Adds or edits one contractor: where it works, what it does, and how to reach
 * it. The API names a refused row's field (`channels.1.address`), shown under that input.
 */
export function ContractorForm({
  initial,
  editing,
  state,
  onSubmit,
  onCancel,
}: {
  initial: ContractorValues;
  editing: boolean;
  state: SubmitState;
  /** Resolves true when saved: the form then empties for the next contractor. */
  onSubmit: (values: ContractorValues) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const title = t(editing ? 'contractors.editTitle' : 'contractors.addTitle');

  const setArea = (index: number, change: Partial<AreaValues>) =>
    setValues({
      ...values,
      areas: values.areas.map((area, i) => (i === index ? { ...area, ...change } : area)),
    });
  const setChannel = (index: number, change: Partial<ChannelValues>) =>
    setValues({
      ...values,
      channels: values.channels.map((channel, i) =>
        i === index ? { ...channel, ...change } : channel,
      ),
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await onSubmit(values)) && !editing) setValues(emptyContractor);
  }

  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={title}
    >
      <Stack>
        <Title order={3} size="h5">
          {title}
        </Title>
        <FormProblem state={state} />
        <TextInput
          label={t('contractors.name')}
          required
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
          error={state.error('name')}
        />
        <Fieldset legend={t('contractors.areas')}>
          <Stack gap="xs">
            {values.areas.map((area, index) => {
              const row = index + 1;
              return (
                <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
                  <Select
                    aria-label={t('contractors.prefectureOf', { row })}
                    placeholder={t('contractors.prefecture')}
                    data={[...PREFECTURES]}
                    searchable
                    value={area.prefecture || null}
                    onChange={(prefecture) => setArea(index, { prefecture: prefecture ?? '' })}
                    error={
                      state.error(`areas.${index}.prefecture`) ?? state.error(`areas.${index}`)
                    }
                    style={{ flex: 1 }}
                  />
                  <TextInput
                    aria-label={t('contractors.cityOf', { row })}
                    placeholder={t('contractors.cityPlaceholder')}
                    value={area.city}
                    onChange={(e) => setArea(index, { city: e.currentTarget.value })}
                    error={state.error(`areas.${index}.city`)}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={4}
                    aria-label={t('contractors.removeArea', { row })}
                    onClick={() =>
                      setValues({ ...values, areas: values.areas.filter((_, i) => i !== index) })
                    }
                  >
                    ×
                  </ActionIcon>
                </Group>
              );
            })}
            {state.error('areas') && (
              <Text c="red" size="sm" role="alert">
                {state.error('areas')}
              </Text>
            )}
            <Group>
              <Button
                size="xs"
                variant="default"
                onClick={() => setValues({ ...values, areas: [...values.areas, { ...emptyArea }] })}
              >
                {t('contractors.addArea')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <TagsInput
          label={t('contractors.categories')}
          description={t('contractors.categoriesHint')}
          value={values.categories}
          onChange={(categories) => setValues({ ...values, categories })}
          error={state.error('categories')}
        />
        <Fieldset legend={t('contractors.channels')}>
          <Text size="sm" c="dimmed" mb="xs">
            {t('contractors.channelsHint')}
          </Text>
          <Stack gap="sm">
            {values.channels.map((channel, index) => {
              const row = index + 1;
              const field = (name: string) => state.error(`channels.${index}.${name}`);
              return (
                <Stack key={index} gap={4}>
                  <Group align="flex-start" wrap="nowrap" gap="xs">
                    <Select
                      aria-label={t('contractors.kindOf', { row })}
                      data={CHANNEL_KINDS.map((kind) => ({
                        value: kind,
                        label: t(`dispatchChannel.${kind}`),
                      }))}
                      allowDeselect={false}
                      value={channel.kind}
                      onChange={(kind) => kind && setChannel(index, { kind })}
                      error={field('kind')}
                      w={110}
                    />
                    <TextInput
                      aria-label={t('contractors.addressOf', { row })}
                      placeholder={channel.kind === 'EMAIL' ? 'info@example.jp' : '03-1234-5678'}
                      type={channel.kind === 'EMAIL' ? 'email' : 'tel'}
                      value={channel.address}
                      onChange={(e) => setChannel(index, { address: e.currentTarget.value })}
                      error={field('address') ?? state.error(`channels.${index}`)}
                      style={{ flex: 1 }}
                    />
                  </Group>
                  <Group align="flex-start" wrap="nowrap" gap="xs">
                    <TextInput
                      type="time"
                      label={t('contractors.hoursStart')}
                      aria-label={t('contractors.hoursStartOf', { row })}
                      value={channel.start}
                      onChange={(e) => setChannel(index, { start: e.currentTarget.value })}
                      error={field('hours.start') ?? field('hours')}
                      size="xs"
                    />
                    <TextInput
                      type="time"
                      label={t('contractors.hoursEnd')}
                      aria-label={t('contractors.hoursEndOf', { row })}
                      value={channel.end}
                      onChange={(e) => setChannel(index, { end: e.currentTarget.value })}
                      error={field('hours.end')}
                      size="xs"
                    />
                    <Group gap={4} mt={22}>
                      <ActionIcon
                        variant="default"
                        aria-label={t('contractors.moveUp', { row })}
                        disabled={index === 0}
                        onClick={() =>
                          setValues({ ...values, channels: moved(values.channels, index, -1) })
                        }
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        aria-label={t('contractors.moveDown', { row })}
                        disabled={index === values.channels.length - 1}
                        onClick={() =>
                          setValues({ ...values, channels: moved(values.channels, index, 1) })
                        }
                      >
                        ↓
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('contractors.removeChannel', { row })}
                        onClick={() =>
                          setValues({
                            ...values,
                            channels: values.channels.filter((_, i) => i !== index),
                          })
                        }
                      >
                        ×
                      </ActionIcon>
                    </Group>
                  </Group>
                </Stack>
              );
            })}
            {state.error('channels') && (
              <Text c="red" size="sm" role="alert">
                {state.error('channels')}
              </Text>
            )}
            <Group>
              <Button
                size="xs"
                variant="default"
                onClick={() =>
                  setValues({ ...values, channels: [...values.channels, { ...emptyChannel }] })
                }
              >
                {t('contractors.addChannel')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <NumberInput
          label={t('contractors.priority')}
          description={t('contractors.priorityHint')}
          min={0}
          allowDecimal={false}
          value={values.priority}
          onChange={(priority) => setValues({ ...values, priority })}
          error={state.error('priority')}
        />
        <Checkbox
          label={t('contractors.active')}
          checked={values.active}
          onChange={(e) => setValues({ ...values, active: e.currentTarget.checked })}
          error={state.error('active')}
        />
        <Textarea
          label={t('contractors.note')}
          autosize
          minRows={2}
          value={values.note}
          onChange={(e) => setValues({ ...values, note: e.currentTarget.value })}
          error={state.error('note')}
        />
        <Group>
          <Button type="submit" loading={state.submitting}>
            {t(editing ? 'common.save' : 'contractors.addSubmit')}
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
