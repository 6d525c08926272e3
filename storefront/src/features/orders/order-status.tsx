import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ApprovalStatus, OrderStatus } from '../../gql/graphql';

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'AWAITING_APPROVAL',
  'NEW',
  'CONFIRMED',
  'IN_ASSEMBLY',
  'SHIPPED',
  'DELIVERED',
  'CLOSED',
  'CANCELLED',
];

const COLOR: Record<OrderStatus, string> = {
  AWAITING_APPROVAL: 'yellow',
  NEW: 'blue',
  CONFIRMED: 'cyan',
  IN_ASSEMBLY: 'indigo',
  SHIPPED: 'violet',
  DELIVERED: 'teal',
  CLOSED: 'gray',
  CANCELLED: 'red',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" data-testid="order-status" data-status={status}>
      {t(`ordering.status.${status}`)}
    </Badge>
  );
}

export function ApprovalBadge({ status }: { status: ApprovalStatus }) {
  const { t } = useTranslation();
  if (status === 'NOT_REQUIRED') return null;
  const color = status === 'PENDING' ? 'yellow' : status === 'APPROVED' ? 'green' : 'red';
  return (
    <Badge color={color} variant="outline" data-testid="approval-status" data-status={status}>
      {t(`ordering.approval.${status}`)}
    </Badge>
  );
}
