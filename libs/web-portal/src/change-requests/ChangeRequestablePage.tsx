import { Alert } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@dengon/web';
import { RequestChangeButton } from './RequestChangeButton';

/** A portal page showing something the client may ask to change: its script or its FAQ. */
export function ChangeRequestablePage({
  title,
  description,
  target,
  children,
}: {
  title: string;
  description: string;
  target: 'SCRIPT' | 'FAQ';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={<RequestChangeButton target={target} onSent={() => setSent(true)} />}
      />
      {sent && (
        <Alert
          color="green"
          variant="light"
          role="status"
          mb="md"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setSent(false)}
        >
          {t('changeRequests.sent')}
        </Alert>
      )}
      {children}
    </>
  );
}
