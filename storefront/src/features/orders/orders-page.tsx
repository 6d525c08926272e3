import { ComingSoon } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

// Placeholder: a later issue replaces this with the real orders section.
export function OrdersPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('nav.orders')} />;
}
