import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Box, Button, Group, Image, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPhoto, IconPlus, IconSearch } from '@tabler/icons-react';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { AdminProductFilterInput, ProductRowFieldsFragment } from '../../gql/graphql';
import { AgGridReact, type ColDef, type ICellRendererParams, type IDatasource } from '../../grid/ag-grid';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { useUrlState } from '../common/url-state';
import { BRANDS_QUERY, PRODUCTS_QUERY } from './catalog.queries';
import { useCategoryOptions } from './category-options';

/** Rows per server page (the grid asks for the next block as the person scrolls). */
const BLOCK_SIZE = 100;

/** `/catalog/products`: the whole catalog, paged on the server, filtered by search, category, brand and state. */
export function ProductsPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!hasPermission(session, 'READ_CATALOG')) return <NoAccess />;
  const canEdit = hasPermission(session, 'MANAGE_CATALOG');
  return (
    <Stack gap="md" h="100%">
      <PageHeader
        title={t('products.pageTitle')}
        description={t('products.description')}
        action={
          canEdit && (
            <Button component={Link} to="/catalog/products/new" leftSection={<IconPlus size={16} />}>
              {t('products.create')}
            </Button>
          )
        }
      />
      <ProductsGrid />
    </Stack>
  );
}

function ProductsGrid() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const [state, update] = useUrlState(['q', 'category', 'brand', 'active'] as const);
  const search = useDebouncedCallback((q: string) => update({ q }), 300);
  const categories = useCategoryOptions();
  const brands = useQuery(BRANDS_QUERY);
  const [total, setTotal] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const filter: AdminProductFilterInput = useMemo(
    () => ({
      search: state.q.trim() || null,
      categoryId: state.category || null,
      brandId: state.brand || null,
      active: state.active === 'yes' ? true : state.active === 'no' ? false : null,
    }),
    [state.q, state.category, state.brand, state.active],
  );

  // A new datasource (new filter) makes the grid drop its blocks and start from the top.
  const datasource: IDatasource = useMemo(
    () => ({
      getRows: (params) => {
        setFailure(null);
        client
          .query({
            query: PRODUCTS_QUERY,
            variables: { filter, skip: params.startRow, take: params.endRow - params.startRow },
            fetchPolicy: 'network-only',
          })
          .then(({ data }) => {
            const page = data?.products;
            if (!page) throw new Error('no data');
            setTotal(page.totalCount);
            params.successCallback(page.items, page.totalCount);
          })
          .catch((error: unknown) => {
            setFailure(error);
            params.failCallback();
          });
      },
    }),
    [client, filter],
  );

  const columns: ColDef<ProductRowFieldsFragment>[] = useMemo(
    () => [
      {
        colId: 'image',
        headerName: '',
        width: 56,
        sortable: false,
        cellRenderer: ({ data }: ICellRendererParams<ProductRowFieldsFragment>) =>
          data?.thumbnailUrl ? (
            <Image src={data.thumbnailUrl} alt="" w={28} h={28} fit="contain" mt={4} />
          ) : (
            <Box c="gray.4" mt={6}>
              <IconPhoto size={20} />
            </Box>
          ),
      },
      {
        field: 'sku',
        headerName: t('products.columns.sku'),
        width: 150,
        cellRenderer: ({ data }: ICellRendererParams<ProductRowFieldsFragment>) =>
          data ? (
            <Anchor component={Link} to={`/catalog/products/${data.id}`} size="sm" ff="monospace">
              {data.sku}
            </Anchor>
          ) : null,
      },
      {
        field: 'name',
        headerName: t('products.columns.name'),
        flex: 2,
        minWidth: 260,
        tooltipField: 'summary',
      },
      { field: 'categoryName', headerName: t('products.columns.category'), flex: 1, minWidth: 160 },
      { colId: 'brand', headerName: t('products.columns.brand'), width: 140, valueGetter: (p) => p.data?.brand?.name },
      {
        colId: 'unit',
        headerName: t('products.columns.unit'),
        width: 200,
        valueGetter: (p) => {
          const d = p.data;
          if (!d) return '';
          const packs = d.packagings.map((pk) => `${pk.name} ${format.decimal(pk.factor)}`).join(', ');
          return packs ? `${d.unit.shortName} · ${packs}` : d.unit.shortName;
        },
      },
      {
        colId: 'step',
        headerName: t('products.columns.step'),
        width: 130,
        valueGetter: (p) =>
          p.data ? `${format.decimal(p.data.orderStep)} / ${format.decimal(p.data.minOrderQuantity)}` : '',
      },
      {
        field: 'active',
        headerName: t('products.columns.active'),
        width: 120,
        cellRenderer: ({ data }: ICellRendererParams<ProductRowFieldsFragment>) =>
          data ? (
            <Badge size="sm" variant="light" color={data.active ? 'teal' : 'gray'} tt="none">
              {data.active ? t('catalog.active') : t('catalog.inactive')}
            </Badge>
          ) : null,
      },
    ],
    [t, format],
  );

  return (
    <>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('filters.search')}
          placeholder={t('products.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          defaultValue={state.q}
          onChange={(event) => search(event.currentTarget.value)}
          w={280}
          data-testid="products-search"
        />
        <Select
          label={t('products.category')}
          placeholder={t('filters.all')}
          data={categories}
          value={state.category || null}
          onChange={(value) => update({ category: value })}
          searchable
          clearable
          w={260}
        />
        <Select
          label={t('products.brand')}
          placeholder={t('filters.all')}
          data={(brands.data?.brands ?? []).map((b) => ({ value: b.id, label: b.name }))}
          value={state.brand || null}
          onChange={(value) => update({ brand: value })}
          searchable
          clearable
          w={200}
        />
        <Select
          label={t('filters.status')}
          placeholder={t('filters.all')}
          data={[
            { value: 'yes', label: t('catalog.active') },
            { value: 'no', label: t('catalog.inactive') },
          ]}
          value={state.active || null}
          onChange={(value) => update({ active: value })}
          clearable
          w={160}
        />
        {total !== null && (
          <Text size="sm" c="dimmed" mb={8} data-testid="products-total">
            {t('products.total', { count: total, formatted: format.integer(total) })}
          </Text>
        )}
      </Group>
      {failure !== null && (
        <Alert color="red" title={t('products.loadFailed')}>
          {errorMessage(failure, t)}
        </Alert>
      )}
      {total === 0 && <Text c="dimmed">{t('products.empty')}</Text>}
      <Box h="calc(100vh - 260px)" mih={400} data-testid="products-grid">
        <AgGridReact<ProductRowFieldsFragment>
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={BLOCK_SIZE}
          maxBlocksInCache={20}
          columnDefs={columns}
          getRowId={(p) => p.data.id}
          defaultColDef={{ sortable: false, resizable: true }}
          tooltipShowDelay={400}
        />
      </Box>
    </>
  );
}
