import {
  ActionIcon,
  Button,
  Group,
  Input,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HOLIDAY_RULES, presetCoverage, WEEKDAYS, type CoverageValue } from './coverage';

/**
 * Coverage hours: weekly windows in Japan time plus what a national holiday
 * does. Times are typed as HH:MM because an end may be 24:00, which a time
 * picker cannot show.
 */
export function CoverageEditor({
  value,
  onChange,
  error,
}: {
  value: CoverageValue;
  onChange: (value: CoverageValue) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { windows } = value;
  const setWindow = (index: number, change: Partial<CoverageValue['windows'][number]>) =>
    onChange({
      ...value,
      windows: windows.map((w, i) => (i === index ? { ...w, ...change } : w)),
    });

  return (
    <Stack gap="xs">
      <Input.Label>{t('coverage.title')}</Input.Label>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('coverage.presets')}
        </Text>
        <Button size="xs" variant="light" onClick={() => onChange(presetCoverage('weekdays'))}>
          {t('coverage.presetWeekdays')}
        </Button>
        <Button size="xs" variant="light" onClick={() => onChange(presetCoverage('always'))}>
          {t('coverage.presetAlways')}
        </Button>
      </Group>
      <Table withTableBorder verticalSpacing={4} maw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('coverage.weekday')}</Table.Th>
            <Table.Th>{t('coverage.start')}</Table.Th>
            <Table.Th>{t('coverage.end')}</Table.Th>
            <Table.Th w={60}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {windows.map((window, index) => {
            const row = index + 1;
            const rowError = error(`coverageWindows.${index}`);
            return (
              <Table.Tr key={index}>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('coverage.weekdayOf', { row })}
                    value={String(window.weekday)}
                    onChange={(e) => setWindow(index, { weekday: Number(e.currentTarget.value) })}
                    data={WEEKDAYS.map((d) => ({ value: String(d), label: t(`weekdays.${d}`) }))}
                    error={error(`coverageWindows.${index}.weekday`) ?? rowError}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('coverage.startOf', { row })}
                    placeholder="09:00"
                    value={window.start}
                    onChange={(e) => setWindow(index, { start: e.currentTarget.value })}
                    error={error(`coverageWindows.${index}.start`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('coverage.endOf', { row })}
                    placeholder="18:00"
                    value={window.end}
                    onChange={(e) => setWindow(index, { end: e.currentTarget.value })}
                    error={error(`coverageWindows.${index}.end`)}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('coverage.removeRow', { row })}
                    onClick={() =>
                      onChange({ ...value, windows: windows.filter((_, i) => i !== index) })
                    }
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {error('coverageWindows') && (
        <Text c="red" size="sm" role="alert">
          {error('coverageWindows')}
        </Text>
      )}
      <Group justify="space-between" align="flex-end">
        <Button
          size="xs"
          variant="default"
          onClick={() =>
            onChange({
              ...value,
              windows: [...windows, { weekday: 1, start: '09:00', end: '18:00' }],
            })
          }
        >
          {t('coverage.addRow')}
        </Button>
        <NativeSelect
          label={t('coverage.holidayRule')}
          value={value.holidayRule}
          onChange={(e) =>
            onChange({
              ...value,
              holidayRule: e.currentTarget.value as CoverageValue['holidayRule'],
            })
          }
          data={HOLIDAY_RULES.map((rule) => ({ value: rule, label: t(`holidayRule.${rule}`) }))}
          error={error('holidayRule')}
        />
      </Group>
    </Stack>
  );
}
