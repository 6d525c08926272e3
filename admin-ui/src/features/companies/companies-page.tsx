import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CompaniesFilterInput, CompanyStatus } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { PAGE_SIZE, Pager } from '../common/pager';
import { CompanyStatusBadge } from '../common/status-badges';
import { useUrlState } from '../common/url-state';
import { COMPANIES_QUERY, CONTRACTOR_GROUPS_QUERY } from './companies.queries';
import { CreateCompanyModal } from './create-company-modal';
import { useManagerOptions } from './pickers';

const STATUSES: CompanyStatus[] = ['ACTIVE', 'PENDING', 'BLOCKED'];
/** The manager filter's value for "no manager". */
const UNASSIGNED = 'none';
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** `/companies`: the clients a staff member may see (a sales manager: his own), searched and filtered on the server. */
export function CompaniesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [creating, setCreating] = useState(false);
  if (!hasPermission(session, 'READ_COMPANIES')) return <NoAccess />;
  const seesAll = hasPermission(session, 'ALL_CLIENTS');

  return (
    <Stack gap="md">
      <PageHeader
        title={t('companies.pageTitle')}
        description={t('companies.description', { scope: seesAll ? t('companies.scopeAll') : '' })}
        action={
          hasPermission(session, 'MANAGE_COMPANIES') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('companies.create')}
            </Button>
          )
        }
      />
      <CompaniesList seesAll={seesAll} />
      <CreateCompanyModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function CompaniesList({ seesAll }: { seesAll: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, update] = useUrlState(['q', 'status', 'manager', 'group'] as const);
  const search = useDebouncedCallback((q: string) => update({ q }), 300);
  const managers = useManagerOptions();
  const groups = useQuery(CONTRACTOR_GROUPS_QUERY);
  const status = STATUSES.find((s) => s === state.status) ?? null;
  const filter: CompaniesFilterInput = {
    search: state.q || null,
    status,
    managerId: seesAll && state.manager && state.manager !== UNASSIGNED ? state.manager : null,
    unassigned: seesAll && state.manager === UNASSIGNED ? true : null,
    groupId: state.group || null,
  };
  const { data, previousData, loading, error } = useQuery(COMPANIES_QUERY, {
    variables: { filter, skip: (state.page - 1) * PAGE_SIZE, take: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.companies;

  return (
    <>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('filters.search')}
          placeholder={t('companies.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          defaultValue={state.q}
          onChange={(event) => search(event.currentTarget.value)}
          w={300}
          data-testid="companies-search"
        />
        <Select
          label={t('filters.status')}
          placeholder={t('filters.all')}
          data={STATUSES.map((s) => ({ value: s, label: t(`companyStatus.${s}`) }))}
          value={status}
          onChange={(value) => update({ status: value })}
          clearable
          w={180}
        />
        {seesAll && (
          <Select
            label={t('companies.manager')}
            placeholder={t('filters.all')}
            data={[{ value: UNASSIGNED, label: t('companies.unassigned') }, ...managers]}
            value={state.manager || null}
            onChange={(value) => update({ manager: value })}
            clearable
            searchable
            w={220}
          />
        )}
        <Select
          label={t('companies.group')}
          placeholder={t('filters.all')}
          data={(groups.data?.contractorGroups ?? []).map((g) => ({ value: g.id, label: g.name }))}
          value={state.group || null}
          onChange={(value) => update({ group: value })}
          clearable
          w={200}
        />
        {loading && <Loader size="sm" mb={8} />}
      </Group>
      {error && (
        <Alert color="red" title={t('companies.loadFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {page && page.items.length === 0 && <Text c="dimmed">{t('companies.empty')}</Text>}
      {page && page.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover verticalSpacing={6} data-testid="companies-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('companies.columns.name')}</Table.Th>
                  <Table.Th>{t('companies.columns.legalEntities')}</Table.Th>
                  <Table.Th>{t('companies.columns.manager')}</Table.Th>
                  <Table.Th>{t('companies.columns.groups')}</Table.Th>
                  <Table.Th>{t('companies.columns.status')}</Table.Th>
                  <Table.Th>{t('companies.columns.updated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((company) => {
                  const [first, ...rest] = company.legalEntities;
                  return (
                    <Table.Tr key={company.id} data-testid="company-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/companies/${company.id}`} fw={500} size="sm">
                          {company.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {first && (
                          <Text size="sm">
                            {first.name}{' '}
                            <Text span size="xs" c="dimmed" ff="monospace">
                              {first.inn}
                            </Text>
                          </Text>
                        )}
                        {rest.length > 0 && (
                          <Text size="xs" c="dimmed">
                            {t('companies.moreEntities', { count: rest.length })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={company.manager ? undefined : 'dimmed'}>
                          {company.manager?.fullName ?? t('companies.unassigned')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {company.groups.map((g) => (
                            <Badge key={g.id} size="sm" variant="outline" tt="none">
                              {g.name}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <CompanyStatusBadge status={company.status} />
                      </Table.Td>
                      <Table.Td style={NO_WRAP}>
                        <Text size="sm">{format.dateTime(company.updatedAt)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={page.totalCount} page={state.page} onChange={(p) => update({ page: p })} />
        </>
      )}
      {!page && loading && <Loader />}
    </>
  );
}
