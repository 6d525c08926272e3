import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconSearch, IconUpload } from '@tabler/icons-react';
import { formatTiersText, parsePriceText, parseTiersText } from '@wholesail/shared';
import { errorMessage, useFormat, useLanguage } from '@wholesail/shared/web';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { PriceEntryFieldsFragment, PriceEntryFilterInput } from '../../gql/graphql';
import { AgGridReact, type ColDef, type GridApi, type ICellRendererParams, type IDatasource } from '../../grid/ag-grid';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { useCategoryOptions } from '../catalog/category-options';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { useUrlState } from '../common/url-state';
import { PriceImportModal } from './price-import-modal';
import { downloadPriceSheet } from './price-sheet';
import { PRICE_ENTRIES_QUERY, PRICE_TYPES_QUERY, UPSERT_PRICE_ENTRIES_MUTATION } from './pricing.queries';

const BLOCK_SIZE = 100;
/** Export in pages of this size, up to EXPORT_MAX rows (larger loads: the CSV endpoint). */
const EXPORT_PAGE = 500;
const EXPORT_MAX = 50_000;

type Entry = PriceEntryFieldsFragment;
const entryKey = (e: Entry) => `${e.product.id}:${e.priceTypeId}:${e.packagingCode}`;

/** `/pricing/entries`: every product × price type price, edited in place (price and tiers), Excel out and in. */
export function PriceEntriesPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!hasPermission(session, 'READ_PRICES')) return <NoAccess />;
  return (
    <Stack gap="md" h="100%">
      <PageHeader title={t('priceEntries.pageTitle')} description={t('priceEntries.description')} />
      <PriceEntriesGrid canEdit={hasPermission(session, 'MANAGE_PRICES')} />
    </Stack>
  );
}

