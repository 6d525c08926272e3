import type { CatalogFilterInput, CatalogSortField, CatalogSortInput, SortDirection } from '../../gql/graphql';

/**
 * Everything the catalog screen shows lives in the URL, so a filtered view can be shared, bookmarked
 * or reloaded: `?cat=<id>&brand=<id>&brand=<id>&wh=<id>&stock=1&q=<text>&a.<attributeId>=<valueId>
 * &sort=sku.desc&product=<id>`. Keys with no value are left out; the order of repeated keys is kept.
 */
export interface CatalogState {
  categoryId: string | null;
  brandIds: string[];
  warehouseIds: string[];
  inStock: boolean;
  search: string;
  /** Attribute id → selected value ids. */
  attributes: Record<string, string[]>;
  sort: CatalogSortInput | null;
  /** The product whose card is open (a deep link to it). */
  productId: string | null;
}

const SORT_FIELDS: readonly CatalogSortField[] = ['NAME', 'SKU', 'BRAND', 'AVAILABILITY'];
const ATTRIBUTE_PREFIX = 'a.';

export function parseCatalogState(params: URLSearchParams): CatalogState {
  const attributes: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (key.startsWith(ATTRIBUTE_PREFIX) && value) {
      const id = key.slice(ATTRIBUTE_PREFIX.length);
      (attributes[id] ??= []).push(value);
    }
  }
  return {
    categoryId: params.get('cat') || null,
    brandIds: params.getAll('brand').filter(Boolean),
    warehouseIds: params.getAll('wh').filter(Boolean),
    inStock: params.get('stock') === '1',
    search: params.get('q')?.trim() ?? '',
    attributes,
    sort: parseSort(params.get('sort')),
    productId: params.get('product') || null,
  };
}

function parseSort(value: string | null): CatalogSortInput | null {
  if (!value) return null;
  const [field, direction] = value.toUpperCase().split('.');
  const known = SORT_FIELDS.find((f) => f === field);
  if (!known) return null;
  return { field: known, direction: (direction === 'DESC' ? 'DESC' : 'ASC') satisfies SortDirection };
}

export function serializeCatalogState(state: CatalogState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.categoryId) params.set('cat', state.categoryId);
  if (state.search) params.set('q', state.search);
  for (const id of state.brandIds) params.append('brand', id);
  for (const id of state.warehouseIds) params.append('wh', id);
  if (state.inStock) params.set('stock', '1');
  for (const [attributeId, valueIds] of Object.entries(state.attributes)) {
    for (const valueId of valueIds) params.append(`${ATTRIBUTE_PREFIX}${attributeId}`, valueId);
  }
  if (state.sort) params.set('sort', `${state.sort.field}.${state.sort.direction}`.toLowerCase());
  if (state.productId) params.set('product', state.productId);
  return params;
}

/** The API filter for the state (the open card and the sort are not part of it). */
export function catalogFilter(state: CatalogState): CatalogFilterInput {
  const attributes = Object.entries(state.attributes)
    .filter(([, valueIds]) => valueIds.length > 0)
    .map(([attributeId, valueIds]) => ({ attributeId, valueIds }));
  return {
    ...(state.categoryId ? { categoryId: state.categoryId } : {}),
    ...(state.search ? { search: state.search } : {}),
    ...(state.brandIds.length ? { brandIds: state.brandIds } : {}),
    ...(state.warehouseIds.length ? { warehouseIds: state.warehouseIds } : {}),
    ...(state.inStock ? { inStock: true } : {}),
    ...(attributes.length ? { attributes } : {}),
  };
}

/** Adds or removes one value of a multi-choice list. */
export function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? (list.includes(value) ? list : [...list, value]) : list.filter((v) => v !== value);
}

/** Whether any facet or search narrows the list (the category alone does not count). */
export function hasFacetFilters(state: CatalogState): boolean {
  return (
    state.brandIds.length > 0 ||
    state.warehouseIds.length > 0 ||
    state.inStock ||
    state.search !== '' ||
    Object.values(state.attributes).some((v) => v.length > 0)
  );
}
