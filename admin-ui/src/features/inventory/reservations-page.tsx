import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  Loader,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmModal, errorMessage, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AdminReservationsQuery, ReservationStatus } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { PAGE_SIZE, Pager } from '../common/pager';
import { useUrlState } from '../common/url-state';
import { CompanyPicker } from '../companies/pickers';
import { RELEASE_RESERVATION_MUTATION, RESERVATIONS_QUERY } from './inventory.queries';
import { useWarehouseOptions } from './warehouse-options';

type Reservation = AdminReservationsQuery['reservations']['items'][number];

const STATUSES: ReservationStatus[] = ['ACTIVE', 'EXPIRED', 'RELEASED'];
const STATUS_COLOR: Record<ReservationStatus, string> = { ACTIVE: 'teal', EXPIRED: 'gray', RELEASED: 'orange' };
const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** `/inventory/reservations`: every company's reservations; stock staff release one early with a reason. */
export function ReservationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const canRelease = hasPermission(session, 'MANAGE_STOCK');
  // Staff who may not list companies filter by a company from a row instead of a picker.
  const canPickCompany = hasPermission(session, 'READ_COMPANIES');
  const [state, update] = useUrlState(['company', 'companyName', 'warehouse', 'status'] as const);
  const warehouses = useWarehouseOptions();
  const statuses = (state.status || 'ACTIVE')
    .split(',')
    .filter((s): s is ReservationStatus => STATUSES.includes(s as ReservationStatus));
  const [releasing, setReleasing] = useState<Reservation | null>(null);
  const [reason, setReason] = useState('');
  const { data, previousData, loading, error } = useQuery(RESERVATIONS_QUERY, {
    variables: {
      filter: {
        companyId: state.company || null,
        warehouseId: state.warehouse || null,
        statuses: statuses.length ? statuses : null,
      },
      skip: (state.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const [release, releaseState] = useMutation(RELEASE_RESERVATION_MUTATION, { refetchQueries: [RESERVATIONS_QUERY] });
  if (!hasPermission(session, 'READ_CATALOG') && !canRelease) return <NoAccess />;
  const page = (data ?? previousData)?.reservations;

  const confirmRelease = async () => {
    if (!releasing) return;
    try {
      await release({ variables: { id: releasing.id, reason: reason.trim() || null } });
      notifications.show({ color: 'teal', message: t('reservations.released', { sku: releasing.product.sku }) });
      setReleasing(null);
      setReason('');
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };

  return (
    <Stack gap="md">
      <PageHeader title={t('reservations.pageTitle')} description={t('reservations.description')} />
      <Group gap="sm" align="flex-end">
        {canPickCompany ? (
          <CompanyPicker
            label={t('reservations.company')}
            placeholder={t('filters.all')}
            value={state.company || null}
            initial={state.company ? { value: state.company, label: state.companyName || state.company } : null}
            onChange={(company) => update({ company: company?.value ?? null, companyName: company?.label ?? null })}
            w={300}
          />
        ) : (
          state.company && (
            <Group gap={4} mb={6}>
              <Text size="sm">
                {t('reservations.company')}: <b>{state.companyName}</b>
              </Text>
              <CloseButton
                size="sm"
                aria-label={t('reservations.clearCompany')}
                onClick={() => update({ company: null, companyName: null })}
              />
            </Group>
          )
        )}
        <Select
          label={t('stock.warehouse')}
          placeholder={t('filters.all')}
          data={warehouses}
          value={state.warehouse || null}
          onChange={(value) => update({ warehouse: value })}
          clearable
          w={240}
        />
        <MultiSelect
          label={t('filters.status')}
          placeholder={statuses.length ? undefined : t('filters.all')}
          data={STATUSES.map((s) => ({ value: s, label: t(`reservations.status.${s}`) }))}
          value={statuses}
          onChange={(value) => update({ status: value.length ? value.join(',') : 'ALL' })}
          w={300}
        />
        {loading && <Loader size="sm" mb={8} />}
      </Group>
      {error && (
        <Alert color="red" title={t('reservations.loadFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {page && page.items.length === 0 && <Text c="dimmed">{t('reservations.empty')}</Text>}
      {page && page.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover verticalSpacing={6} data-testid="reservations-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reservations.company')}</Table.Th>
                  <Table.Th>{t('stock.columns.product')}</Table.Th>
                  <Table.Th>{t('stock.columns.warehouse')}</Table.Th>
                  <Table.Th style={NUM}>{t('supplies.quantity')}</Table.Th>
                  <Table.Th>{t('filters.status')}</Table.Th>
                  <Table.Th>{t('reservations.created')}</Table.Th>
                  <Table.Th>{t('reservations.expires')}</Table.Th>
                  {canRelease && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((r) => (
                  <Table.Tr key={r.id} data-testid="reservation-row">
                    <Table.Td>
                      <Anchor
                        component="button"
                        size="sm"
                        onClick={() => update({ company: r.company.id, companyName: r.company.name })}
                      >
                        {r.company.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {r.reservedBy}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {r.product.sku}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {r.product.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.warehouse.name}</Table.Td>
                    <Table.Td style={NUM}>
                      {format.decimal(r.quantity)} {r.product.unit.shortName}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[r.status]} variant="light" tt="none">
                        {t(`reservations.status.${r.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(r.createdAt)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {r.status === 'ACTIVE'
                        ? format.dateTime(r.expiresAt)
                        : r.endedAt
                          ? format.dateTime(r.endedAt)
                          : format.dateTime(r.expiresAt)}
                    </Table.Td>
                    {canRelease && (
                      <Table.Td>
                        {r.status === 'ACTIVE' && (
                          <Button size="compact-sm" variant="subtle" color="orange" onClick={() => setReleasing(r)}>
                            {t('reservations.release')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={page.totalCount} page={state.page} onChange={(p) => update({ page: p })} />
        </>
      )}
      {!page && loading && <Loader />}
      <ConfirmModal
        opened={releasing !== null}
        title={t('reservations.releaseTitle')}
        confirmLabel={t('reservations.release')}
        color="orange"
        loading={releaseState.loading}
        onConfirm={() => void confirmRelease()}
        onClose={() => setReleasing(null)}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t('reservations.releaseText', {
              company: releasing?.company.name ?? '',
              sku: releasing?.product.sku ?? '',
              quantity: releasing ? format.decimal(releasing.quantity) : '',
            })}
          </Text>
          <Textarea
            label={t('reservations.reason')}
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
        </Stack>
      </ConfirmModal>
    </Stack>
  );
}
