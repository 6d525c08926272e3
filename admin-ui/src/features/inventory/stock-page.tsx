import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconAdjustments, IconSearch } from '@tabler/icons-react';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { StockLevelFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { PAGE_SIZE, Pager } from '../common/pager';
import { useUrlState } from '../common/url-state';
import { StockAdjustModal, type StockTarget } from './stock-adjust-modal';
import { STOCK_LEVELS_QUERY } from './inventory.queries';
import { useWarehouseOptions } from './warehouse-options';

const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** `/inventory/stock`: on hand, reserved and available per product × warehouse; manual corrections with a reason. */
export function StockPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const canAdjust = hasPermission(session, 'MANAGE_STOCK');
  const [state, update] = useUrlState(['sku', 'warehouse'] as const);
  const search = useDebouncedCallback((sku: string) => update({ sku }), 300);
  const warehouses = useWarehouseOptions();
  const [adjusting, setAdjusting] = useState<StockTarget | null | undefined>(undefined);
  const { data, previousData, loading, error } = useQuery(STOCK_LEVELS_QUERY, {
    variables: {
      filter: { sku: state.sku.trim() || null, warehouseId: state.warehouse || null },
      skip: (state.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  if (!hasPermission(session, 'READ_CATALOG') && !canAdjust) return <NoAccess />;
  const page = (data ?? previousData)?.stockLevels;
  const qty = (value: string, level: StockLevelFieldsFragment) =>
    `${format.decimal(value, { maxFractionDigits: level.product.unit.scale })} ${level.product.unit.shortName}`;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('stock.pageTitle')}
        description={t('stock.description')}
        action={
          canAdjust && (
            <Button leftSection={<IconAdjustments size={16} />} onClick={() => setAdjusting(null)}>
              {t('stock.adjust')}
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
          w={260}
          data-testid="stock-search"
        />
        <Select
          label={t('stock.warehouse')}
          placeholder={t('filters.all')}
          data={warehouses}
          value={state.warehouse || null}
          onChange={(value) => update({ warehouse: value })}
          clearable
          w={260}
        />
        {loading && <Loader size="sm" mb={8} />}
      </Group>
      {error && (
        <Alert color="red" title={t('stock.loadFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {page && page.items.length === 0 && <Text c="dimmed">{t('stock.empty')}</Text>}
      {page && page.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing={6} data-testid="stock-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stock.columns.sku')}</Table.Th>
                  <Table.Th>{t('stock.columns.product')}</Table.Th>
                  <Table.Th>{t('stock.columns.warehouse')}</Table.Th>
                  <Table.Th style={NUM}>{t('stock.columns.onHand')}</Table.Th>
                  <Table.Th style={NUM}>{t('stock.columns.reserved')}</Table.Th>
                  <Table.Th style={NUM}>{t('stock.columns.available')}</Table.Th>
                  <Table.Th>{t('stock.columns.updated')}</Table.Th>
                  {canAdjust && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((level) => (
                  <Table.Tr key={`${level.product.id}:${level.warehouse.id}`} data-testid="stock-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" ff="monospace">
                        {level.product.sku}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{level.product.name}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{level.warehouse.name}</Text>
                    </Table.Td>
                    <Table.Td style={NUM} data-testid="on-hand">
                      {qty(level.onHand, level)}
                    </Table.Td>
                    <Table.Td style={NUM} data-testid="reserved">
                      {qty(level.reserved, level)}
                    </Table.Td>
                    <Table.Td style={NUM} data-testid="available">
                      <Text size="sm" fw={600} c={level.available === '0' ? 'red' : undefined}>
                        {qty(level.available, level)}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">{format.dateTime(level.updatedAt)}</Text>
                    </Table.Td>
                    {canAdjust && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() =>
                            setAdjusting({
                              product: level.product,
                              warehouseId: level.warehouse.id,
                              onHand: level.onHand,
                            })
                          }
                        >
                          {t('stock.adjustRow')}
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
      <StockAdjustModal
        opened={adjusting !== undefined}
        target={adjusting ?? null}
        onClose={() => setAdjusting(undefined)}
      />
    </Stack>
  );
}
