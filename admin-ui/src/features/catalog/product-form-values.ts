import { plainNumberText, rulesProblem } from '@wholesail/shared';

import type { AnalogKind, AttributeFieldsFragment, ProductFieldsFragment, ProductInput } from '../../gql/graphql';

export interface AttributeValueRow {
  code: string;
  value: string;
}

export interface PackagingRow {
  key: string;
  code: string;
  name: string;
  factor: string;
  barcode: string;
}

export interface AnalogRow {
  sku: string;
  name: string;
  kind: AnalogKind;
  bidirectional: boolean;
  note: string;
}

/** The product editor's form: the shape of `ProductInput`, so the API's `input.<path>` errors land on fields. */
export interface ProductFormValues {
  sku: string;
  name: string;
  summary: string;
  categoryId: string | null;
  brand: string;
  unitCode: string;
  vatRate: string;
  active: boolean;
  externalId: string;
  orderStep: string;
  minOrderQuantity: string;
  barcodes: string[];
  /** One row per attribute definition, in the definitions' order (empty value: none). */
  attributes: AttributeValueRow[];
  packagings: PackagingRow[];
  analogs: AnalogRow[];
}

let rowKey = 0;
export const newRowKey = (): string => `row-${++rowKey}`;

/** An attribute's stored value as the editor shows it: ENUM by option code (or label), BOOLEAN "true"/"false". */
function attributeText(definition: AttributeFieldsFragment, product: ProductFieldsFragment | null): string {
  const value = product?.attributes.find((a) => a.attribute.code === definition.code);
  if (!value) return '';
  switch (definition.type) {
    case 'ENUM': {
      const option = definition.options.find((o) => o.id === value.valueId);
      return option ? (option.code ?? option.label) : '';
    }
    case 'BOOLEAN':
      return value.boolean === null || value.boolean === undefined ? '' : String(value.boolean);
    case 'NUMBER':
      return value.number ?? '';
    default:
      return value.text ?? '';
  }
}

export function productFormValues(
  product: ProductFieldsFragment | null,
  definitions: readonly AttributeFieldsFragment[],
): ProductFormValues {
  return {
    sku: product?.sku ?? '',
    name: product?.name ?? '',
    summary: product?.summary ?? '',
    categoryId: product?.categoryId ?? null,
    brand: product?.brand?.name ?? '',
    unitCode: product?.unit.code ?? 'pcs',
    vatRate: product?.vatRate ?? '22',
    active: product?.active ?? true,
    externalId: product?.externalId ?? '',
    orderStep: product?.orderStep ?? '1',
    minOrderQuantity: product?.minOrderQuantity ?? '1',
    barcodes: product?.barcodes ?? [],
    attributes: definitions.map((d) => ({ code: d.code, value: attributeText(d, product) })),
    packagings: (product?.packagings ?? []).map((p) => ({
      key: newRowKey(),
      code: p.code,
      name: p.name,
      factor: p.factor,
      barcode: p.barcode ?? '',
    })),
    analogs: (product?.analogs ?? []).map((a) => ({
      sku: a.sku,
      name: a.name,
      kind: a.kind,
      bidirectional: false,
      note: a.note ?? '',
    })),
  };
}

/** A typed decimal ("1,5", "1 000") as the API's plain string, or null when it is not a number. */
export function decimalText(text: string): string | null {
  const parsed = plainNumberText(text);
  if (!parsed) return null;
  return parsed.negative ? `-${parsed.plain}` : parsed.plain;
}

export type QuantityRuleProblem = 'number' | 'positive' | 'notNegative' | 'scale';

/**
 * The order step and minimum against the unit's decimal places, with the same shared rules the API
 * applies (`rulesProblem` from @wholesail/shared): returns the problem of each field, or null.
 */
export function quantityRuleProblems(
  values: Pick<ProductFormValues, 'orderStep' | 'minOrderQuantity'>,
  unitScale: number,
): { orderStep: QuantityRuleProblem | null; minOrderQuantity: QuantityRuleProblem | null } {
  const step = decimalText(values.orderStep);
  const min = decimalText(values.minOrderQuantity);
  const result = {
    orderStep: null as QuantityRuleProblem | null,
    minOrderQuantity: null as QuantityRuleProblem | null,
  };
  if (step === null) result.orderStep = 'number';
  if (min === null) result.minOrderQuantity = 'number';
  if (step === null || min === null) return result;
  const stepProblem = rulesProblem({ unitScale, step, minQuantity: '0' });
  const minProblem = rulesProblem({ unitScale, step: '1', minQuantity: min });
  if (stepProblem) result.orderStep = stepProblem.includes('decimals') ? 'scale' : 'positive';
  if (minProblem) result.minOrderQuantity = minProblem.includes('decimals') ? 'scale' : 'notNegative';
  return result;
}

export function productInput(values: ProductFormValues): ProductInput {
  return {
    sku: values.sku.trim(),
    name: values.name.trim(),
    summary: values.summary.trim(),
    categoryId: values.categoryId,
    brand: values.brand.trim() || null,
    unitCode: values.unitCode,
    vatRate: values.vatRate,
    active: values.active,
    externalId: values.externalId.trim() || null,
    orderStep: decimalText(values.orderStep),
    minOrderQuantity: decimalText(values.minOrderQuantity),
    barcodes: values.barcodes.map((b) => b.trim()).filter(Boolean),
    // Every definition is sent: an empty value removes it, and row i is definition i (errors name the row).
    attributes: values.attributes.map((a) => ({ code: a.code, value: a.value.trim() || null })),
    packagings: values.packagings.map((p) => ({
      code: p.code.trim(),
      name: p.name.trim(),
      factor: decimalText(p.factor) ?? p.factor,
      barcode: p.barcode.trim() || null,
    })),
    analogs: values.analogs.map((a) => ({
      sku: a.sku,
      kind: a.kind,
      bidirectional: a.bidirectional,
      note: a.note.trim() || null,
    })),
  };
}
