import { Permission } from '@dengon/domain';
import { useTranslation } from 'react-i18next';
import { Contractors, PageHeader, useCan } from '@dengon/web';

/** 手配先 in the portal: the client's admins keep them, members read them. */
export function MyContractorsPage() {
  const { t } = useTranslation();
  const admin = useCan(Permission.ManageContractors);
  return (
    <>
      <PageHeader title={t('contractors.title')} description={t('contractors.description')} />
      <Contractors editable={admin} />
    </>
  );
}
