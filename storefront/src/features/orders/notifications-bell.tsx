import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Indicator, Menu, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { MARK_NOTIFICATIONS_READ_MUTATION, NOTIFICATIONS_QUERY } from './orders.queries';

/** In-app notices (approval requested, approved, rejected): unread count in the header, opened by a click. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { data } = useQuery(NOTIFICATIONS_QUERY, { pollInterval: 60_000, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MARK_NOTIFICATIONS_READ_MUTATION, { refetchQueries: [NOTIFICATIONS_QUERY] });
  const items = data?.notifications ?? [];
  const unread = items.filter((n) => !n.readAt);
  return (
    <Menu
      width={360}
      position="bottom-end"
      onOpen={() => unread.length && void markRead({ variables: { ids: unread.map((n) => n.id) } })}
    >
      <Menu.Target>
        <Indicator
          label={unread.length}
          size={16}
          disabled={unread.length === 0}
          color="red"
          data-testid="notifications-bell"
          data-count={unread.length}
        >
          <ActionIcon variant="subtle" size="lg" aria-label={t('ordering.notifications.title')}>
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown mah={420} style={{ overflowY: 'auto' }}>
        <Menu.Label>{t('ordering.notifications.title')}</Menu.Label>
        {items.length === 0 && (
          <Text size="sm" c="dimmed" p="xs">
            {t('ordering.notifications.empty')}
          </Text>
        )}
        {items.slice(0, 30).map((n) => (
          <Menu.Item
            key={n.id}
            data-testid="notification"
            onClick={() => n.submissionId && void navigate(`/orders/${n.submissionId}`)}
          >
            <Text size="sm" fw={n.readAt ? undefined : 600}>
              {n.text}
            </Text>
            <Text size="xs" c="dimmed">
              {format.dateTime(n.createdAt)}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
