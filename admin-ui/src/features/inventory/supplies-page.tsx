import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { parseQuantityText } from '@wholesail/shared';
import {
  AmountInput,
  createValidators,
  errorMessage,
  useFormat,
  useRevalidateOnLanguageChange,
} from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SupplyFieldsFragment, SupplyStatus } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { inputFieldErrors } from '../common/input-field-errors';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { PAGE_SIZE, Pager } from '../common/pager';
import { useUrlState } from '../common/url-state';
import { CREATE_SUPPLY_MUTATION, SUPPLIES_QUERY, UPDATE_SUPPLY_MUTATION } from './inventory.queries';
import { type PickedProduct, ProductPicker } from './product-picker';
import { useWarehouseOptions } from './warehouse-options';

const STATUSES: SupplyStatus[] = ['EXPECTED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED'];
const STATUS_COLOR: Record<SupplyStatus, string> = {
  EXPECTED: 'blue',
  IN_TRANSIT: 'indigo',
  RECEIVED: 'teal',
  CANCELLED: 'gray',
};
const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function SupplyStatusBadge({ status }: { status: SupplyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none" data-testid="supply-status">
      {t(`supplies.status.${status}`)}
    </Badge>
  );
}

/** `/inventory/supplies`: goods on their way to a warehouse (buyers see the next dates in the catalog). */
export function SuppliesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const canEdit = hasPermission(session, 'MANAGE_STOCK');
  const [state, update] = useUrlState(['sku', 'warehouse', 'status'] as const);
  const search = useDebouncedCallback((sku: string) => update({ sku }), 300);
  const warehouses = useWarehouseOptions();
  const statuses = state.status.split(',').filter((s): s is SupplyStatus => STATUSES.includes(s as SupplyStatus));
  const [editing, setEditing] = useState<{ supply: SupplyFieldsFragment | null } | null>(null);
  const { data, previousData, loading, error } = useQuery(SUPPLIES_QUERY, {
    variables: {
      filter: {
        sku: state.sku.trim() || null,
        warehouseId: state.warehouse || null,
        statuses: statuses.length ? statuses : null,
      },
      skip: (state.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  if (!hasPermission(session, 'READ_CATALOG') && !canEdit) return <NoAccess />;
  const page = (data ?? previousData)?.incomingSupplies;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('supplies.pageTitle')}
        description={t('supplies.description')}
        action={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ supply: null })}>
              {t('supplies.create')}
            </Button>
          )
        }
      />
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('stock.sku')}
          placeholder={t('stock.skuPlaceholder')}
          leftSection={<IconSearch size={16} />}
          defaultValue={state.sku}
          onChange={(event) => search(event.currentTarget.value)}
          w={220}
        />
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
          data={STATUSES.map((s) => ({ value: s, label: t(`supplies.status.${s}`) }))}
          value={statuses}
          onChange={(value) => update({ status: value.join(',') })}
          clearable
          w={300}
        />
        {loading && <Loader size="sm" mb={8} />}
      </Group>
      {error && (
        <Alert color="red" title={t('supplies.loadFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {page && page.items.length === 0 && <Text c="dimmed">{t('supplies.empty')}</Text>}
      {page && page.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing={6} data-testid="supplies-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('supplies.expectedDate')}</Table.Th>
                  <Table.Th>{t('stock.columns.sku')}</Table.Th>
                  <Table.Th>{t('stock.columns.product')}</Table.Th>
                  <Table.Th>{t('stock.columns.warehouse')}</Table.Th>
                  <Table.Th style={NUM}>{t('supplies.quantity')}</Table.Th>
                  <Table.Th>{t('filters.status')}</Table.Th>
                  <Table.Th>{t('supplies.note')}</Table.Th>
                  {canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((s) => (
                  <Table.Tr key={s.id} data-testid="supply-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(s.expectedDate)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" ff="monospace">
                        {s.product.sku}
                      </Text>
                    </Table.Td>
                    <Table.Td>{s.product.name}</Table.Td>
                    <Table.Td>{s.warehouse.name}</Table.Td>
                    <Table.Td style={NUM}>
                      {format.decimal(s.quantity, { maxFractionDigits: s.product.unit.scale })}{' '}
                      {s.product.unit.shortName}
                    </Table.Td>
                    <Table.Td>
                      <SupplyStatusBadge status={s.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" lineClamp={1}>
                        {s.note}
                      </Text>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Button size="compact-sm" variant="subtle" onClick={() => setEditing({ supply: s })}>
                          {t('actions.edit')}
                        </Button>
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
      <Modal
        opened={editing !== null}
        size="lg"
        onClose={() => setEditing(null)}
        title={
          editing?.supply ? t('supplies.editTitle', { sku: editing.supply.product.sku }) : t('supplies.createTitle')
        }
      >
        {editing && (
          <SupplyForm key={editing.supply?.id ?? 'new'} supply={editing.supply} onClose={() => setEditing(null)} />
        )}
      </Modal>
    </Stack>
  );
}

function SupplyForm({ supply, onClose }: { supply: SupplyFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const warehouses = useWarehouseOptions();
  const [create, creating] = useMutation(CREATE_SUPPLY_MUTATION, { refetchQueries: [SUPPLIES_QUERY] });
  const [update, updating] = useMutation(UPDATE_SUPPLY_MUTATION, { refetchQueries: [SUPPLIES_QUERY] });
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      product: (supply?.product ?? null) as PickedProduct | null,
      warehouseId: supply?.warehouse.id ?? '',
      quantity: supply?.quantity ?? '',
      expectedDate: supply?.expectedDate ?? '',
      status: supply?.status ?? 'EXPECTED',
      note: supply?.note ?? '',
      externalId: supply?.externalId ?? '',
    },
    validate: {
      product: (value) => (value ? null : t('validation.required')),
      warehouseId: (value) => (value ? null : t('validation.required')),
      quantity: (value, values) => {
        const parsed = parseQuantityText(value);
        if (!parsed.ok) return t(`supplies.quantityProblem.${parsed.problem}`);
        const scale = values.product?.unit.scale ?? 0;
        return parsed.value.includes('.') && parsed.value.split('.')[1].length > scale
          ? t(scale === 0 ? 'stock.errors.whole' : 'stock.errors.scale', { scale })
          : null;
      },
      expectedDate: v.date(true),
      note: v.optional(500),
      externalId: v.optional(100),
    },
  });
  useRevalidateOnLanguageChange(form);
  const submit = async (values: typeof form.values) => {
    setFailure(null);
    const parsed = parseQuantityText(values.quantity);
    if (!parsed.ok || !values.product) return;
    const common = {
      quantity: parsed.value,
      expectedDate: values.expectedDate,
      status: values.status,
      note: values.note.trim() || null,
    };
    try {
      if (supply) await update({ variables: { id: supply.id, input: common } });
      else
        await create({
          variables: {
            input: {
              ...common,
              productId: values.product.id,
              warehouseId: values.warehouseId,
              externalId: values.externalId.trim() || null,
            },
          },
        });
      notifications.show({ color: 'teal', message: t('supplies.saved', { sku: values.product.sku }) });
      onClose();
    } catch (e) {
      const errors = inputFieldErrors(e, 'externalId');
      const { productId, ...rest } = errors;
      if (productId || Object.keys(rest).length > 0)
        form.setErrors({ ...rest, ...(productId ? { product: productId } : {}) });
      else setFailure(errorMessage(e, t));
    }
  };
  const unit = form.values.product?.unit;
  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="supply-form">
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        {supply ? (
          <Text size="sm">
            <Text span ff="monospace">
              {supply.product.sku}
            </Text>{' '}
            · {supply.product.name} · {supply.warehouse.name}
          </Text>
        ) : (
          <SimpleGrid cols={2}>
            <ProductPicker
              label={t('stock.product')}
              value={form.values.product}
              onChange={(product) => form.setFieldValue('product', product)}
              error={form.errors.product as string | undefined}
              testId="supply-product"
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
        <SimpleGrid cols={3}>
          <AmountInput
            label={t('supplies.quantity')}
            currency={unit?.shortName}
            required
            {...form.getInputProps('quantity')}
          />
          <TextInput label={t('supplies.expectedDate')} type="date" required {...form.getInputProps('expectedDate')} />
          <Select
            label={t('filters.status')}
            data={STATUSES.map((s) => ({ value: s, label: t(`supplies.status.${s}`) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <TextInput label={t('supplies.note')} {...form.getInputProps('note')} />
        {!supply && <TextInput label={t('catalog.externalId')} {...form.getInputProps('externalId')} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
