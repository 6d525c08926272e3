import { Button, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageTitle } from './page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notFound.pageTitle')} />
      <EmptyState mt="xl" icon={<IconMapOff />} title={t('notFound.title')}>
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            {t('notFound.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
