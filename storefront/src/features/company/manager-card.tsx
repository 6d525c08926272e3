import { Anchor, Avatar, Card, Group, Stack, Text } from '@mantine/core';
import { IconMail, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { MyCompanyQuery } from '../../gql/graphql';

type Manager = MyCompanyQuery['myCompany']['manager'];

/** The personal manager: who to call about prices, orders and anything else. */
export function ManagerCard({ manager }: { manager: Manager }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" data-testid="manager-card">
      <Text size="sm" c="dimmed" mb="sm">
        {t('company.manager')}
      </Text>
      {manager ? (
        <Group wrap="nowrap" gap="md">
          <Avatar src={manager.photoUrl} name={manager.fullName} color="initials" size="lg" />
          <Stack gap={4} miw={0}>
            <Text fw={600} data-testid="manager-name">
              {manager.fullName}
            </Text>
            <Group gap="lg">
              <Group gap={6} wrap="nowrap">
                <IconMail size={14} />
                <Anchor href={`mailto:${manager.email}`} size="sm">
                  {manager.email}
                </Anchor>
              </Group>
              {manager.phone && (
                <Group gap={6} wrap="nowrap">
                  <IconPhone size={14} />
                  <Anchor href={`tel:${manager.phone.replace(/[^\d+]/g, '')}`} size="sm">
                    {manager.phone}
                  </Anchor>
                </Group>
              )}
            </Group>
          </Stack>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('company.noManager')}
        </Text>
      )}
    </Card>
  );
}
