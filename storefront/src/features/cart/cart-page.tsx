import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Group, Loader, Menu, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconListCheck, IconShoppingCart, IconTrash } from '@tabler/icons-react';
import { ConfirmModal, errorMessage, PageTitle } from '@wholesail/shared/web';
import { parseQuantityText } from '@wholesail/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CartLineFieldsFragment } from '../../gql/graphql';
import type { GridApi } from 'ag-grid-community';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../shell/no-access';
import { CartGrid } from './cart-grid';
import { CartTotals } from './cart-totals';
import {
  CART_QUERY,
  CLEAR_CART_MUTATION,
  CREATE_SHORT_LIST_MUTATION,
  MOVE_TO_SHORT_LIST_MUTATION,
  REMOVE_CART_LINES_MUTATION,
  SHORT_LISTS_QUERY,
  UPDATE_CART_LINE_MUTATION,
} from './cart.queries';
import { RoundingChoice } from './rounding-choice';
import { useRounding } from './use-rounding';

/**
 * The cart: an editable grid of its lines, totals with the VAT breakdown, warnings with analogs.
 * A quantity change sends one `updateCartLine` and gets back the line and the totals only.
 */
export function CartPage() {
  const { t } = useTranslation();
  const session = useSession();
  const canOrder = hasPermission(session, 'PLACE_ORDERS');
  const [rounding, setRounding] = useRounding();
  const { data, previousData, loading, error, refetch } = useQuery(CART_QUERY, {
    skip: !canOrder,
    fetchPolicy: 'cache-and-network',
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [confirmClear, setConfirmClear] = useState(false);
  const grid = useRef<GridApi<CartLineFieldsFragment> | null>(null);

  const [updateLine] = useMutation(UPDATE_CART_LINE_MUTATION);
  const [removeLines, removing] = useMutation(REMOVE_CART_LINES_MUTATION);
  const [clearCart, clearing] = useMutation(CLEAR_CART_MUTATION);
  const lists = useQuery(SHORT_LISTS_QUERY, { skip: !canOrder });
  const [moveToList] = useMutation(MOVE_TO_SHORT_LIST_MUTATION);
  const [createList] = useMutation(CREATE_SHORT_LIST_MUTATION, { refetchQueries: [SHORT_LISTS_QUERY] });

  if (session && !canOrder) return <NoAccess />;
  const cart = (data ?? previousData)?.cart;

  const changeQuantity = async (line: CartLineFieldsFragment, text: string) => {
    const parsed = parseQuantityText(text);
    if (!parsed.ok) {
      notifications.show({
        color: 'red',
        message: t('ordering.cart.updateFailed', { message: t(`ordering.problem.${parsed.problem}`) }),
      });
      return;
    }
    try {
      const result = await updateLine({
        variables: { input: { lineId: line.id, quantity: parsed.value, rounding } },
        update(cache, { data: answer }) {
          const change = answer?.updateCartLine;
          if (change?.__typename !== 'CartLineUpdate' || !cart) return;
          cache.modify({
            id: cache.identify({ __typename: 'Cart', id: cart.id }),
            fields: { totals: () => change.totals },
          });
        },
      });
      const answer = result.data?.updateCartLine;
      if (answer?.__typename === 'CartLineUpdate' && answer.adjustment) {
        notifications.show({ color: 'orange', message: answer.adjustment.message });
      } else if (answer && answer.__typename !== 'CartLineUpdate') {
        notifications.show({ color: 'red', message: t('ordering.cart.updateFailed', { message: answer.message }) });
        grid.current?.refreshCells({ force: true });
      }
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };

  const remove = async (ids: string[]) => {
    await removeLines({ variables: { lineIds: ids } });
    setSelected([]);
  };

  const moveTo = async (shortListId: string, name: string) => {
    await moveToList({ variables: { lineIds: selected, shortListId } });
    await refetch();
    setSelected([]);
    notifications.show({ color: 'green', message: t('ordering.cart.moved', { name }) });
  };

  const moveToNewList = async () => {
    const name = `${t('ordering.cart.listName')} ${new Date().toLocaleDateString()}`;
    const created = await createList({ variables: { input: { name, shared: false } } });
    const list = created.data?.createShortList;
    if (list) await moveTo(list.id, list.name);
  };

  if (!cart) {
    if (error) {
      return (
        <Alert color="red" title={t('ordering.cart.loadFailed')} data-testid="cart-error">
          <Group justify="space-between">
            <Text size="sm">{errorMessage(error, t)}</Text>
            <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
              {t('catalog.retry')}
            </Button>
          </Group>
        </Alert>
      );
    }
    return <Loader m="xl" data-testid="cart-loading" />;
  }

  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-height, 60px) - 48px)">
      <PageTitle title={t('ordering.cart.title')} />
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h3">
            {t('ordering.cart.title')}
          </Title>
          <Text c="dimmed" size="sm" data-testid="cart-line-count">
            {t('ordering.cart.lines', { n: cart.lines.length })}
          </Text>
          {loading && <Loader size="xs" />}
        </Group>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t('ordering.rounding.label')}
          </Text>
          <RoundingChoice value={rounding} onChange={setRounding} />
        </Group>
      </Group>

      {cart.lines.length === 0 ? (
        <Stack align="center" mt="xl" gap="sm" data-testid="cart-empty">
          <IconShoppingCart size={48} color="var(--mantine-color-dimmed)" />
          <Title order={2} size="h4">
            {t('ordering.cart.empty')}
          </Title>
          <Text c="dimmed">{t('ordering.cart.emptyText')}</Text>
          <Group>
            <Button component={Link} to="/catalog" variant="light">
              {t('ordering.cart.toCatalog')}
            </Button>
            <Button component={Link} to="/quick-order" variant="light">
              {t('ordering.cart.toQuickOrder')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <>
          <Group gap="sm">
            <Button
              size="xs"
              variant="light"
              color="red"
              leftSection={<IconTrash size={14} />}
              disabled={selected.length === 0}
              loading={removing.loading}
              onClick={() => void remove(selected)}
              data-testid="remove-selected"
            >
              {t('ordering.cart.removeSelected', { n: selected.length })}
            </Button>
            <Menu>
              <Menu.Target>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconListCheck size={14} />}
                  disabled={selected.length === 0}
                  data-testid="move-to-list"
                >
                  {t('ordering.cart.moveToList', { n: selected.length })}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {(lists.data?.shortLists ?? [])
                  .filter((l) => l.editable)
                  .map((l) => (
                    <Menu.Item key={l.id} onClick={() => void moveTo(l.id, l.name)}>
                      {l.name}
                    </Menu.Item>
                  ))}
                <Menu.Item onClick={() => void moveToNewList()} data-testid="move-to-new-list">
                  + {t('ordering.cart.listName')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button size="xs" variant="subtle" color="red" onClick={() => setConfirmClear(true)}>
              {t('ordering.cart.clear')}
            </Button>
          </Group>
          <Box style={{ flex: 1, minHeight: 240 }}>
            <CartGrid
              lines={cart.lines}
              currency={cart.totals.currency}
              editable
              onQuantity={(line, text) => void changeQuantity(line, text)}
              onSelection={setSelected}
              onReady={(api) => {
                grid.current = api;
              }}
            />
          </Box>
          <Group justify="space-between" align="flex-end">
            <Box />
            <Stack gap="xs" align="flex-end">
              <CartTotals totals={cart.totals} />
              <Button component={Link} to="/checkout" size="md" data-testid="to-checkout">
                {t('ordering.cart.checkout')}
              </Button>
            </Stack>
          </Group>
        </>
      )}
      <ConfirmModal
        opened={confirmClear}
        title={t('ordering.cart.clear')}
        confirmLabel={t('ordering.cart.clear')}
        color="red"
        loading={clearing.loading}
        onConfirm={() => void clearCart().then(() => setConfirmClear(false))}
        onClose={() => setConfirmClear(false)}
      >
        {t('ordering.cart.clearConfirm')}
      </ConfirmModal>
    </Stack>
  );
}
