import { Button, Card, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { IconBuilding, IconListDetails, IconShoppingCart, IconUsers } from '@tabler/icons-react';
import { PageTitle, useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';

export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  if (!session) return null;
  const entity = session.activeLegalEntity;
  const contract = session.activeContract;

  return (
    <Stack gap="lg" maw={720}>
      <PageTitle title={t('home.pageTitle')} />
      <Title order={1} size="h2">
        {t('home.welcome', { name: session.user.fullName })}
      </Title>
      <Card withBorder padding="lg">
        <Text size="sm" c="dimmed" mb="sm">
          {t('home.activeLegalEntity')}
        </Text>
        <DataList labelWidth={160}>
          <DataList.Item>
            <DataList.ItemLabel>{t('home.company')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="home-company">{session.company.name}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('home.name')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="active-legal-entity-name">{entity.name}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('legalEntity.inn')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="active-inn">{entity.inn}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('legalEntity.kpp')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="active-kpp">{entity.kpp ?? t('home.none')}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('home.activeContract')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="active-contract">
              {contract
                ? t('contract.option', { number: contract.number, date: format.day(contract.date) })
                : t('contract.none')}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('home.role')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="home-role">{t(`buyerRoles.${session.role}`)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Card>
      <Card withBorder padding="lg">
        <Text size="sm" c="dimmed" mb="sm">
          {t('home.quickActions')}
        </Text>
        {/* What the role may do; an accountant orders nothing, only a director manages users. */}
        <Group gap="sm" data-testid="quick-actions">
          {hasPermission(session, 'PLACE_ORDERS') && (
            <Button component={Link} to="/catalog" leftSection={<IconShoppingCart size={16} />}>
              {t('home.placeOrder')}
            </Button>
          )}
          {hasPermission(session, 'VIEW_COMPANY_ORDERS', 'PLACE_ORDERS') && (
            <Button component={Link} to="/orders" variant="light" leftSection={<IconListDetails size={16} />}>
              {hasPermission(session, 'VIEW_COMPANY_ORDERS') ? t('home.viewOrders') : t('home.myOrders')}
            </Button>
          )}
          <Button component={Link} to="/company" variant="light" leftSection={<IconBuilding size={16} />}>
            {t('home.companyDetails')}
          </Button>
          {hasPermission(session, 'MANAGE_COMPANY_USERS') && (
            <Button component={Link} to="/users" variant="light" leftSection={<IconUsers size={16} />}>
              {t('home.manageUsers')}
            </Button>
          )}
        </Group>
      </Card>
    </Stack>
  );
}
