import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A section the person's role does not open (the API would refuse it too). */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <EmptyState
      mt="xl"
      icon={<IconLock />}
      title={t('noAccess.title')}
      description={t('noAccess.text')}
      data-testid="no-access"
    >
      <EmptyState.Actions>
        <Button component={Link} to="/" variant="light">
          {t('notFound.back')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
