import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { OrderStatus } from '../../gql/graphql';

/** The lifecycle in path order, then the cancellation (as the API's state machine declares it). */
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
  CONFIRMED: 'indigo',
  IN_ASSEMBLY: 'violet',
  SHIPPED: 'cyan',
  DELIVERED: 'teal',
  CLOSED: 'gray',
  CANCELLED: 'red',
};

export function OrderStatusBadge({ status, testId = 'order-status' }: { status: OrderStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" tt="none" data-testid={testId}>
      {t(`orders.status.${status}`)}
    </Badge>
  );
}
