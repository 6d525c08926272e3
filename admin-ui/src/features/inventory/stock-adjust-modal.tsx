import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconHistory } from '@tabler/icons-react';
import { plainNumberText, Qty } from '@wholesail/shared';
import { AmountInput, errorMessage, useFormat, useRevalidateOnLanguageChange } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { StockLevelFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { inputFieldErrors } from '../common/input-field-errors';
import { ADJUST_STOCK_MUTATION, STOCK_LEVELS_QUERY } from './inventory.queries';
import { type PickedProduct, ProductPicker } from './product-picker';
import { useWarehouseOptions } from './warehouse-options';

export interface StockTarget {
  product: PickedProduct;
  warehouseId: string;
  onHand: string;
}

interface Props {
  opened: boolean;
  /** A row of the stock table, or null to pick the product and warehouse. */
  target: StockTarget | null;
  onClose: () => void;
}

export function StockAdjustModal({ opened, target, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t('stock.adjustTitle')}>
      {opened && (
        <AdjustForm
          key={target ? `${target.product.id}:${target.warehouseId}` : 'free'}
          target={target}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

type Mode = 'set' | 'delta';

/**
 * A typed quantity against the unit: a number ("1 000,5"), no more decimals than the unit allows;
 * a count is not negative, a change is not zero. Returns a message key or null.
 */
function quantityProblem(text: string, mode: Mode, scale: number): string | null {
  const parsed = plainNumberText(text);
  if (!parsed) return text.trim() ? 'stock.errors.number' : 'validation.required';
  const value = new Qty(parsed.plain);
  if (value.decimalPlaces() > scale) return scale === 0 ? 'stock.errors.whole' : 'stock.errors.scale';
  if (mode === 'set' && parsed.negative) return 'stock.errors.negative';
  if (mode === 'delta' && value.isZero()) return 'stock.errors.zero';
  return null;
}

function AdjustForm({ target, onClose }: { target: StockTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const warehouses = useWarehouseOptions();
  const canReadAudit = hasPermission(useSession(), 'READ_AUDIT_LOG');
  const [adjust, adjusting] = useMutation(ADJUST_STOCK_MUTATION, { refetchQueries: [STOCK_LEVELS_QUERY] });
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<StockLevelFieldsFragment | null>(null);
  const form = useForm({
    initialValues: {
      product: target?.product ?? null,
      warehouseId: target?.warehouseId ?? '',
      mode: 'set' as Mode,
      quantity: target?.onHand ?? '',
      reason: '',
    },
    validate: {
      product: (value) => (value ? null : t('validation.required')),
      warehouseId: (value) => (value ? null : t('validation.required')),
      quantity: (value, values) => {
        const problem = quantityProblem(value, values.mode, values.product?.unit.scale ?? 0);
        return problem ? t(problem as 'validation.required', { scale: values.product?.unit.scale ?? 0 }) : null;
      },
      reason: (value) =>
        !value.trim()
          ? t('stock.errors.reason')
          : value.trim().length > 500
            ? t('validation.tooLong', { max: 500 })
            : null,
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    const parsed = plainNumberText(values.quantity);
    if (!parsed || !values.product) return;
    const amount = `${parsed.negative ? '-' : ''}${parsed.plain}`;
    try {
      const answer = await adjust({
        variables: {
          input: {
            productId: values.product.id,
            warehouseId: values.warehouseId,
            reason: values.reason.trim(),
            onHand: values.mode === 'set' ? amount : null,
            delta: values.mode === 'delta' ? amount : null,
          },
        },
      });
      setResult(answer.data?.adjustStock ?? null);
    } catch (e) {
      const errors = inputFieldErrors(e);
      const { onHand, delta, ...rest } = errors;
      const quantity = onHand ?? delta;
      if (quantity || Object.keys(rest).length > 0) form.setErrors({ ...rest, ...(quantity ? { quantity } : {}) });
      else setFailure(errorMessage(e, t));
    }
  };

  if (result) {
    const unit = result.product.unit;
    const qty = (value: string) => `${format.decimal(value, { maxFractionDigits: unit.scale })} ${unit.shortName}`;
    return (
      <Stack gap="md" data-testid="adjust-result">
        <Alert color="teal" title={t('stock.adjusted')}>
          <Text size="sm">
            {result.product.sku} · {result.warehouse.name}
          </Text>
          <Text size="sm" data-testid="adjust-result-numbers">
            {t('stock.resultNumbers', {
              onHand: qty(result.onHand),
              reserved: qty(result.reserved),
              available: qty(result.available),
            })}
          </Text>
        </Alert>
        <Text size="sm" c="dimmed">
          {t('stock.auditNote')}
        </Text>
        <Group justify="space-between">
          {canReadAudit ? (
            <Anchor component={Link} to="/audit?action=stock.adjusted" size="sm" onClick={onClose}>
              <Group gap={4}>
                <IconHistory size={14} />
                {t('stock.inAuditLog')}
              </Group>
            </Anchor>
          ) : (
            <span />
          )}
          <Button onClick={onClose}>{t('stock.close')}</Button>
        </Group>
      </Stack>
    );
  }

  const unit = form.values.product?.unit;
  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="adjust-form">
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        {target ? (
          <Text size="sm">
            <Text span ff="monospace">
              {target.product.sku}
            </Text>{' '}
            · {target.product.name} · {warehouses.find((w) => w.value === target.warehouseId)?.label}
          </Text>
        ) : (
          <SimpleGrid cols={2}>
            <ProductPicker
              label={t('stock.product')}
              value={form.values.product}
              onChange={(product) => form.setFieldValue('product', product)}
              error={form.errors.product as string | undefined}
              testId="adjust-product"
            />
            <Select
              label={t('stock.warehouse')}
              data={warehouses}
              required
              searchable
              {...form.getInputProps('warehouseId')}
            />
          </SimpleGrid>
        )}
        <SegmentedControl
          aria-label={t('stock.mode')}
          data={[
            { value: 'set', label: t('stock.modes.set') },
            { value: 'delta', label: t('stock.modes.delta') },
          ]}
          {...form.getInputProps('mode')}
        />
        <AmountInput
          label={form.values.mode === 'set' ? t('stock.newOnHand') : t('stock.delta')}
          description={form.values.mode === 'delta' ? t('stock.deltaHint') : undefined}
          currency={unit?.shortName}
          required
          {...form.getInputProps('quantity')}
        />
        <Textarea
          label={t('stock.reason')}
          description={t('stock.reasonHint')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={adjusting.loading}>
            {t('stock.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
