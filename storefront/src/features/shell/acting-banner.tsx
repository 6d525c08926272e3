import { Alert } from '@mantine/core';
import { IconUserShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown while a staff member works in the storefront on a buyer's behalf. */
export function ActingBanner({ staffUserName }: { staffUserName: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconUserShield />} mb="md" data-testid="acting-banner">
      {t('acting.banner', { name: staffUserName })}
    </Alert>
  );
}
