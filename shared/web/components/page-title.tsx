import { useTranslation } from 'react-i18next';

/** React 19 hoists <title> into <head>; render exactly one per page. */
export function PageTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  return <title>{`${title} · ${t('app.name')}`}</title>;
}
