import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Group,
  Loader,
  MultiSelect,
  Pagination,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { errorMessage, PageTitle, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { OrderStatus } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { ApprovalBadge, ORDER_STATUSES, OrderStatusBadge } from './order-status';
import { ORDER_SUBMISSIONS_QUERY } from './orders.queries';

const PAGE = 25;

/** Order history: submissions with their sub-orders, filtered by status, dates and number/PO; directors see what waits for them. */
export function OrdersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const approver = hasPermission(session, 'APPROVE_ORDERS');
  const [view, setView] = useState<'all' | 'approval'>('all');
  const [statuses, setStatuses] = useState<string[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error } = useQuery(ORDER_SUBMISSIONS_QUERY, {
    variables: {
      filter: {
        statuses: statuses.length ? (statuses as OrderStatus[]) : null,
        from: from || null,
        to: to || null,
        search: debounced || null,
        awaitingMyApproval: view === 'approval' ? true : null,
      },
      skip: (page - 1) * PAGE,
      take: PAGE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.orderSubmissions;

  return (
    <Stack gap="sm">
      <PageTitle title={t('nav.orders')} />
      <Group justify="space-between">
        <Title order={1} size="h3">
          {t('nav.orders')}
        </Title>
        {approver && (
          <SegmentedControl
            value={view}
            onChange={(v) => {
              setView(v === 'approval' ? 'approval' : 'all');
              setPage(1);
            }}
            data={[
              { value: 'all', label: t('ordering.orders.all') },
              { value: 'approval', label: t('ordering.orders.awaitingMe') },
            ]}
            data-testid="orders-view"
          />
        )}
      </Group>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('ordering.orders.search')}
          leftSection={<IconSearch size={14} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          data-testid="orders-search"
        />
        <MultiSelect
          label={t('ordering.orders.status')}
          data={ORDER_STATUSES.map((s) => ({ value: s, label: t(`ordering.status.${s}`) }))}
          value={statuses}
          onChange={(v) => {
            setStatuses(v);
            setPage(1);
          }}
          clearable
          miw={220}
          data-testid="orders-status"
        />
        <TextInput
          type="date"
          label={t('ordering.orders.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('ordering.orders.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        {loading && <Loader size="xs" />}
      </Group>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {result && result.items.length === 0 && (
        <Text c="dimmed" mt="md" data-testid="orders-empty">
          {t('ordering.orders.empty')}
        </Text>
      )}
      {result && result.items.length > 0 && (
        <Table striped highlightOnHover data-testid="orders-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ordering.orders.number')}</Table.Th>
              <Table.Th>{t('ordering.orders.date')}</Table.Th>
              <Table.Th>{t('ordering.orders.subOrders')}</Table.Th>
              <Table.Th>{t('ordering.orders.buyer')}</Table.Th>
              <Table.Th>{t('ordering.orders.po')}</Table.Th>
              <Table.Th ta="right">{t('ordering.orders.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.items.map((s) => (
              <Table.Tr key={s.id} data-testid="order-row">
                <Table.Td>
                  <Anchor component={Link} to={`/orders/${s.id}`} fw={600} data-testid="order-link">
                    {s.number}
                  </Anchor>{' '}
                  <ApprovalBadge status={s.approvalStatus} />
                </Table.Td>
                <Table.Td>{format.dateTime(s.createdAt)}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {s.orders.map((o) => (
                      <Group key={o.id} gap={6} wrap="nowrap">
                        <Text size="xs" ff="monospace">
                          {o.number}
                        </Text>
                        <OrderStatusBadge status={o.status} />
                      </Group>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>{s.buyerName}</Table.Td>
                <Table.Td>{s.poNumber ?? '—'}</Table.Td>
                <Table.Td ta="right">{format.money(s.total, s.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {result && result.totalCount > PAGE && (
        <Pagination total={Math.ceil(result.totalCount / PAGE)} value={page} onChange={setPage} />
      )}
    </Stack>
  );
}
