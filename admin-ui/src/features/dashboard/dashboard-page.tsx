import { Stack, Text, Title } from '@mantine/core';
import { PageTitle } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import { useSession } from '../auth/use-session';

// Placeholder: a later issue fills the dashboard with orders, clients and tasks.
export function DashboardPage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Stack gap="sm">
      <PageTitle title={t('dashboard.pageTitle')} />
      <Title order={1} size="h2">
        {t('dashboard.welcome', { name: session?.staffUser?.fullName ?? '' })}
      </Title>
      <Text c="dimmed">{t('dashboard.text')}</Text>
    </Stack>
  );
}
