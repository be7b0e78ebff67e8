import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionProvider';
import { usePhone } from './usePhone';

/** A stored PDF (a dispatch sheet, an invoice), fetched with the session token and opened in a new tab. */
export function PdfButton({ path, label }: { path: string; label: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [opening, setOpening] = useState(false);
  const phone = usePhone();
  const [error, setError] = useState<string | null>(null);

  async function open() {
    setOpening(true);
    setError(null);
    try {
      const response = await session.authorizedFetch(path);
      if (!response.ok) {
        setError(t('pdf.failed', { status: response.status }));
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
      <Button
        variant="default"
        size={phone ? 'md' : 'xs'}
        mih={phone ? 44 : undefined}
        loading={opening}
        onClick={() => void open()}
      >
        {label}
      </Button>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}
