import { Image, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionProvider';

/**
 * An image the API serves only to a signed-in reader (a fax page): fetched
 * with the session's token, shown from memory, released when it leaves.
 */
export function AuthorizedImage({ path, alt }: { path: string; alt: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let objectUrl: string | null = null;
    let gone = false;
    void session
      .authorizedFetch(path)
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        if (gone) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => !gone && setFailed(true));
    return () => {
      gone = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [path, session]);

  if (failed)
    return (
      <Text size="sm" c="red" role="alert">
        {t('errors.network')}
      </Text>
    );
  return url ? <Image src={url} alt={alt} fit="contain" /> : <Loader size="sm" aria-label={alt} />;
}
