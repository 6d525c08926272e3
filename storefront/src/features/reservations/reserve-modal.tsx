import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { parseQuantityText } from '@wholesail/shared';
import { errorMessage, fieldErrors, useFormat } from '@wholesail/shared/web';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import type { AvailabilityFieldsFragment } from '../../gql/graphql';
import { isPositive } from '../catalog/availability';
import { RESERVATION_POLICY_QUERY, RESERVE_STOCK_MUTATION } from './reservations.queries';

/** What the reserve form needs of a product (a table row and the card both have it). */
export interface ReservableProduct {
  id: string;
  sku: string;
  name: string;
  unit: { shortName: string };
  packagings: readonly { code: string; name: string; factor: string }[];
  quantityRules: { step: string; minQuantity: string };
  availability: AvailabilityFieldsFragment;
}

interface ReserveModalProps {
  product: ReservableProduct | null;
  onClose: () => void;
  onReserved: () => void;
}

const BASE = '';

/** Reserve a quantity at a warehouse for some hours (within the seller's maximum). */
export function ReserveModal({ product, onClose, onReserved }: ReserveModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={product !== null}
      onClose={onClose}
      title={t('reservations.reserveTitle')}
      size="md"
      data-testid="reserve-modal"
    >
      {product && <ReserveForm key={product.id} product={product} onClose={onClose} onReserved={onReserved} />}
    </Modal>
  );
}

function ReserveForm({ product, onClose, onReserved }: ReserveModalProps & { product: ReservableProduct }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: policyData } = useQuery(RESERVATION_POLICY_QUERY);
  const policy = policyData?.reservationPolicy;
  const [reserve, { loading }] = useMutation(RESERVE_STOCK_MUTATION);
  const [failure, setFailure] = useState<string | null>(null);
  const navigate = useNavigate();
  const unit = product.unit.shortName;

  const warehouses = useMemo(
    () => product.availability.byWarehouse.filter((w) => isPositive(w.available)),
    [product.availability.byWarehouse],
  );
  const form = useForm({
    initialValues: {
      warehouseId: warehouses[0]?.warehouseId ?? '',
      quantity: product.quantityRules.minQuantity === '0' ? '' : format.decimal(product.quantityRules.minQuantity),
      packagingCode: BASE,
      hours: policy?.defaultHours ?? 24,
      comment: '',
    },
    validate: {
      warehouseId: (v) => (v ? null : t('reservations.form.warehouseRequired')),
      quantity: (v) => {
        const parsed = parseQuantityText(v);
        return parsed.ok ? null : t(`reservations.form.quantityProblem.${parsed.problem}`);
      },
      hours: (v) =>
        !Number.isInteger(v) || v < 1 || (policy && v > policy.maxHours)
          ? t('reservations.form.hoursRange', { max: policy?.maxHours ?? 1 })
          : null,
    },
  });
  const defaultHours = policy?.defaultHours;
  useEffect(() => {
    if (defaultHours && !form.isTouched('hours')) form.setFieldValue('hours', defaultHours);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the policy arrives
  }, [defaultHours]);
  const selected = warehouses.find((w) => w.warehouseId === form.values.warehouseId);

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const parsed = parseQuantityText(values.quantity);
    if (!parsed.ok) return;
    try {
      const { data } = await reserve({
        variables: {
          input: {
            productId: product.id,
            warehouseId: values.warehouseId,
            quantity: parsed.value,
            packagingCode: values.packagingCode || null,
            hours: values.hours,
            comment: values.comment.trim() || null,
          },
        },
      });
      const result = data?.reserveStock;
      switch (result?.__typename) {
        case 'Reservation':
          notifications.show({
            color: 'teal',
            message: (
              <span data-testid="reserved-notice">
                {t('reservations.reserved', {
                  quantity: `${format.decimal(result.quantity)} ${unit}`,
                  sku: product.sku,
                  warehouse: result.warehouse.name,
                })}{' '}
                {/* Notifications render outside the router: navigate through the form's own hook. */}
                <Anchor component="button" type="button" size="sm" onClick={() => void navigate('/reservations')}>
                  {t('reservations.openList')}
                </Anchor>
              </span>
            ),
          });
          onReserved();
          onClose();
          return;
        case 'InsufficientStockError':
          form.setFieldError(
            'quantity',
            t('reservations.form.insufficient', { available: `${format.decimal(result.available)} ${unit}` }),
          );
          return;
        case 'QuantityNotAllowedError':
          form.setFieldError(
            'quantity',
            result.suggestedQuantity
              ? t('reservations.form.notAllowedSuggest', {
                  suggested: `${format.decimal(result.suggestedQuantity)} ${unit}`,
                })
              : t(`reservations.form.problem.${result.problem}` as 'reservations.form.problem.NOT_MULTIPLE'),
          );
          return;
        default:
          setFailure(result?.message ?? t('errors.unexpected'));
      }
    } catch (error) {
      const byField = fieldErrors(error, t);
      if (Object.keys(byField).length) form.setErrors(byField);
      else setFailure(errorMessage(error, t));
    }
  });

  if (warehouses.length === 0) {
    return <Alert color="gray">{t('reservations.form.noStock')}</Alert>;
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <div>
          <Text ff="monospace" size="sm">
            {product.sku}
          </Text>
          <Text size="sm" fw={500}>
            {product.name}
          </Text>
        </div>
        <Select
          label={t('reservations.form.warehouse')}
          data={warehouses.map((w) => ({
            value: w.warehouseId,
            label: `${w.warehouse.name} — ${format.decimal(w.available)} ${unit}`,
          }))}
          allowDeselect={false}
          {...form.getInputProps('warehouseId')}
          data-testid="reserve-warehouse"
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('reservations.form.quantity')}
            inputMode="decimal"
            description={t('reservations.form.rules', {
              step: `${format.decimal(product.quantityRules.step)} ${unit}`,
              min: `${format.decimal(product.quantityRules.minQuantity)} ${unit}`,
            })}
            {...form.getInputProps('quantity')}
            data-testid="reserve-quantity"
          />
          <Select
            label={t('reservations.form.in')}
            data={[
              { value: BASE, label: unit },
              ...product.packagings.map((p) => ({
                value: p.code,
                label: `${p.name} (${format.decimal(p.factor)} ${unit})`,
              })),
            ]}
            allowDeselect={false}
            {...form.getInputProps('packagingCode')}
          />
        </Group>
        <NumberInput
          label={t('reservations.form.hours')}
          description={policy ? t('reservations.form.hoursHint', { max: policy.maxHours }) : undefined}
          min={1}
          max={policy?.maxHours}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('hours')}
          data-testid="reserve-hours"
        />
        <TextInput label={t('reservations.form.comment')} maxLength={500} {...form.getInputProps('comment')} />
        {selected && (
          <Text size="xs" c="dimmed">
            {t('reservations.form.availableAt', {
              quantity: `${format.decimal(selected.available)} ${unit}`,
              warehouse: selected.warehouse.name,
            })}
          </Text>
        )}
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading} data-testid="reserve-submit">
            {t('reservations.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
