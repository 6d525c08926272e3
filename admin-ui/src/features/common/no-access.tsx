import { EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A section the staff member's role does not open (the API refuses it too). */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <EmptyState
      mt="xl"
      icon={<IconLock />}
      title={t('noAccess.title')}
      description={t('noAccess.text')}
      data-testid="no-access"
    />
  );
}
