import { useTranslation } from 'react-i18next';
import { ChangeRequestablePage } from '../change-requests/ChangeRequestablePage';
import { FaqList } from './FaqList';

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
