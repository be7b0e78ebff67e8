import { Badge, Card, Divider, Group, Highlight, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { renderGreeting, timeOfDayGreeting } from './greeting';
import { PreviewField } from './PreviewField';
import type { ScriptContentView } from './script-content';

/**
 * The script as the operator's screen shows it on a call: the greeting with
 * the client's name filled in, the intake form, the instructions with the
 * urgent words marked, and the closing phrase.
 */
export function ScriptPreview({
  content,
  clientName,
  operatorName,
  title,
}: {
  content: ScriptContentView;
  clientName: string;
  /** Who would read it; the portal, with no operator, shows a placeholder. */
  operatorName?: string;
  title: string;
}) {
  const { t } = useTranslation();
  const keywords = content.urgentKeywords.filter((k) => k.trim());
  const greeting = renderGreeting(content.greeting, {
    会社名: clientName,
    挨拶: timeOfDayGreeting(),
    オペレーター名: operatorName ?? t('script.operatorPlaceholder'),
  });

  return (
    <Card withBorder component="section" aria-label={title} bg="gray.0">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        <div>
          <Text size="xs" c="dimmed">
            {t('script.greeting')}
          </Text>
          <Text size="lg" fw={700} data-testid="greeting-preview">
            {greeting}
          </Text>
        </div>
        <Divider />
        <Stack gap="xs" data-testid="fields-preview">
          <Text size="xs" c="dimmed">
            {t('script.fields')}
          </Text>
          {content.fields.map((field, index) => (
            <PreviewField key={`${index}-${field.key}`} field={field} />
          ))}
        </Stack>
        {content.specialInstructions && (
          <>
            <Divider />
            <div>
              <Text size="xs" c="dimmed">
                {t('script.specialInstructions')}
              </Text>
              <Highlight
                highlight={keywords}
                color="red.2"
                size="sm"
                style={{ whiteSpace: 'pre-wrap' }}
              >
                {content.specialInstructions}
              </Highlight>
            </div>
          </>
        )}
        {keywords.length > 0 && (
          <div>
            <Text size="xs" c="dimmed">
              {t('script.urgentKeywordsPreview')}
            </Text>
            <Group gap={4} mt={4}>
              {keywords.map((keyword) => (
                <Badge key={keyword} color="red" tt="none">
                  {keyword}
                </Badge>
              ))}
            </Group>
          </div>
        )}
        {content.closingPhrase && (
          <>
            <Divider />
            <div>
              <Text size="xs" c="dimmed">
                {t('script.closingPhrase')}
              </Text>
              <Text>{content.closingPhrase}</Text>
            </div>
          </>
        )}
      </Stack>
    </Card>
  );
}
