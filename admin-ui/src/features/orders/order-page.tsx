import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { errorMessage, PageTitle, useFormat } from '@wholesail/shared/web';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import type { AdminOrderFieldsFragment, OrderStatus } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { OrderStatusBadge } from './order-status';
import { ADMIN_ORDER_QUERY, CHANGE_ORDER_STATUS_MUTATION, SUBMISSION_ORDERS_QUERY } from './orders.queries';

const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

interface Refusal {
  reason: string;
  message: string;
}

/** `/orders/:id`: a sub-order with its submission, siblings, lines and history; staff move it along its lifecycle. */
export function OrderPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ADMIN_ORDER_QUERY, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    skip: !hasPermission(session, 'READ_ORDERS'),
  });
  if (!hasPermission(session, 'READ_ORDERS')) return <NoAccess />;
  const order = data?.adminOrder;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/orders" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('orders.backToList')}
        </Group>
      </Anchor>
      {error && !order && (
        <Alert color="red" title={t('orders.loadOneFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {!order && loading && <Loader />}
      {order && (
        <OrderCard order={order} canManage={hasPermission(session, 'MANAGE_ORDERS')} reload={() => void refetch()} />
      )}
    </Stack>
  );
}

function OrderCard({
  order,
  canManage,
  reload,
}: {
  order: AdminOrderFieldsFragment;
  canManage: boolean;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [change, changeState] = useMutation(CHANGE_ORDER_STATUS_MUTATION);
  const siblings = useQuery(SUBMISSION_ORDERS_QUERY, { variables: { search: order.submissionNumber } });
  const subOrders = (siblings.data?.adminOrders.items ?? [])
    .filter((o) => o.submissionId === order.submissionId)
    .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }));

  const move = async (status: OrderStatus, comment: string | null = null): Promise<boolean> => {
    setRefusal(null);
    try {
      const { data } = await change({ variables: { id: order.id, status, comment } });
      const result = data?.changeOrderStatus;
      if (result?.__typename === 'AdminOrder') {
        notifications.show({
          color: 'teal',
          message: t('orders.moved', { number: order.number, status: t(`orders.status.${result.status}`) }),
        });
        return true;
      }
      if (result?.__typename === 'StatusChangeRefusedError')
        setRefusal({ reason: result.reason, message: result.message });
      else if (result?.__typename === 'NotFoundError') setRefusal({ reason: 'NOT_FOUND', message: result.message });
      // The order may have moved meanwhile (1C, a colleague): show it as it is now.
      reload();
      return false;
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
      return false;
    }
  };

  const forward = order.nextStatuses.filter((s) => s !== 'CANCELLED');
  const canCancel = order.nextStatuses.includes('CANCELLED');

  return (
    <Stack gap="md">
      <PageTitle title={t('orders.cardTitle', { number: order.number })} />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2" data-testid="order-title">
              {t('orders.cardTitle', { number: order.number })}
            </Title>
            <OrderStatusBadge status={order.status} testId="order-card-status" />
          </Group>
          <Text size="sm" c="dimmed">
            {t('orders.placedBy', {
              company: order.company.name,
              buyer: order.buyerName,
              date: format.dateTime(order.createdAt),
            })}
          </Text>
        </Stack>
        {canManage && (
          <Group gap="xs" data-testid="order-actions">
            {forward.map((status, i) => (
              <Button
                key={status}
                variant={i === 0 ? 'filled' : 'default'}
                loading={changeState.loading}
                onClick={() => void move(status)}
              >
                {t(`orders.action.${status}`)}
              </Button>
            ))}
            {canCancel && (
              <Button color="red" variant="light" onClick={() => setCancelling(true)}>
                {t('orders.action.CANCELLED')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {!canManage && (
        <Text size="sm" c="dimmed">
          {t('orders.readOnly')}
        </Text>
      )}
      {refusal && (
        <Alert
          color="red"
          title={t('orders.refusedTitle')}
          withCloseButton
          onClose={() => setRefusal(null)}
          data-testid="status-refused"
        >
          <Text size="sm">{t(`orders.refused.${refusal.reason}`, { defaultValue: t('orders.refused.OTHER') })}</Text>
          <Text size="xs" c="dimmed" mt={4}>
            {refusal.message}
          </Text>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('orders.submission')}
          </Title>
          <Facts>
            <Fact label={t('orders.submissionNumber')}>{order.submissionNumber}</Fact>
            <Fact label={t('orders.contract')}>{order.contractNumber}</Fact>
            <Fact label={t('orders.columns.po')}>{order.poNumber ?? '—'}</Fact>
            <Fact label={t('orders.approval')}>{t(`orders.approvalStatus.${order.approvalStatus}`)}</Fact>
            {order.approvalReasons.length > 0 && (
              <Fact label={t('orders.approvalReason.title')}>
                <span data-testid="approval-reason">
                  {order.approvalReasons
                    .map((r) =>
                      t(`orders.approvalReason.${r.kind}`, {
                        limit: format.money(r.limit, order.currency),
                        spent: format.money(r.monthSpent ?? '0', order.currency),
                        order: format.money(r.orderTotal, order.currency),
                      }),
                    )
                    .join('; ')}
                </span>
              </Fact>
            )}
            {order.approvalComment && <Fact label={t('orders.approvalComment')}>{order.approvalComment}</Fact>}
            {order.externalId && <Fact label={t('orders.externalId')}>{order.externalId}</Fact>}
          </Facts>
        </Card>
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('orders.delivery')}
          </Title>
          <Facts>
            <Fact label={order.pickupWarehouse ? t('orders.pickup') : t('orders.address')}>
              {order.pickupWarehouse
                ? `${order.pickupWarehouse.code} · ${order.pickupWarehouse.name}, ${order.pickupWarehouse.city}`
                : (order.deliveryAddress ?? '—')}
            </Fact>
            <Fact label={t('orders.desiredDate')}>{order.desiredDate ? format.day(order.desiredDate) : '—'}</Fact>
            <Fact label={t('orders.comment')}>
              <span data-testid="order-comment">{order.comment ?? '—'}</span>
            </Fact>
          </Facts>
        </Card>
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('orders.fulfilment')}
          </Title>
          <Facts>
            <Fact label={t('orders.columns.warehouse')}>
              {order.warehouse ? `${order.warehouse.code} · ${order.warehouse.name}` : '—'}
            </Fact>
            <Fact label={t('orders.division')}>{order.divisionName ?? '—'}</Fact>
            <Fact label={t('orders.seller')}>{order.sellerName ?? '—'}</Fact>
            <Fact label={t('orders.columns.total')}>
              <b data-testid="order-total">{format.money(order.total, order.currency)}</b>
              <Text span size="xs" c="dimmed">
                {' '}
                {t('orders.vatIncluded', { vat: format.money(order.vatTotal, order.currency) })}
              </Text>
            </Fact>
          </Facts>
        </Card>
      </SimpleGrid>

      {subOrders.length > 1 && (
        <Card withBorder data-testid="sub-orders">
          <Title order={3} size="h5" mb="xs">
            {t('orders.subOrders', { count: subOrders.length })}
          </Title>
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {subOrders.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>
                    {o.id === order.id ? (
                      <Text size="sm" ff="monospace" fw={600}>
                        {o.number}
                      </Text>
                    ) : (
                      <Anchor component={Link} to={`/orders/${o.id}`} size="sm" ff="monospace">
                        {o.number}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>{o.warehouse?.code ?? '—'}</Table.Td>
                  <Table.Td>{[o.divisionName, o.sellerName].filter(Boolean).join(' · ') || '—'}</Table.Td>
                  <Table.Td style={NUM}>{format.money(o.total, o.currency)}</Table.Td>
                  <Table.Td>
                    <OrderStatusBadge status={o.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}

      <Card withBorder>
        <Title order={3} size="h5" mb="xs">
          {t('orders.lines', { count: order.lines.length })}
        </Title>
        <Table.ScrollContainer minWidth={800}>
          <Table striped verticalSpacing={4} data-testid="order-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>{t('orders.line.sku')}</Table.Th>
                <Table.Th>{t('orders.line.name')}</Table.Th>
                <Table.Th style={NUM}>{t('orders.line.quantity')}</Table.Th>
                <Table.Th style={NUM}>{t('orders.line.price')}</Table.Th>
                <Table.Th style={NUM}>{t('orders.line.vat')}</Table.Th>
                <Table.Th style={NUM}>{t('orders.line.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.lines.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.position}</Table.Td>
                  <Table.Td ff="monospace">{l.sku}</Table.Td>
                  <Table.Td>{l.name}</Table.Td>
                  <Table.Td style={NUM}>
                    {format.decimal(l.quantity, { maxFractionDigits: 6 })} {l.packagingCode ?? l.unitCode}
                  </Table.Td>
                  <Table.Td style={NUM}>{format.money(l.price, order.currency)}</Table.Td>
                  <Table.Td style={NUM}>{l.vatRate === null ? '—' : `${format.decimal(l.vatRate)} %`}</Table.Td>
                  <Table.Td style={NUM}>{format.money(l.amount, order.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      <Card withBorder>
        <Title order={3} size="h5" mb="sm">
          {t('orders.history')}
        </Title>
        <Timeline active={order.history.length - 1} bulletSize={14} lineWidth={2} data-testid="order-history">
          {order.history.map((h, i) => (
            <Timeline.Item key={i} title={t(`orders.status.${h.toStatus}`)} data-testid="history-item">
              <Text size="xs" c="dimmed">
                {format.dateTime(h.at)} · {h.actorName} (
                {t(`orders.actor.${h.actorKind}`, { defaultValue: h.actorKind })})
              </Text>
              {h.comment && <Text size="sm">{h.comment}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Card>

      <Modal
        opened={cancelling}
        onClose={() => setCancelling(false)}
        title={t('orders.cancelTitle', { number: order.number })}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void move('CANCELLED', reason.trim() || null).then((ok) => {
              if (ok) setReason('');
              setCancelling(false);
            });
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('orders.cancelText')}</Text>
            <Textarea
              label={t('orders.cancelReason')}
              value={reason}
              maxLength={1000}
              autosize
              minRows={2}
              data-autofocus
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setCancelling(false)}>
                {t('orders.keep')}
              </Button>
              <Button type="submit" color="red" loading={changeState.loading}>
                {t('orders.action.CANCELLED')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}

function Facts({ children }: { children: ReactNode }) {
  return <Stack gap={6}>{children}</Stack>;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
