import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionProvider';

/** 手配書を表示: the PDF as sent, fetched with the session token and opened in a new tab. */
export function DispatchSheetButton({ dispatchId }: { dispatchId: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function open() {
    setOpening(true);
    setError(null);
    try {
      const response = await session.authorizedFetch(
        `/dispatches/${encodeURIComponent(dispatchId)}/sheet.pdf`,
      );
      if (!response.ok) {
        setError(t('dispatch.sheetFailed', { status: response.status }));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      window.open(url, '_blank');
      // The new tab has read it by then; the URL is only kept that long.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setError(t('errors.network'));
    } finally {
      setOpening(false);
    }
  }

  return (
    <>
      <Button variant="default" size="xs" loading={opening} onClick={() => void open()}>
        {t('dispatch.showSheet')}
      </Button>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}