function PriceEntriesGrid({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { language } = useLanguage();
  const client = useApolloClient();
  const [state, update] = useUrlState(['q', 'type', 'category'] as const);
  const search = useDebouncedCallback((q: string) => update({ q }), 300);
  const categories = useCategoryOptions();
  const types = useQuery(PRICE_TYPES_QUERY);
  const [upsert] = useMutation(UPSERT_PRICE_ENTRIES_MUTATION);
  const [total, setTotal] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const gridApi = useRef<GridApi<Entry> | null>(null);
  // Row problems by entry key: a wrong value typed in, or the API's row error.
  const rowErrors = useRef(new Map<string, string>());

  const filter: PriceEntryFilterInput = useMemo(
    () => ({ search: state.q.trim() || null, priceTypeId: state.type || null, categoryId: state.category || null }),
    [state.q, state.type, state.category],
  );

  const datasource: IDatasource = useMemo(
    () => ({
      getRows: (params) => {
        setFailure(null);
        client
          .query({
            query: PRICE_ENTRIES_QUERY,
            variables: { filter, skip: params.startRow, take: params.endRow - params.startRow },
            fetchPolicy: 'network-only',
          })
          .then(({ data }) => {
            const page = data?.priceEntries;
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

  const showRowError = useCallback((entry: Entry, message: string | null) => {
    if (message) rowErrors.current.set(entryKey(entry), message);
    else rowErrors.current.delete(entryKey(entry));
    const node = gridApi.current?.getRowNode(entryKey(entry));
    if (node) gridApi.current?.refreshCells({ rowNodes: [node], force: true });
  }, []);

  /** Saves one row as it is now (price and tiers), reporting the API's row error on the row. */
  const save = useCallback(
    async (entry: Entry, price: string, tiers: { from: string; price: string }[]) => {
      try {
        const { data } = await upsert({
          variables: {
            input: {
              rows: [
                {
                  sku: entry.product.sku,
                  priceTypeCode: entry.priceTypeCode,
                  packagingCode: entry.packagingCode,
                  price,
                  tiers,
                },
              ],
              options: { allOrNothing: true },
            },
          },
        });
        const problem = data?.upsertPriceEntries.rowErrors[0];
        if (problem) {
          showRowError(entry, problem.field ? `${problem.field}: ${problem.message}` : problem.message);
          return false;
        }
        showRowError(entry, null);
        notifications.show({ color: 'teal', message: t('priceEntries.saved', { sku: entry.product.sku }) });
        return true;
      } catch (e) {
        showRowError(entry, errorMessage(e, t));
        return false;
      }
    },
    [upsert, showRowError, t],
  );

  const columns: ColDef<Entry>[] = useMemo(
    () => [
      {
        colId: 'sku',
        headerName: t('priceEntries.columns.sku'),
        width: 150,
        valueGetter: (p) => p.data?.product.sku,
        cellClass: 'ws-mono',
      },
      {
        colId: 'name',
        headerName: t('priceEntries.columns.name'),
        flex: 2,
        minWidth: 240,
        valueGetter: (p) => p.data?.product.name,
      },
      { field: 'priceTypeCode', headerName: t('priceEntries.columns.type'), width: 130 },
      { field: 'packagingCode', headerName: t('priceEntries.columns.packaging'), width: 110 },
      {
        colId: 'price',
        headerName: t('priceEntries.columns.price'),
        width: 140,
        type: 'rightAligned',
        editable: canEdit,
        valueGetter: (p) => p.data?.price,
        valueFormatter: (p) => (typeof p.value === 'string' ? format.decimal(p.value, { minFractionDigits: 2 }) : ''),
        valueSetter: (p) => {
          const entry = p.data;
          const parsed = parsePriceText(String(p.newValue ?? ''));
          if (!parsed.ok) {
            showRowError(entry, t(`priceEntries.problems.${parsed.problem}`));
            return false;
          }
          if (parsed.value === entry.price) return false;
          const before = entry.price;
          entry.price = parsed.value;
          void save(entry, parsed.value, entry.tiers).then((ok) => {
            if (!ok) {
              entry.price = before;
              gridApi.current?.refreshCells({ force: true });
            }
          });
          return true;
        },
      },
      {
        colId: 'tiers',
        headerName: t('priceEntries.columns.tiers'),
        width: 220,
        editable: canEdit,
        headerTooltip: t('priceEntries.tiersHint'),
        valueGetter: (p) => (p.data ? formatTiersText(p.data.tiers) : ''),
        valueSetter: (p) => {
          const entry = p.data;
          const parsed = parseTiersText(String(p.newValue ?? ''));
          if (!parsed.ok) {
            showRowError(entry, t('priceEntries.problems.tiers', { step: parsed.step }));
            return false;
          }
          const before = entry.tiers;
          entry.tiers = parsed.tiers.map((tier) => ({ __typename: 'PriceTier' as const, ...tier }));
          void save(entry, entry.price, parsed.tiers).then((ok) => {
            if (!ok) {
              entry.tiers = before;
              gridApi.current?.refreshCells({ force: true });
            }
          });
          return true;
        },
      },
      {
        colId: 'updated',
        headerName: t('priceEntries.columns.updated'),
        width: 160,
        valueGetter: (p) => (p.data ? format.dateTime(p.data.updatedAt) : ''),
      },
      {
        colId: 'error',
        headerName: t('priceEntries.columns.problem'),
        flex: 1,
        minWidth: 200,
        cellRenderer: ({ data }: ICellRendererParams<Entry>) => {
          const message = data ? rowErrors.current.get(entryKey(data)) : undefined;
          return message ? (
            <Text size="sm" c="red" data-testid="row-error" title={message} truncate>
              {message}
            </Text>
          ) : null;
        },
      },
    ],
    [t, format, canEdit, save, showRowError],
  );

  const exportSheet = async () => {
    setExporting(true);
    try {
      const all: Entry[] = [];
      for (let skip = 0; skip < EXPORT_MAX; skip += EXPORT_PAGE) {
        const { data } = await client.query({
          query: PRICE_ENTRIES_QUERY,
          variables: { filter, skip, take: EXPORT_PAGE },
          fetchPolicy: 'network-only',
        });
        const page = data?.priceEntries;
        if (!page) break;
        all.push(...page.items);
        if (all.length >= page.totalCount || page.items.length < EXPORT_PAGE) break;
      }
      await downloadPriceSheet(all, language);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('filters.search')}
          placeholder={t('priceEntries.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          defaultValue={state.q}
          onChange={(event) => search(event.currentTarget.value)}
          w={260}
          data-testid="entries-search"
        />
        <Select
          label={t('priceEntries.type')}
          placeholder={t('filters.all')}
          data={(types.data?.priceTypes ?? []).map((pt) => ({ value: pt.id, label: `${pt.code} · ${pt.name}` }))}
          value={state.type || null}
          onChange={(value) => update({ type: value })}
          clearable
          w={220}
        />
        <Select
          label={t('priceEntries.category')}
          placeholder={t('filters.all')}
          data={categories}
          value={state.category || null}
          onChange={(value) => update({ category: value })}
          searchable
          clearable
          w={240}
        />
        {total !== null && (
          <Text size="sm" c="dimmed" mb={8} data-testid="entries-total">
            {t('priceEntries.total', { count: total, formatted: format.integer(total) })}
          </Text>
        )}
        <Group gap="xs" ml="auto">
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            loading={exporting}
            onClick={() => void exportSheet()}
          >
            {t('priceEntries.export')}
          </Button>
          {canEdit && (
            <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setImporting(true)}>
              {t('priceEntries.import')}
            </Button>
          )}
        </Group>
      </Group>
      {canEdit && (
        <Text size="xs" c="dimmed">
          {t('priceEntries.editHint')}
        </Text>
      )}
      {failure !== null && (
        <Alert color="red" title={t('priceEntries.loadFailed')}>
          {errorMessage(failure, t)}
        </Alert>
      )}
      {total === 0 && <Text c="dimmed">{t('priceEntries.empty')}</Text>}
      <Box h="calc(100vh - 300px)" mih={400} data-testid="entries-grid">
        <AgGridReact<Entry>
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={BLOCK_SIZE}
          maxBlocksInCache={20}
          columnDefs={columns}
          getRowId={(p) => entryKey(p.data)}
          defaultColDef={{ sortable: false, resizable: true }}
          singleClickEdit
          stopEditingWhenCellsLoseFocus
          onGridReady={(e) => (gridApi.current = e.api)}
          rowClassRules={{ 'ws-row-error': (p) => Boolean(p.data && rowErrors.current.has(entryKey(p.data))) }}
        />
      </Box>
      <PriceImportModal
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={() => gridApi.current?.purgeInfiniteCache()}
      />
    </>
  );
}
