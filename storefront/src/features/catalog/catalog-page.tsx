import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Divider, Drawer, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDiscount, IconFilter, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { errorMessage, PageTitle, useFormat } from '@wholesail/shared/web';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CatalogSortInput } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { PRICE_COLUMN } from '../prices/price-column';
import type { RequestLineDraft } from '../prices/special-price-input';
import { SpecialPriceModal } from '../prices/special-price-modal';
import { type ReservableProduct, ReserveModal } from '../reservations/reserve-modal';
import { AddAllBar } from '../cart/add-all-bar';
import { QuantityDrafts } from '../cart/quantity-drafts';
import { CATALOG_COLUMNS, type CatalogColumnContext, type CatalogRow, insertColumns } from './catalog-columns';
import { CatalogTable, type CatalogTableHandle } from './catalog-table';
import { catalogFilter, hasFacetFilters } from './catalog-url-state';
import { CATALOG_FACETS_QUERY, CATALOG_TREE_QUERY } from './catalog.queries';
import { CategoryTree } from './category-tree';
import { ColumnChooser } from './column-chooser';
import { FacetsPanel } from './facets-panel';
import { type CardSection, ProductDrawer, type ProductCardData } from './product-drawer';
import { quantityColumn } from './quantity-column';
import { SearchBox } from './search-box';
import { useHiddenColumns } from './use-column-choice';
import { useCatalogState } from './use-catalog-state';

/** The table's columns: the catalog's own with the buyer's price before availability. */
const COLUMNS = insertColumns(CATALOG_COLUMNS, [PRICE_COLUMN], 'availability');

/** A special-price request line for a product, starting at its minimum quantity and current price. */
function requestLine(product: CatalogRow | ProductCardData): RequestLineDraft {
  return {
    productId: product.id,
    sku: product.sku,
    name: product.name,
    unit: product.unit.shortName,
    currentPrice: product.price?.price ?? null,
    currency: product.price?.currency ?? null,
    quantity: product.quantityRules.minQuantity,
    targetPrice: '',
  };
}

/**
 * The buyer's catalog: the category tree and facet filters on the side, instant search above, the
 * server-paged table in the middle, the product card in a drawer. Everything is in the URL.
 */
