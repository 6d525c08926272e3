import { useQuery } from '@apollo/client/react';
import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { IconShoppingCart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CART_BADGE_QUERY } from './cart.queries';

/** The header's cart button with the number of lines (follows every cart change through the cache). */
export function CartBadge() {
  const { t } = useTranslation();
  const { data } = useQuery(CART_BADGE_QUERY);
  const count = data?.cart.totals.lineCount ?? 0;
  return (
    <Tooltip label={t('ordering.cart.badge', { n: count })}>
      <Indicator label={count} size={16} disabled={count === 0} data-testid="cart-badge" data-count={count}>
        <ActionIcon
          component={Link}
          to="/cart"
          variant="subtle"
          size="lg"
          aria-label={t('ordering.cart.badge', { n: count })}
        >
          <IconShoppingCart size={20} />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
