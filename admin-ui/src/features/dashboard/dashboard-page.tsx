import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { PageTitle } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { PENDING_REGISTRATIONS_QUERY } from '../registrations/registrations.queries';

// A later issue fills the dashboard with orders, clients and tasks; for now, the registration queue.
export function DashboardPage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Stack gap="md">
      <PageTitle title={t('dashboard.pageTitle')} />
      <Title order={1} size="h2">
        {t('dashboard.welcome', { name: session?.staffUser?.fullName ?? '' })}
      </Title>
      <Text c="dimmed">{t('dashboard.text')}</Text>
      {hasPermission(session, 'READ_COMPANIES') && <PendingRegistrations />}
    </Stack>
  );
}

function PendingRegistrations() {
  const { t } = useTranslation();
  const { data } = useQuery(PENDING_REGISTRATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  return (
    <Card withBorder padding="lg" maw={520}>
      <Group justify="space-between">
        <Group gap="sm">
          <IconClipboardList />
          <Text data-testid="pending-registrations">
            {t('dashboard.pendingRegistrations', { count: data.registrations.totalCount })}
          </Text>
        </Group>
        <Button component={Link} to="/registrations?status=PENDING" variant="light" size="xs">
          {t('dashboard.openQueue')}
        </Button>
      </Group>
    </Card>
  );
}
