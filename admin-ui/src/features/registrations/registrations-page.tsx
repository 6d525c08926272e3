import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { RegistrationKind, RegistrationStatus } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { PAGE_SIZE, Pager } from '../common/pager';
import { RegistrationKindBadge, RegistrationStatusBadge } from '../common/status-badges';
import { useUrlState } from '../common/url-state';
import { REGISTRATIONS_QUERY } from './registrations.queries';

const STATUSES: RegistrationStatus[] = ['PENDING', 'UNVERIFIED', 'APPROVED', 'REJECTED'];
const KINDS: RegistrationKind[] = ['FULL', 'SHORT'];
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** `/registrations`: the queue — waiting ones first; filters by status, kind and text; server paging. */
export function RegistrationsPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!hasPermission(session, 'READ_COMPANIES')) return <NoAccess />;
  return (
    <Stack gap="md">
      <PageHeader title={t('registrations.pageTitle')} description={t('registrations.description')} />
      <RegistrationsList />
    </Stack>
  );
}

function RegistrationsList() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, update] = useUrlState(['q', 'status', 'kind'] as const);
  const search = useDebouncedCallback((q: string) => update({ q }), 300);
  const status = STATUSES.find((s) => s === state.status) ?? null;
  const kind = KINDS.find((k) => k === state.kind) ?? null;
  const { data, previousData, loading, error } = useQuery(REGISTRATIONS_QUERY, {
    variables: {
      filter: { search: state.q || null, status, kind },
      skip: (state.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.registrations;

  return (
    <>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('filters.search')}
          placeholder={t('registrations.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          defaultValue={state.q}
          onChange={(event) => search(event.currentTarget.value)}
          w={340}
        />
        <Select
          label={t('filters.status')}
          placeholder={t('filters.all')}
          data={STATUSES.map((s) => ({ value: s, label: t(`registrationStatus.${s}`) }))}
          value={status}
          onChange={(value) => update({ status: value })}
          clearable
          w={220}
        />
        <Select
          label={t('registrations.kind')}
          placeholder={t('filters.all')}
          data={KINDS.map((k) => ({ value: k, label: t(`registrationKind.${k}`) }))}
          value={kind}
          onChange={(value) => update({ kind: value })}
          clearable
          w={180}
        />
        {loading && <Loader size="sm" mb={8} />}
      </Group>
      {error && (
        <Alert color="red" title={t('registrations.loadFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {page && page.items.length === 0 && <Text c="dimmed">{t('registrations.empty')}</Text>}
      {page && page.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={960}>
            <Table striped highlightOnHover verticalSpacing={6} data-testid="registrations-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('registrations.columns.createdAt')}</Table.Th>
                  <Table.Th>{t('registrations.columns.kind')}</Table.Th>
                  <Table.Th>{t('registrations.columns.company')}</Table.Th>
                  <Table.Th>{t('registrations.columns.inn')}</Table.Th>
                  <Table.Th>{t('registrations.columns.contact')}</Table.Th>
                  <Table.Th>{t('registrations.columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((r) => (
                  <Table.Tr key={r.id} data-testid="registration-row">
                    <Table.Td style={NO_WRAP}>{format.dateTime(r.createdAt)}</Table.Td>
                    <Table.Td>
                      <RegistrationKindBadge kind={r.kind} />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/registrations/${r.id}`} fw={500} size="sm">
                        {r.companyName ?? r.inn}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={NO_WRAP}>
                      <Text size="sm" ff="monospace">
                        {r.inn}
                        {r.kpp ? ` / ${r.kpp}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.contactName}</Text>
                      <Text size="xs" c="dimmed">
                        {r.email} · {r.phone}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RegistrationStatusBadge status={r.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
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
