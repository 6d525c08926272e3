import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { errorMessage, PageTitle } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { CompanyStatusBadge } from '../common/status-badges';
import { AddressesTab } from './addresses-tab';
import { COMPANY_QUERY } from './companies.queries';
import { ContractsTab } from './contracts-tab';
import { LegalEntitiesTab } from './legal-entities-tab';
import { OverviewTab } from './overview-tab';
import { UsersTab } from './users-tab';

const TABS = ['overview', 'legal-entities', 'contracts', 'users', 'addresses'] as const;
type Tab = (typeof TABS)[number];

/** `/companies/:id?tab=`: the company card; the tab is in the URL so a link can open it directly. */
export function CompanyPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((name) => name === params.get('tab')) ?? 'overview';
  const { data, loading, error } = useQuery(COMPANY_QUERY, { variables: { id } });
  if (!hasPermission(session, 'READ_COMPANIES')) return <NoAccess />;
  const company = data?.company;
  const canEdit = hasPermission(session, 'MANAGE_COMPANIES');
  const contracts = company?.legalEntities.reduce((sum, le) => sum + le.contracts.length, 0) ?? 0;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/companies" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('company.back')}
        </Group>
      </Anchor>
      {error && (
        <Alert color="red" title={t('company.loadFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {loading && !company && <Loader />}
      {company && (
        <>
          <PageTitle title={company.name} />
          <Group gap="sm" align="center">
            <Title order={1} size="h2" data-testid="company-title">
              {company.name}
            </Title>
            <CompanyStatusBadge status={company.status} />
            <Text c="dimmed" size="sm">
              {company.manager?.fullName ?? t('company.noManager')}
            </Text>
          </Group>
          {!canEdit && (
            <Alert color="gray" variant="light">
              {t('company.readOnly')}
            </Alert>
          )}
          <Tabs
            value={tab}
            onChange={(value) => {
              setParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  if (!value || value === 'overview') next.delete('tab');
                  else next.set('tab', value);
                  return next;
                },
                { replace: true },
              );
            }}
            keepMounted={false}
          >
            <Tabs.List>
              <Tabs.Tab value="overview">{t('company.tabs.overview')}</Tabs.Tab>
              <Tabs.Tab value="legal-entities">
                {t('company.tabs.legalEntities', { count: company.legalEntities.length })}
              </Tabs.Tab>
              <Tabs.Tab value="contracts">{t('company.tabs.contracts', { count: contracts })}</Tabs.Tab>
              <Tabs.Tab value="users">{t('company.tabs.users', { count: company.users.length })}</Tabs.Tab>
              <Tabs.Tab value="addresses">
                {t('company.tabs.addresses', { count: company.deliveryAddresses.length })}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="overview" pt="md">
              <OverviewTab company={company} canEdit={canEdit} />
            </Tabs.Panel>
            <Tabs.Panel value="legal-entities" pt="md">
              <LegalEntitiesTab company={company} canEdit={canEdit} />
            </Tabs.Panel>
            <Tabs.Panel value="contracts" pt="md">
              <ContractsTab company={company} canEdit={canEdit} />
            </Tabs.Panel>
            <Tabs.Panel value="users" pt="md">
              <UsersTab company={company} canEdit={canEdit} />
            </Tabs.Panel>
            <Tabs.Panel value="addresses" pt="md">
              <AddressesTab company={company} canEdit={canEdit} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
