import { Card, DataList, Stack, Text, Title } from '@mantine/core';
import { PageTitle } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import { useSession } from '../auth/use-session';

export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!session) return null;
  const entity = session.activeLegalEntity;

  return (
    <Stack gap="lg" maw={640}>
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
            <DataList.ItemLabel>{t('home.role')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="home-role">{t(`roles.${session.role}`)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Card>
    </Stack>
  );
}
