import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, Loader, MultiSelect, Stack, Table, Text } from '@mantine/core';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { SpecialPriceStatus } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { PAGE_SIZE, Pager } from '../common/pager';
import { useUrlState } from '../common/url-state';
import { SPECIAL_REQUESTS_QUERY } from './pricing.queries';

export const REQUEST_STATUSES: readonly SpecialPriceStatus[] = [
  'PENDING',
  'COUNTER_OFFERED',
  'APPROVED',
  'ACCEPTED',
  'DECLINED',
  'REJECTED',
];
export const REQUEST_STATUS_COLOR: Record<SpecialPriceStatus, string> = {
  PENDING: 'yellow',
  COUNTER_OFFERED: 'indigo',
  APPROVED: 'teal',
  ACCEPTED: 'teal',
  DECLINED: 'gray',
  REJECTED: 'red',
};

/** `/pricing/requests`: buyers' special-price requests — managers see their clients', heads of sales all. */
export function SpecialRequestsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [state, update] = useUrlState(['status'] as const);
  // The queue by default: what still waits for a decision.
  const statuses = (state.status ? state.status.split(',') : ['PENDING']).filter(Boolean) as SpecialPriceStatus[];
  const { data, previousData, loading, error } = useQuery(SPECIAL_REQUESTS_QUERY, {
    variables: {
      filter: { statuses: state.status === 'all' ? null : statuses },
      skip: (state.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  if (!hasPermission(session, 'READ_PRICES')) return <NoAccess />;
  const page = (data ?? previousData)?.adminSpecialPriceRequests;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('specialRequests.pageTitle')}
        description={
          hasPermission(session, 'ALL_CLIENTS')
            ? t('specialRequests.descriptionAll')
            : t('specialRequests.descriptionOwn')
        }
      />
      <Group gap="sm" align="flex-end">
        <MultiSelect
          label={t('filters.status')}
          placeholder={t('filters.all')}
          data={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`specialRequests.status.${s}`) }))}
          value={state.status === 'all' ? [] : statuses}
          onChange={(v) => update({ status: v.length ? v.join(',') : 'all' })}
          w={420}
          data-testid="requests-status"
        />
        {loading && <Loader size="sm" mb={8} />}
      </Group>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {page && page.items.length === 0 && (
        <Text c="dimmed" data-testid="requests-empty">
          {t('specialRequests.empty')}
        </Text>
      )}
      {page && page.items.length > 0 && (
        <>
          <Table striped highlightOnHover verticalSpacing={6} data-testid="requests-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>№</Table.Th>
                <Table.Th>{t('specialRequests.client')}</Table.Th>
                <Table.Th>{t('specialRequests.buyer')}</Table.Th>
                <Table.Th>{t('specialRequests.items')}</Table.Th>
                <Table.Th>{t('specialRequests.created')}</Table.Th>
                <Table.Th>{t('filters.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.items.map((r) => (
                <Table.Tr key={r.id} data-testid="request-row" data-number={r.number}>
                  <Table.Td>
                    <Anchor component={Link} to={`/pricing/requests/${r.id}`} size="sm">
                      {r.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.client.companyName}</Text>
                    <Text size="xs" c="dimmed">
                      {t('specialRequests.contract', { number: r.client.contractNumber })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.client.buyerName}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.lines.map((l) => l.product.sku).join(', ')}</Text>
                  </Table.Td>
                  <Table.Td>{format.dateTime(r.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={REQUEST_STATUS_COLOR[r.status]} tt="none">
                      {t(`specialRequests.status.${r.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager total={page.totalCount} page={state.page} onChange={(p) => update({ page: p })} />
        </>
      )}
      {!page && loading && <Loader />}
    </Stack>
  );
}
