import { Badge, Group, Popover, Table, Text, UnstyledButton } from '@mantine/core';
import { Qty } from '@wholesail/shared';
import { useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import type { AvailabilityFieldsFragment } from '../../gql/graphql';

export const isPositive = (value: string): boolean => new Qty(value).gt(0);

/** Stock at each warehouse with the next supply: in the table's popover and in the card. */
export function WarehouseStockTable({
  availability,
  unit,
}: {
  availability: AvailabilityFieldsFragment;
  unit: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (availability.byWarehouse.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('catalog.stock.none')}
      </Text>
    );
  }
  return (
    <Table data-testid="warehouse-stock" withRowBorders={false} verticalSpacing={4} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('catalog.stock.warehouse')}</Table.Th>
          <Table.Th ta="right">{t('catalog.stock.available')}</Table.Th>
          <Table.Th>{t('catalog.stock.incoming')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {availability.byWarehouse.map((row) => (
          <Table.Tr key={row.warehouseId} data-testid="warehouse-stock-row">
            <Table.Td>
              <Text size="sm">{row.warehouse.name}</Text>
              <Text size="xs" c="dimmed">
                {row.warehouse.city}
              </Text>
            </Table.Td>
            <Table.Td ta="right" c={isPositive(row.available) ? undefined : 'dimmed'}>
              {format.decimal(row.available)} {unit}
            </Table.Td>
            <Table.Td>
              {row.nextIncoming
                ? t('catalog.stock.incomingOn', {
                    quantity: `${format.decimal(row.nextIncoming.quantity)} ${unit}`,
                    date: format.day(row.nextIncoming.date),
                  })
                : '—'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The table's availability cell: the total, and a click opens the per-warehouse breakdown. */
export function AvailabilityCell({
  availability,
  unit,
  sku,
}: {
  availability: AvailabilityFieldsFragment;
  unit: string;
  sku: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const inStock = isPositive(availability.total);
  return (
    <Popover position="left-start" shadow="md" withArrow width={380} withinPortal>
      <Popover.Target>
        <UnstyledButton
          data-testid="availability"
          title={t('catalog.stock.breakdownOf', { sku })}
          style={{ width: '100%', height: '100%' }}
        >
          <Group gap={6} wrap="nowrap" h="100%">
            <Badge variant="light" color={inStock ? 'green' : 'gray'} radius="sm" tt="none">
              {inStock ? `${format.decimal(availability.total)} ${unit}` : t('catalog.stock.outOfStock')}
            </Badge>
            {availability.nextIncomingDate && (
              <Text size="xs" c="dimmed" truncate>
                {t('catalog.stock.nextIncoming', { date: format.day(availability.nextIncomingDate) })}
              </Text>
            )}
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown data-testid="availability-popover">
        <Text fw={600} size="sm" mb={4}>
          {t('catalog.stock.byWarehouse')}
        </Text>
        <WarehouseStockTable availability={availability} unit={unit} />
      </Popover.Dropdown>
    </Popover>
  );
}
