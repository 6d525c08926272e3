import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage, PageTitle, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import type { RepeatOrderMutation } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { CART_BADGE_QUERY } from '../cart/cart.queries';
import { ApprovalBadge, OrderStatusBadge } from './order-status';
import {
  APPROVE_ORDER_MUTATION,
  CANCEL_ORDER_MUTATION,
  ORDER_SUBMISSION_QUERY,
  ORDER_SUBMISSIONS_QUERY,
  REJECT_ORDER_MUTATION,
  REPEAT_ORDER_MUTATION,
} from './orders.queries';

type Decision = 'approve' | 'reject';

/** A submission: its sub-orders with lines and status history; approve/reject, cancel, repeat. */
export function OrderPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const location = useLocation();
  const placed = (location.state as { placed?: boolean } | null)?.placed === true;
  const session = useSession();
  const canOrder = hasPermission(session, 'PLACE_ORDERS');
  const canApprove = hasPermission(session, 'APPROVE_ORDERS');
  const { data, loading, error } = useQuery(ORDER_SUBMISSION_QUERY, { variables: { id } });
  const refetchQueries = [ORDER_SUBMISSION_QUERY, ORDER_SUBMISSIONS_QUERY];
  const [approve, approving] = useMutation(APPROVE_ORDER_MUTATION, { refetchQueries });
  const [reject, rejecting] = useMutation(REJECT_ORDER_MUTATION, { refetchQueries });
  const [cancel, cancelling] = useMutation(CANCEL_ORDER_MUTATION, { refetchQueries });
  const [repeat, repeating] = useMutation(REPEAT_ORDER_MUTATION, { refetchQueries: [CART_BADGE_QUERY] });
  const [decision, setDecision] = useState<Decision | null>(null);
  const [comment, setComment] = useState('');
  const [repeated, setRepeated] = useState<RepeatOrderMutation['repeatOrder'] | null>(null);

  if (error) {
    return (
      <Alert color="red" data-testid="order-error">
        {errorMessage(error, t)}
      </Alert>
    );
  }
  const submission = data?.orderSubmission;
  if (loading || !submission) return <Loader m="xl" />;

  const decide = async () => {
    if (!decision) return;
    const answer =
      decision === 'approve'
        ? (await approve({ variables: { submissionId: submission.id, comment: comment.trim() || null } })).data
            ?.approveOrder
        : (await reject({ variables: { submissionId: submission.id, comment: comment.trim() } })).data?.rejectOrder;
    if (answer && answer.__typename !== 'OrderSubmission') {
      notifications.show({ color: 'red', message: answer.message });
    }
    setDecision(null);
    setComment('');
  };

  const cancelOrder = async (orderId: string) => {
    const answer = (await cancel({ variables: { orderId } })).data?.cancelOrder;
    if (answer && answer.__typename !== 'OrderSubmission')
      notifications.show({ color: 'red', message: answer.message });
  };

  const repeatOrder = async () => {
    try {
      const answer = (await repeat({ variables: { submissionId: submission.id } })).data?.repeatOrder;
      if (answer) setRepeated(answer);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };

  const mayDecide =
    canApprove && submission.approvalStatus === 'PENDING' && submission.buyerUserId !== session?.user.id;

  return (
    <Stack gap="md">
      <PageTitle title={t('ordering.order.title', { number: submission.number })} />
      <Anchor component={Link} to="/orders" size="sm">
        ← {t('nav.orders')}
      </Anchor>
      {placed && (
        <Alert color={submission.approvalStatus === 'PENDING' ? 'yellow' : 'green'} data-testid="order-placed">
          {submission.approvalStatus === 'PENDING'
            ? t('ordering.order.placedAwaiting', { number: submission.number })
            : t('ordering.order.placed', { number: submission.number, n: submission.orders.length })}
        </Alert>
      )}
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h3" data-testid="submission-number">
            {t('ordering.order.title', { number: submission.number })}
          </Title>
          <ApprovalBadge status={submission.approvalStatus} />
        </Group>
        <Group gap="sm">
          {mayDecide && (
            <>
              <Button color="green" onClick={() => setDecision('approve')} data-testid="approve">
                {t('ordering.order.approve')}
              </Button>
              <Button color="red" variant="light" onClick={() => setDecision('reject')} data-testid="reject">
                {t('ordering.order.reject')}
              </Button>
            </>
          )}
          {canOrder && (
            <Button variant="light" loading={repeating.loading} onClick={() => void repeatOrder()} data-testid="repeat">
              {t('ordering.order.repeat')}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Field label={t('ordering.order.date')} value={format.dateTime(submission.createdAt)} />
        <Field label={t('ordering.orders.buyer')} value={submission.buyerName} />
        <Field label={t('ordering.checkout.contract')} value={submission.contractNumber} />
        <Field
          label={submission.pickupWarehouse ? t('ordering.checkout.pickup') : t('ordering.checkout.address')}
          value={submission.pickupWarehouse?.name ?? submission.deliveryAddress ?? '—'}
        />
        <Field
          label={t('ordering.checkout.date')}
          value={submission.desiredDate ? format.day(submission.desiredDate) : '—'}
        />
        <Field label={t('ordering.checkout.po')} value={submission.poNumber ?? '—'} testId="submission-po" />
        <Field label={t('ordering.orders.total')} value={format.money(submission.total, submission.currency)} />
        <Field label={t('ordering.cart.vatTotal')} value={format.money(submission.vatTotal, submission.currency)} />
        {submission.comment && <Field label={t('ordering.checkout.comment')} value={submission.comment} />}
        {submission.approvalComment && (
          <Field label={t('ordering.order.approvalComment')} value={submission.approvalComment} />
        )}
      </SimpleGrid>
      {submission.approvalReasons.length > 0 && (
        <Alert
          color={submission.approvalStatus === 'PENDING' ? 'yellow' : 'gray'}
          title={t('ordering.approvalReason.title')}
          data-testid="approval-reason"
        >
          {submission.approvalReasons.map((r) => (
            <Text key={r.kind} size="sm" data-kind={r.kind}>
              {t(`ordering.approvalReason.${r.kind}`, {
                limit: format.money(r.limit, submission.currency),
                spent: format.money(r.monthSpent ?? '0', submission.currency),
                order: format.money(r.orderTotal, submission.currency),
              })}
            </Text>
          ))}
          {submission.approvalStatus === 'EXPIRED' && <Text size="sm">{t('ordering.order.expired')}</Text>}
        </Alert>
      )}

      <Title order={2} size="h4">
        {t('ordering.order.subOrders', { n: submission.orders.length })}
      </Title>
      {submission.orders.map((order) => (
        <Paper withBorder p="sm" key={order.id} data-testid="sub-order">
          <Group justify="space-between" mb="xs">
            <Group gap="sm">
              <Text fw={700} ff="monospace" data-testid="sub-order-number">
                {order.number}
              </Text>
              <OrderStatusBadge status={order.status} />
              <Text size="sm" c="dimmed">
                {[order.warehouse?.name, order.divisionName, order.sellerName].filter(Boolean).join(' · ')}
              </Text>
            </Group>
            <Group gap="sm">
              <Text fw={600}>{format.money(order.total, submission.currency)}</Text>
              {canOrder && order.nextStatuses.includes('CANCELLED') && (
                <Button
                  size="xs"
                  color="red"
                  variant="subtle"
                  loading={cancelling.loading}
                  onClick={() => void cancelOrder(order.id)}
                  data-testid="cancel-order"
                >
                  {t('ordering.order.cancel')}
                </Button>
              )}
            </Group>
          </Group>
          <Group align="flex-start" gap="lg" wrap="wrap">
            <Table style={{ flex: 1, minWidth: 420 }} verticalSpacing={2} data-testid="order-lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ordering.cart.sku')}</Table.Th>
                  <Table.Th>{t('ordering.cart.name')}</Table.Th>
                  <Table.Th ta="right">{t('ordering.cart.quantity')}</Table.Th>
                  <Table.Th ta="right">{t('ordering.cart.price')}</Table.Th>
                  <Table.Th ta="right">{t('ordering.cart.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {order.lines.map((line) => (
                  <Table.Tr key={line.id}>
                    <Table.Td ff="monospace">{line.sku}</Table.Td>
                    <Table.Td>{line.name}</Table.Td>
                    <Table.Td ta="right">
                      {format.decimal(line.quantity)} {line.packagingCode ?? line.unitCode}
                    </Table.Td>
                    <Table.Td ta="right">{format.money(line.price, submission.currency)}</Table.Td>
                    <Table.Td ta="right">{format.money(line.amount, submission.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Timeline bulletSize={14} lineWidth={2} miw={240} data-testid="order-history">
              {order.history.map((h, i) => (
                <Timeline.Item key={i} title={t(`ordering.status.${h.toStatus}`)}>
                  <Text size="xs" c="dimmed">
                    {format.dateTime(h.at)} · {h.actorName}
                  </Text>
                  {h.comment && <Text size="xs">{h.comment}</Text>}
                </Timeline.Item>
              ))}
            </Timeline>
          </Group>
        </Paper>
      ))}

      <Modal
        opened={decision !== null}
        onClose={() => setDecision(null)}
        title={decision === 'reject' ? t('ordering.order.reject') : t('ordering.order.approve')}
      >
        <Stack>
          <Textarea
            label={t('ordering.order.decisionComment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            required={decision === 'reject'}
            data-testid="decision-comment"
          />
          <Button
            color={decision === 'reject' ? 'red' : 'green'}
            disabled={decision === 'reject' && !comment.trim()}
            loading={approving.loading || rejecting.loading}
            onClick={() => void decide()}
            data-testid="decision-confirm"
          >
            {decision === 'reject' ? t('ordering.order.reject') : t('ordering.order.approve')}
          </Button>
        </Stack>
      </Modal>

      <Modal opened={repeated !== null} onClose={() => setRepeated(null)} title={t('ordering.order.repeat')} size="lg">
        {repeated && (
          <Stack data-testid="repeat-report">
            <Text>{t('ordering.order.repeated', { n: repeated.applied })}</Text>
            {repeated.changes.length > 0 && (
              <Table verticalSpacing={2}>
                <Table.Tbody>
                  {repeated.changes.map((c, i) => (
                    <Table.Tr key={i} data-testid="repeat-change" data-change={c.change}>
                      <Table.Td ff="monospace">{c.sku}</Table.Td>
                      <Table.Td>{t(`ordering.repeatChange.${c.change}`)}</Table.Td>
                      <Table.Td>
                        {c.change === 'PRICE_CHANGED' && c.oldPrice && c.newPrice
                          ? `${format.money(c.oldPrice, submission.currency)} → ${format.money(c.newPrice, submission.currency)}`
                          : c.message}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Button component={Link} to="/cart">
              {t('ordering.cart.open')}
            </Button>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function Field({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}
