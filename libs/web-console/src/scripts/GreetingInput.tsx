import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GREETING_VARIABLES } from '@dengon/web';

/** The greeting, with buttons that insert a variable where the cursor is. */
export function GreetingInput({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const textarea = useRef<HTMLTextAreaElement>(null);

  function insert(variable: string) {
    const element = textarea.current;
    const token = `{${variable}}`;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    onChange(value.slice(0, start) + token + value.slice(end));
    // Put the cursor after the variable once React has written the new value.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  return (
    <Stack gap={4}>
      <Textarea
        ref={textarea}
        label={t('script.greeting')}
        description={t('script.greetingHint')}
        required
        autosize
        minRows={2}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
      />
      <Group gap="xs">
        {GREETING_VARIABLES.map((variable) => (
          <Button
            key={variable}
            size="compact-xs"
            variant="light"
            onClick={() => insert(variable)}
            aria-label={t('script.insertVariable', { variable: `{${variable}}` })}
          >
            {`{${variable}}`}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
