import { ComingSoon } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

// Placeholder: a later issue replaces this with the catalog table (AG Grid, from src/grid/ag-grid.ts;
// load that route lazily so the grid stays out of the main bundle).
export function CatalogPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('nav.catalog')} />;
}
