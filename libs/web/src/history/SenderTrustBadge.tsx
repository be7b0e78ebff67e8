import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuthResult, SenderTrust } from '../gql/graphql';

const COLORS: Record<SenderTrust, string> = {
  AUTHENTICATED: 'green',
  UNVERIFIED: 'gray',
  SUSPICIOUS: 'red',
};

/**
 * What the checks on arrival say of a mail's sender, in words (送信元確認済み,
 * なりすましの疑い), with SPF, DKIM and DMARC as found on hover; nothing for
 * a mail that was not checked.
 */
export function SenderTrustBadge({
  mail,
}: {
  mail: {
    senderTrust?: SenderTrust | null;
    spf?: AuthResult | null;
    dkim?: AuthResult | null;
    dmarc?: AuthResult | null;
  };
}) {
  const { t } = useTranslation();
  if (!mail.senderTrust) return null;
  const checks = `SPF ${mail.spf ?? '—'}・DKIM ${mail.dkim ?? '—'}・DMARC ${mail.dmarc ?? '—'}`;
  return (
    <Tooltip label={checks}>
      <Badge variant="light" color={COLORS[mail.senderTrust]} tt="none" aria-description={checks}>
        {t(`senderTrust.${mail.senderTrust}`)}
      </Badge>
    </Tooltip>
  );
}
