import { useTranslation } from 'react-i18next';
import { useHasRole } from '../shell/CurrentUser';
import { PageHeader } from '../ui/PageHeader';
import { Contractors } from './Contractors';

/** 手配先 in the portal: the client's admins keep them, members read them. */
export function MyContractorsPage() {
  const { t } = useTranslation();
  const admin = useHasRole(['CLIENT_ADMIN']);
  return (
    <>
      <PageHeader title={t('contractors.title')} description={t('contractors.description')} />
      <Contractors editable={admin} />
    </>
  );
}
