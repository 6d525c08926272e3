import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Autocomplete,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type GetInputPropsReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { smallestValidQuantity } from '@wholesail/shared';
import {
  AmountInput,
  createValidators,
  errorMessage,
  PageTitle,
  useFormat,
  useRevalidateOnLanguageChange,
} from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import type { AttributeFieldsFragment, ProductFieldsFragment, UnitsQuery } from '../../gql/graphql';
import { inputFieldErrors } from '../common/input-field-errors';
import { AnalogsEditor } from './analogs-editor';
import { BRANDS_QUERY, CREATE_PRODUCT_MUTATION, UPDATE_PRODUCT_MUTATION } from './catalog.queries';
import { useCategoryOptions } from './category-options';
import {
  decimalText,
  newRowKey,
  type PackagingRow,
  type ProductFormValues,
  productFormValues,
  productInput,
  quantityRuleProblems,
} from './product-form-values';
import { ProductImage } from './product-image';

type Unit = UnitsQuery['units'][number];

const VAT_RATES = ['22', '20', '10', '0', '-1'];
const SKU = /^[\p{L}\p{N}][\p{L}\p{N}._\-/]{0,63}$/u;

interface Props {
  product: ProductFieldsFragment | null;
  definitions: readonly AttributeFieldsFragment[];
  units: readonly Unit[];
  canEdit: boolean;
}

