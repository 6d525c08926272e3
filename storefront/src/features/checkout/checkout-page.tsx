import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { errorMessage, PageTitle, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import type { PlaceOrderMutation } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { CartTotals } from '../cart/cart-totals';
import { CART_BADGE_QUERY, CART_QUERY } from '../cart/cart.queries';
import { ORDER_SUBMISSIONS_QUERY, CHECKOUT_DATA_QUERY, PLACE_ORDER_MUTATION } from '../orders/orders.queries';
import { NoAccess } from '../shell/no-access';

type Refusal = Exclude<PlaceOrderMutation['placeOrder'], { __typename: 'OrderSubmission' }>;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Checkout: the session's contract, delivery to an address of the company or pickup at a warehouse,
 * desired date, comment, PO number. One idempotency key per screen: a double click places one order.
 */
export function CheckoutPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const session = useSession();
  const canOrder = hasPermission(session, 'PLACE_ORDERS');
  const { data, loading, error } = useQuery(CHECKOUT_DATA_QUERY, { skip: !canOrder, fetchPolicy: 'network-only' });
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [mode, setMode] = useState<'delivery' | 'pickup'>('delivery');
  const [addressId, setAddressId] = useState<string | null>(null);
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const [desiredDate, setDesiredDate] = useState('');
  const [comment, setComment] = useState('');
  const [poNumber, setPoNumber] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [place, placing] = useMutation(PLACE_ORDER_MUTATION, {
    refetchQueries: [CART_BADGE_QUERY, CART_QUERY, ORDER_SUBMISSIONS_QUERY],
  });

  if (session && !canOrder) return <NoAccess />;
  if (error) return <Alert color="red">{errorMessage(error, t)}</Alert>;
  if (loading || !data) return <Loader m="xl" />;

  const addresses = data.myCompany.deliveryAddresses;
  const pickupPoints = data.warehouses.filter((w) => w.pickupPoint);
  const chosenAddress = addressId ?? addresses[0]?.id ?? null;
  const contract = session?.activeContract;
  const totals = data.cart.totals;

  const submit = async () => {
    setRefusal(null);
    setFailure(null);
    try {
      const result = await place({
        variables: {
          input: {
            idempotencyKey,
            ...(mode === 'delivery' ? { deliveryAddressId: chosenAddress } : { pickupWarehouseId: warehouseId }),
            desiredDate: desiredDate || null,
            comment: comment.trim() || null,
            poNumber: poNumber.trim() || null,
          },
        },
      });
      const answer = result.data?.placeOrder;
      if (!answer) return;
      if (answer.__typename === 'OrderSubmission') {
        void navigate(`/orders/${answer.id}`, { state: { placed: true } });
      } else {
        setRefusal(answer);
      }
    } catch (e) {
      setFailure(e);
    }
  };

  if (totals.lineCount === 0) {
    return (
      <Stack align="center" mt="xl" data-testid="checkout-empty">
        <Title order={2} size="h4">
          {t('ordering.cart.empty')}
        </Title>
        <Button component={Link} to="/catalog" variant="light">
          {t('ordering.cart.toCatalog')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={900}>
      <PageTitle title={t('ordering.checkout.title')} />
      <Title order={1} size="h3">
        {t('ordering.checkout.title')}
      </Title>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Stack gap="sm" style={{ flex: 1, minWidth: 320 }}>
          <Paper withBorder p="sm">
            <Text size="sm" c="dimmed">
              {t('ordering.checkout.contract')}
            </Text>
            <Text fw={600} data-testid="checkout-contract">
              {contract
                ? t('ordering.checkout.contractValue', { number: contract.number, date: format.day(contract.date) })
                : t('ordering.checkout.noContract')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('ordering.checkout.contractHint')}
            </Text>
          </Paper>
          <Radio.Group
            value={mode}
            onChange={(v) => setMode(v === 'pickup' ? 'pickup' : 'delivery')}
            label={t('ordering.checkout.how')}
          >
            <Group mt={4}>
              <Radio value="delivery" label={t('ordering.checkout.delivery')} data-testid="mode-delivery" />
              <Radio
                value="pickup"
                label={t('ordering.checkout.pickup')}
                disabled={pickupPoints.length === 0}
                data-testid="mode-pickup"
              />
            </Group>
          </Radio.Group>
          {mode === 'delivery' ? (
            <Select
              label={t('ordering.checkout.address')}
              data={addresses.map((a) => ({ value: a.id, label: `${a.label}: ${a.address}` }))}
              value={chosenAddress}
              onChange={setAddressId}
              allowDeselect={false}
              error={
                refusal?.__typename === 'CheckoutRefusedError' && refusal.field === 'deliveryAddressId'
                  ? refusal.message
                  : null
              }
              data-testid="checkout-address"
            />
          ) : (
            <Select
              label={t('ordering.checkout.warehouse')}
              data={pickupPoints.map((w) => ({ value: w.id, label: `${w.name} (${w.city})` }))}
              value={warehouseId}
              onChange={setWarehouseId}
              error={
                refusal?.__typename === 'CheckoutRefusedError' && refusal.field === 'pickupWarehouseId'
                  ? refusal.message
                  : null
              }
              data-testid="checkout-warehouse"
            />
          )}
          <TextInput
            type="date"
            label={t('ordering.checkout.date')}
            min={today()}
            value={desiredDate}
            onChange={(e) => setDesiredDate(e.currentTarget.value)}
            error={
              refusal?.__typename === 'CheckoutRefusedError' && refusal.field === 'desiredDate' ? refusal.message : null
            }
            data-testid="checkout-date"
          />
          <TextInput
            label={t('ordering.checkout.po')}
            value={poNumber}
            maxLength={100}
            onChange={(e) => setPoNumber(e.currentTarget.value)}
            data-testid="checkout-po"
          />
          <Textarea
            label={t('ordering.checkout.comment')}
            value={comment}
            maxLength={2000}
            autosize
            minRows={2}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
        </Stack>
        <Stack gap="sm" align="stretch">
          <CartTotals totals={totals} />
          <Button size="md" loading={placing.loading} onClick={() => void submit()} data-testid="place-order">
            {t('ordering.checkout.place')}
          </Button>
          <Button component={Link} to="/cart" variant="subtle">
            {t('ordering.checkout.back')}
          </Button>
        </Stack>
      </Group>
      {failure !== null && <Alert color="red">{errorMessage(failure, t)}</Alert>}
      {refusal && (
        <Alert color="red" title={t('ordering.checkout.refused')} data-testid="checkout-refusal">
          <Text size="sm">{refusal.message}</Text>
          {refusal.__typename === 'OrderLinesError' && (
            <Table mt="xs" verticalSpacing={2}>
              <Table.Tbody>
                {refusal.lines.map((line) => (
                  <Table.Tr key={`${line.sku}-${line.problem}`}>
                    <Table.Td ff="monospace">{line.sku}</Table.Td>
                    <Table.Td>{line.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Alert>
      )}
    </Stack>
  );
}
