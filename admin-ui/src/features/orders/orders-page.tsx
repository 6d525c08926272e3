import { useApolloClient } from '@apollo/client/react';
import { Alert, Anchor, Box, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { AdminOrderFilterInput, AdminOrderRowFieldsFragment, OrderStatus } from '../../gql/graphql';
import { AgGridReact, type ColDef, type ICellRendererParams, type IDatasource } from '../../grid/ag-grid';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { useUrlState } from '../common/url-state';
import { CompanyPicker, useManagerOptions } from '../companies/pickers';
import { ORDER_STATUSES, OrderStatusBadge } from './order-status';
import { ADMIN_ORDERS_QUERY } from './orders.queries';

const BLOCK_SIZE = 100;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `/orders`: sub-orders of the clients the staff member may see (a sales manager: his own), newest first. */
export function OrdersPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!hasPermission(session, 'READ_ORDERS')) return <NoAccess />;
  return (
    <Stack gap="md" h="100%">
      <PageHeader
        title={t('orders.pageTitle')}
        description={hasPermission(session, 'ALL_CLIENTS') ? t('orders.descriptionAll') : t('orders.descriptionOwn')}
      />
      <OrdersGrid
        seesAll={hasPermission(session, 'ALL_CLIENTS')}
        canPickCompany={hasPermission(session, 'READ_COMPANIES')}
      />
    </Stack>
  );
}

function OrdersGrid({ seesAll, canPickCompany }: { seesAll: boolean; canPickCompany: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const [state, update] = useUrlState(['q', 'status', 'company', 'companyName', 'manager', 'from', 'to'] as const);
  const search = useDebouncedCallback((q: string) => update({ q }), 300);
  const managers = useManagerOptions();
  const [total, setTotal] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const statuses = state.status
    .split(',')
    .filter((s): s is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(s));
  const statusKey = statuses.join(',');
  const from = ISO_DAY.test(state.from) ? state.from : null;
  const to = ISO_DAY.test(state.to) ? state.to : null;

  const filter: AdminOrderFilterInput = useMemo(
    () => ({
      search: state.q.trim() || null,
      statuses: statusKey ? (statusKey.split(',') as OrderStatus[]) : null,
      companyId: state.company || null,
      managerId: seesAll && state.manager ? state.manager : null,
      from,
      to,
    }),
    [state.q, statusKey, state.company, state.manager, seesAll, from, to],
  );

  const datasource: IDatasource = useMemo(
    () => ({
      getRows: (params) => {
        setFailure(null);
        client
          .query({
            query: ADMIN_ORDERS_QUERY,
            variables: { filter, skip: params.startRow, take: params.endRow - params.startRow },
            fetchPolicy: 'network-only',
          })
          .then(({ data }) => {
            const page = data?.adminOrders;
            if (!page) throw new Error('no data');
            setTotal(page.totalCount);
            params.successCallback(page.items, page.totalCount);
          })
          .catch((error: unknown) => {
            setFailure(error);
            params.failCallback();
          });
      },
    }),
    [client, filter],
  );

  const columns: ColDef<AdminOrderRowFieldsFragment>[] = useMemo(
    () => [
      {
        field: 'number',
        headerName: t('orders.columns.number'),
        width: 150,
        cellRenderer: ({ data }: ICellRendererParams<AdminOrderRowFieldsFragment>) =>
          data ? (
            <Anchor component={Link} to={`/orders/${data.id}`} size="sm" ff="monospace" data-testid="order-link">
              {data.number}
            </Anchor>
          ) : null,
      },
      {
        field: 'status',
        headerName: t('orders.columns.status'),
        width: 150,
        cellRenderer: ({ data }: ICellRendererParams<AdminOrderRowFieldsFragment>) =>
          data ? <OrderStatusBadge status={data.status} /> : null,
      },
      {
        colId: 'createdAt',
        headerName: t('orders.columns.created'),
        width: 150,
        valueGetter: (p) => (p.data ? format.dateTime(p.data.createdAt) : ''),
      },
      {
        colId: 'company',
        headerName: t('orders.columns.company'),
        flex: 1,
        minWidth: 180,
        valueGetter: (p) => p.data?.company.name,
      },
      { field: 'buyerName', headerName: t('orders.columns.buyer'), width: 170 },
      { field: 'poNumber', headerName: t('orders.columns.po'), width: 120 },
      {
        colId: 'warehouse',
        headerName: t('orders.columns.warehouse'),
        width: 130,
        valueGetter: (p) => p.data?.warehouse?.code ?? '',
      },
      {
        colId: 'seller',
        headerName: t('orders.columns.seller'),
        flex: 1,
        minWidth: 160,
        valueGetter: (p) => [p.data?.divisionName, p.data?.sellerName].filter(Boolean).join(' · '),
      },
      {
        colId: 'total',
        headerName: t('orders.columns.total'),
        width: 150,
        type: 'rightAligned',
        valueGetter: (p) => (p.data ? format.money(p.data.total, p.data.currency) : ''),
      },
    ],
    [t, format],
  );

  return (
    <>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('filters.search')}
          placeholder={t('orders.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          defaultValue={state.q}
          onChange={(event) => search(event.currentTarget.value)}
          w={240}
          data-testid="orders-search"
        />
        <MultiSelect
          label={t('filters.status')}
          placeholder={statuses.length ? undefined : t('filters.all')}
          data={ORDER_STATUSES.map((s) => ({ value: s, label: t(`orders.status.${s}`) }))}
          value={statuses}
          onChange={(value) => update({ status: value.join(',') })}
          w={240}
          data-testid="orders-status-filter"
        />
        {canPickCompany && (
          <CompanyPicker
            label={t('orders.company')}
            placeholder={t('filters.all')}
            value={state.company || null}
            initial={state.company ? { value: state.company, label: state.companyName || state.company } : null}
            onChange={(company) => update({ company: company?.value ?? null, companyName: company?.label ?? null })}
            w={240}
          />
        )}
        {seesAll && (
          <Select
            label={t('orders.manager')}
            placeholder={t('filters.all')}
            data={managers}
            value={state.manager || null}
            onChange={(value) => update({ manager: value })}
            clearable
            searchable
            w={200}
          />
        )}
        <TextInput
          type="date"
          label={t('orders.from')}
          value={from ?? ''}
          onChange={(event) => update({ from: event.currentTarget.value || null })}
          w={140}
          data-testid="orders-from"
        />
        <TextInput
          type="date"
          label={t('orders.to')}
          value={to ?? ''}
          onChange={(event) => update({ to: event.currentTarget.value || null })}
          w={140}
          data-testid="orders-to"
        />
        {total !== null && (
          <Text size="sm" c="dimmed" mb={8} data-testid="orders-total">
            {t('orders.total', { count: total, formatted: format.integer(total) })}
          </Text>
        )}
      </Group>
      {failure !== null && (
        <Alert color="red" title={t('orders.loadFailed')}>
          {errorMessage(failure, t)}
        </Alert>
      )}
      {total === 0 && <Text c="dimmed">{t('orders.empty')}</Text>}
      <Box h="calc(100vh - 260px)" mih={400} data-testid="orders-grid">
        <AgGridReact<AdminOrderRowFieldsFragment>
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={BLOCK_SIZE}
          maxBlocksInCache={20}
          columnDefs={columns}
          getRowId={(p) => p.data.id}
          defaultColDef={{ sortable: false, resizable: true }}
        />
      </Box>
    </>
  );
}
