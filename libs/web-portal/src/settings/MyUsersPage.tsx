import { useTranslation } from 'react-i18next';
import { CompanyUsers, PageHeader } from '@dengon/web';

/** A client admin's own users: invite, change nothing of another company, deactivate. */
export function MyUsersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('users.mineTitle')} description={t('users.mineDescription')} />
      <CompanyUsers />
    </>
  );
}