export function CatalogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const canReserve = hasPermission(session, 'PLACE_ORDERS');
  const canRequestPrice = hasPermission(session, 'REQUEST_PRICES');
  const [selected, setSelected] = useState<CatalogRow[]>([]);
  const [requesting, setRequesting] = useState<RequestLineDraft[] | null>(null);
  const [state, update] = useCatalogState();
  const [hidden, setHidden] = useHiddenColumns();
  const [section, setSection] = useState<CardSection>('stock');
  const [reserving, setReserving] = useState<ReservableProduct | null>(null);
  const [loaded, setLoaded] = useState<{ totalCount: number } | { error: unknown } | null>(null);
  const table = useRef<CatalogTableHandle>(null);
  // Table entry: quantities typed in rows, added all at once (buyers who may order).
  const [drafts] = useState(() => new QuantityDrafts());
  const columns = useMemo(
    () => (canReserve ? insertColumns(COLUMNS, [quantityColumn(drafts)], 'actions') : COLUMNS),
    [canReserve, drafts],
  );
  // Narrow screens: the tree and filters move into a drawer behind a button.
  const wide = useMediaQuery('(min-width: 62em)', true);
  const [filtersOpened, setFiltersOpened] = useState(false);

  const filterKey = JSON.stringify(catalogFilter(state));
  const filter = useMemo(() => JSON.parse(filterKey) as ReturnType<typeof catalogFilter>, [filterKey]);

  const tree = useQuery(CATALOG_TREE_QUERY);
  const facets = useQuery(CATALOG_FACETS_QUERY, { variables: { filter } });
  const facetData = (facets.data ?? facets.previousData)?.catalogFacets;
  const category = tree.data?.categories.find((c) => c.id === state.categoryId);

  const openCard = useCallback(
    (productId: string, cardSection: CardSection = 'stock') => {
      setSection(cardSection);
      update({ productId });
    },
    [update],
  );
  const context = useMemo<CatalogColumnContext>(
    () => ({ t, format, canReserve, openCard, reserve: setReserving }),
    [t, format, canReserve, openCard],
  );
  const onSortChange = useCallback((sort: CatalogSortInput | null) => update({ sort }, { replace: true }), [update]);
  const onLoaded = useCallback((result: { totalCount: number } | { error: unknown }) => setLoaded(result), []);

  const totalCount = loaded && 'totalCount' in loaded ? loaded.totalCount : null;
  const loadError = loaded && 'error' in loaded ? loaded.error : null;
  const resetFilters = () => update({ brandIds: [], warehouseIds: [], inStock: false, search: '', attributes: {} });

  const side = (
    <Stack gap="md">
      {tree.error ? (
        <Alert color="red">{errorMessage(tree.error, t)}</Alert>
      ) : (
        <CategoryTree
          categories={tree.data?.categories}
          selectedId={state.categoryId}
          onSelect={(categoryId) => update({ categoryId, attributes: {} })}
        />
      )}
      <Divider />
      {facets.error && !facetData ? (
        <Alert color="red">{errorMessage(facets.error, t)}</Alert>
      ) : (
        <FacetsPanel facets={facetData} loading={facets.loading} state={state} onChange={(change) => update(change)} />
      )}
    </Stack>
  );

  return (
    <Group align="stretch" gap="md" wrap="nowrap" h="calc(100dvh - var(--app-shell-header-height, 60px) - 48px)">
      <PageTitle title={category?.name ?? t('nav.catalog')} />
      {wide ? (
        <Paper withBorder p="xs" w={260} miw={220} style={{ overflowY: 'auto' }} data-testid="catalog-side">
          {side}
        </Paper>
      ) : (
        <Drawer
          opened={filtersOpened}
          onClose={() => setFiltersOpened(false)}
          title={t('catalog.facets.title')}
          size="sm"
          data-testid="catalog-side"
        >
          {side}
        </Drawer>
      )}

      <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Box style={{ minWidth: 0 }}>
            <Title order={1} size="h3" data-testid="catalog-title" lineClamp={1}>
              {category?.name ?? t('catalog.title')}
            </Title>
            <Text size="sm" c="dimmed" data-testid="catalog-count">
              {totalCount === null ? '\u00a0' : t('catalog.count', { n: format.integer(totalCount) })}
            </Text>
          </Box>
          <Group gap="xs" wrap="nowrap" style={{ flex: 1, maxWidth: 620 }}>
            <SearchBox
              key={state.search}
              value={state.search}
              onSearch={(search) => update({ search })}
              onPick={(productId) => openCard(productId)}
            />
            {hasFacetFilters(state) && (
              <Button
                variant="subtle"
                leftSection={<IconFilterOff size={16} />}
                onClick={resetFilters}
                style={{ flexShrink: 0 }}
                data-testid="reset-filters"
              >
                {t('catalog.reset')}
              </Button>
            )}
            {!wide && (
              <Button
                variant="default"
                leftSection={<IconFilter size={16} />}
                onClick={() => setFiltersOpened(true)}
                style={{ flexShrink: 0 }}
              >
                {t('catalog.facets.title')}
              </Button>
            )}
            {canRequestPrice && selected.length > 0 && (
              <Button
                variant="light"
                leftSection={<IconDiscount size={16} />}
                onClick={() => setRequesting(selected.map(requestLine))}
                style={{ flexShrink: 0 }}
                data-testid="request-selected"
              >
                {t('prices.request.fromSelection', { count: selected.length })}
              </Button>
            )}
            <ColumnChooser columns={columns} hidden={hidden} onChange={setHidden} />
          </Group>
        </Group>

        {canReserve && <AddAllBar drafts={drafts} />}

        {loadError !== null && (
          <Alert color="red" title={t('catalog.loadFailed')} data-testid="catalog-error" withCloseButton={false}>
            <Group justify="space-between">
              <Text size="sm">{errorMessage(loadError, t)}</Text>
              <Button size="xs" variant="light" color="red" onClick={() => table.current?.refresh()}>
                {t('catalog.retry')}
              </Button>
            </Group>
          </Alert>
        )}

        <Box style={{ flex: 1, minHeight: 300, position: 'relative' }}>
          <CatalogTable
            ref={table}
            columns={columns}
            context={context}
            hidden={hidden}
            filter={filter}
            sort={state.sort}
            onSortChange={onSortChange}
            onLoaded={onLoaded}
            onSelectionChanged={canRequestPrice ? setSelected : undefined}
          />
          {totalCount === 0 && (
            <Box
              pos="absolute"
              top={40}
              left={0}
              right={0}
              style={{ pointerEvents: 'auto', background: 'var(--mantine-color-body)' }}
            >
              <EmptyState
                mt="xl"
                icon={<IconSearch />}
                title={t('catalog.empty.title')}
                description={t('catalog.empty.text')}
                data-testid="catalog-empty"
              >
                {hasFacetFilters(state) && (
                  <EmptyState.Actions>
                    <Button variant="light" onClick={resetFilters}>
                      {t('catalog.reset')}
                    </Button>
                  </EmptyState.Actions>
                )}
              </EmptyState>
            </Box>
          )}
        </Box>
      </Stack>

      <ProductDrawer
        productId={state.productId}
        section={section}
        onSection={setSection}
        onClose={() => update({ productId: null })}
        onOpenProduct={(productId) => openCard(productId)}
        canReserve={canReserve}
        onReserve={setReserving}
        canRequestPrice={canRequestPrice}
        onRequestPrice={(product) => setRequesting([requestLine(product)])}
      />
      <SpecialPriceModal
        lines={requesting}
        onClose={() => setRequesting(null)}
        onSent={() => {
          table.current?.clearSelection();
          setSelected([]);
        }}
      />
      <ReserveModal
        product={reserving}
        onClose={() => setReserving(null)}
        onReserved={() => table.current?.refresh()}
      />
    </Group>
  );
}
