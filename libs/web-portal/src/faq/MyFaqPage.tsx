import { useTranslation } from 'react-i18next';
import { FaqList } from '@dengon/web';
import { ChangeRequestablePage } from '../change-requests/ChangeRequestablePage';

/** The client's FAQ as operators answer from it, with a way to ask for changes. */
export function MyFaqPage() {
  const { t } = useTranslation();
  return (
    <ChangeRequestablePage
      title={t('faq.mineTitle')}
      description={t('faq.mineDescription')}
      target="FAQ"
    >
      <FaqList />
    </ChangeRequestablePage>
  );
}
