import { INBOUND_ADDRESS_KINDS } from '@dengon/domain';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboundAddressKind } from '../gql/graphql';

/** Whether mail that comes in somewhere is the client's e-mail or the carrier's fax-to-mail. */
export function IntakeKindSelect({
  value,
  onChange,
}: {
  value: InboundAddressKind;
  onChange: (kind: InboundAddressKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('mailTab.kind')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as InboundAddressKind)}
      data={INBOUND_ADDRESS_KINDS.map((k) => ({ value: k, label: t(`inboundAddressKind.${k}`) }))}
    />
  );
}