export function ProductForm({ product, definitions, units, canEdit }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const v = createValidators(t);
  const categories = useCategoryOptions();
  const brands = useQuery(BRANDS_QUERY);
  const [create, creating] = useMutation(CREATE_PRODUCT_MUTATION);
  const [update, updating] = useMutation(UPDATE_PRODUCT_MUTATION);
  const [failure, setFailure] = useState<string | null>(null);
  const unitScale = (code: string) => units.find((u) => u.code === code)?.scale ?? 0;

  const form = useForm<ProductFormValues>({
    initialValues: productFormValues(product, definitions),
    validate: {
      sku: (value) => v.required(64)(value) ?? (SKU.test(value.trim()) ? null : t('productForm.skuFormat')),
      name: v.required(300),
      summary: v.optional(500),
      externalId: v.optional(100),
      orderStep: (value, values) => {
        const problem = quantityRuleProblems(values, unitScale(values.unitCode)).orderStep;
        return problem ? t(`productForm.quantity.${problem}`, { scale: unitScale(values.unitCode) }) : null;
      },
      minOrderQuantity: (value, values) => {
        const problem = quantityRuleProblems(values, unitScale(values.unitCode)).minOrderQuantity;
        return problem ? t(`productForm.quantity.${problem}`, { scale: unitScale(values.unitCode) }) : null;
      },
      attributes: {
        value: (value, values, path) => {
          const index = Number(path.split('.')[1]);
          const definition = definitions[index];
          if (!value.trim() || definition?.type !== 'NUMBER') return null;
          return decimalText(value) === null ? t('productForm.attributeNumber') : null;
        },
      },
      packagings: {
        code: (value) => (/^[A-Za-z0-9_.-]{1,30}$/.test(value.trim()) ? null : t('productForm.packagingCode')),
        name: v.required(100),
        factor: (value) => {
          const plain = decimalText(value);
          return plain !== null && !plain.startsWith('-') && Number(plain) > 0 ? null : t('productForm.factor');
        },
      },
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: ProductFormValues) => {
    setFailure(null);
    const input = productInput(values);
    try {
      if (product) {
        await update({ variables: { id: product.id, input } });
        notifications.show({ color: 'teal', message: t('productForm.saved', { sku: input.sku }) });
        form.resetDirty();
      } else {
        const result = await create({ variables: { input } });
        const created = result.data?.createProduct;
        notifications.show({ color: 'teal', message: t('productForm.created', { sku: input.sku }) });
        if (created) void navigate(`/catalog/products/${created.id}`, { replace: true });
      }
    } catch (e) {
      const errors = inputFieldErrors(e, 'sku', t('productForm.skuTaken', { sku: input.sku }));
      if (Object.keys(errors).length > 0) {
        form.setErrors(errors);
        setFailure(t('productForm.fixErrors'));
      } else setFailure(errorMessage(e, t));
    }
  };

  const unit = units.find((u) => u.code === form.values.unitCode);
  const quantityOk =
    !quantityRuleProblems(form.values, unit?.scale ?? 0).orderStep &&
    !quantityRuleProblems(form.values, unit?.scale ?? 0).minOrderQuantity;
  const smallest = quantityOk
    ? smallestValidQuantity({
        unitScale: unit?.scale ?? 0,
        step: decimalText(form.values.orderStep) ?? '1',
        minQuantity: decimalText(form.values.minOrderQuantity) ?? '0',
      }).toFixed()
    : null;
  const title = product ? `${product.sku} · ${product.name}` : t('productForm.newTitle');

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="product-form">
      <PageTitle title={title} />
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <Title order={1} size="h2" data-testid="product-title">
              {title}
            </Title>
            {canEdit && (
              <Button type="submit" loading={creating.loading || updating.loading}>
                {product ? t('actions.save') : t('productForm.createSubmit')}
              </Button>
            )}
          </Group>
          {!canEdit && (
            <Alert color="gray" variant="light" data-testid="read-only">
              {t('catalog.readOnly')}
            </Alert>
          )}
          {failure && <Alert color="red">{failure}</Alert>}

          <Group align="flex-start" gap="md" wrap="nowrap">
            <Paper withBorder p="md" style={{ flex: 1 }}>
              <Stack gap="sm">
                <Title order={2} size="h4">
                  {t('productForm.main')}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t('productForm.sku')} required {...form.getInputProps('sku')} />
                  <TextInput label={t('catalog.externalId')} {...form.getInputProps('externalId')} />
                </SimpleGrid>
                <TextInput label={t('productForm.name')} required {...form.getInputProps('name')} />
                <Textarea label={t('productForm.summary')} autosize minRows={2} {...form.getInputProps('summary')} />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label={t('productForm.category')}
                    data={categories}
                    searchable
                    clearable
                    {...form.getInputProps('categoryId')}
                  />
                  <Autocomplete
                    label={t('productForm.brand')}
                    description={t('productForm.brandHint')}
                    data={[...new Set((brands.data?.brands ?? []).map((b) => b.name))]}
                    {...form.getInputProps('brand')}
                  />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select
                    label={t('productForm.unit')}
                    data={units.map((u) => ({ value: u.code, label: `${u.name} (${u.shortName})` }))}
                    allowDeselect={false}
                    {...form.getInputProps('unitCode')}
                  />
                  <Select
                    label={t('productForm.vat')}
                    data={VAT_RATES.map((r) => ({ value: r, label: r === '-1' ? t('productForm.noVat') : `${r} %` }))}
                    allowDeselect={false}
                    {...form.getInputProps('vatRate')}
                  />
                  <Checkbox
                    mt={30}
                    label={t('productForm.active')}
                    {...form.getInputProps('active', { type: 'checkbox' })}
                  />
                </SimpleGrid>
                <TagsInput
                  label={t('productForm.barcodes')}
                  description={t('productForm.barcodesHint')}
                  error={Object.entries(form.errors)
                    .filter(([k]) => k.startsWith('barcodes'))
                    .map(([, m]) => String(m as string))
                    .join('; ')}
                  value={form.values.barcodes}
                  onChange={(value) => form.setFieldValue('barcodes', value)}
                  data-testid="barcodes"
                />
              </Stack>
            </Paper>
            {product && <ProductImage product={product} canEdit={canEdit} />}
          </Group>

          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('productForm.quantities')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <AmountInput
                  label={t('productForm.orderStep')}
                  description={t('productForm.orderStepHint')}
                  currency={unit?.shortName}
                  {...form.getInputProps('orderStep')}
                />
                <AmountInput
                  label={t('productForm.minOrderQuantity')}
                  description={t('productForm.minHint')}
                  currency={unit?.shortName}
                  {...form.getInputProps('minOrderQuantity')}
                />
                {smallest && (
                  <Text size="sm" c="dimmed" mt={28} data-testid="smallest-quantity">
                    {t('productForm.smallest', { quantity: format.decimal(smallest), unit: unit?.shortName ?? '' })}
                  </Text>
                )}
              </SimpleGrid>
            </Stack>
          </Paper>

          <PackagingsEditor
            rows={form.values.packagings}
            inputProps={(path) => form.getInputProps(path)}
            onAdd={() =>
              form.insertListItem('packagings', { key: newRowKey(), code: '', name: '', factor: '', barcode: '' })
            }
            onRemove={(index) => form.removeListItem('packagings', index)}
            unitShort={unit?.shortName ?? ''}
            canEdit={canEdit}
          />

          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('productForm.attributes')}
              </Title>
              {definitions.length === 0 && <Text c="dimmed">{t('productForm.noAttributes')}</Text>}
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {definitions.map((definition, index) => (
                  <AttributeInput
                    key={definition.id}
                    definition={definition}
                    inputProps={form.getInputProps(`attributes.${index}.value`)}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          </Paper>

          <AnalogsEditor
            analogs={form.values.analogs}
            ownSku={form.values.sku}
            canEdit={canEdit}
            errors={form.errors}
            onChange={(analogs) => form.setFieldValue('analogs', analogs)}
          />
        </Stack>
      </fieldset>
    </form>
  );
}

/** One attribute's input, by its type: text, a number with its unit, yes/no, or one of the options. */
function AttributeInput({
  definition,
  inputProps,
}: {
  definition: AttributeFieldsFragment;
  inputProps: GetInputPropsReturnType;
}) {
  const { t } = useTranslation();
  const label = definition.unit ? `${definition.name}, ${definition.unit}` : definition.name;
  const error = inputProps.error as string | undefined;
  const onChange = inputProps.onChange as (value: string) => void;
  switch (definition.type) {
    case 'ENUM':
      return (
        <Select
          label={label}
          data={definition.options.map((o) => ({ value: o.code ?? o.label, label: o.label }))}
          clearable
          searchable
          value={(inputProps.value as string) || null}
          onChange={(value) => onChange(value ?? '')}
          error={error}
        />
      );
    case 'BOOLEAN':
      return (
        <Select
          label={label}
          data={[
            { value: 'true', label: t('productForm.yes') },
            { value: 'false', label: t('productForm.no') },
          ]}
          clearable
          value={(inputProps.value as string) || null}
          onChange={(value) => onChange(value ?? '')}
          error={error}
        />
      );
    case 'NUMBER':
      return <AmountInput label={label} currency={definition.unit ?? undefined} {...inputProps} error={error} />;
    default:
      return <TextInput label={label} {...inputProps} error={error} />;
  }
}

function PackagingsEditor({
  rows,
  inputProps,
  onAdd,
  onRemove,
  unitShort,
  canEdit,
}: {
  rows: PackagingRow[];
  inputProps: (path: string) => GetInputPropsReturnType;
  onAdd: () => void;
  onRemove: (index: number) => void;
  unitShort: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="packagings">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('productForm.packagings')}
          </Title>
          {canEdit && (
            <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onAdd}>
              {t('productForm.addPackaging')}
            </Button>
          )}
        </Group>
        {rows.length === 0 && <Text c="dimmed">{t('productForm.noPackagings')}</Text>}
        {rows.length > 0 && (
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('productForm.packagingCodeLabel')}</Table.Th>
                <Table.Th>{t('productForm.packagingName')}</Table.Th>
                <Table.Th>{t('productForm.factorLabel', { unit: unitShort })}</Table.Th>
                <Table.Th>{t('productForm.packagingBarcode')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr key={row.key} data-testid="packaging-row">
                  <Table.Td>
                    <TextInput
                      aria-label={t('productForm.packagingCodeLabel')}
                      placeholder="box"
                      {...inputProps(`packagings.${index}.code`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('productForm.packagingName')}
                      placeholder={t('productForm.packagingNamePlaceholder')}
                      {...inputProps(`packagings.${index}.name`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <AmountInput
                      aria-label={t('productForm.factorLabel', { unit: unitShort })}
                      currency={unitShort}
                      {...inputProps(`packagings.${index}.factor`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('productForm.packagingBarcode')}
                      {...inputProps(`packagings.${index}.barcode`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('actions.delete')}
                        onClick={() => onRemove(index)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
