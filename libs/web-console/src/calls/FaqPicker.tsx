import { Checkbox, Group, Highlight, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FaqSearchInput, QueryStatus, useFaqSearch } from '@dengon/web';
import { EVEN_IN_FIELDS, hotkey, SHORTCUTS, ShortcutHint } from './shortcuts';

/** The client's FAQ beside the intake form: searched while the caller talks; the answers given are ticked. */
export function FaqPicker({
  clientCompanyId,
  active = true,
  selected,
  onChange,
}: {
  clientCompanyId: string;
  active?: boolean;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const { search, setSearch, searching, items, error } = useFaqSearch({ clientCompanyId });
  // Found by id when the key is pressed: FaqSearchInput takes no ref.
  const searchBox = useId();
  const words = search.trim().split(/\s+/).filter(Boolean);

  const focusSearch = () => {
    if (active) document.getElementById(searchBox)?.querySelector('input')?.focus();
  };
  useHotkeys([hotkey(SHORTCUTS.faqSearch, focusSearch)], EVEN_IN_FIELDS);

  const toggle = (id: string, used: boolean) =>
    onChange(used ? [...selected, id] : selected.filter((other) => other !== id));

  return (
    <Stack gap="xs" component="section" aria-labelledby="call-faq">
      <Group justify="space-between">
        <Title order={3} size="h5" id="call-faq">
          {t('faq.title')}
        </Title>
        <ShortcutHint shortcut={SHORTCUTS.faqSearch} />
      </Group>
      <div id={searchBox}>
        <FaqSearchInput value={search} onChange={setSearch} />
      </div>
      {!items ? (
        <QueryStatus error={error} />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {searching
              ? t('faq.found', { count: items.length })
              : t('faq.count', { count: items.length })}
            {selected.length > 0 && ` ・ ${t('calls.faqSelected', { count: selected.length })}`}
          </Text>
          <ScrollArea.Autosize mah={520} type="auto" offsetScrollbars>
            <Stack gap="xs">
              {items.map((item) => (
                <Paper key={item.id} withBorder p="xs" component="article">
                  <Checkbox
                    checked={selected.includes(item.id)}
                    onChange={(event) => toggle(item.id, event.currentTarget.checked)}
                    aria-label={t('calls.faqUsedFor', { question: item.question })}
                    label={
                      <Highlight highlight={words} fw={700} size="sm">
                        {`Q. ${item.question}`}
                      </Highlight>
                    }
                  />
                  <Highlight
                    highlight={words}
                    size="sm"
                    mt={4}
                    pl={32}
                    style={{ whiteSpace: 'pre-wrap' }}
                  >
                    {`A. ${item.answer}`}
                  </Highlight>
                </Paper>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </>
      )}
    </Stack>
  );
}
