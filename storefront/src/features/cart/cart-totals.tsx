import { Paper, Stack, Table, Text } from '@mantine/core';
import { useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import type { CartTotalsFieldsFragment } from '../../gql/graphql';

/** Net, VAT per rate and the total with VAT; lines without a price are counted, not summed. */
export function CartTotals({ totals }: { totals: CartTotalsFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (value: string) => format.money(value, totals.currency);
  return (
    <Paper withBorder p="sm" miw={280} data-testid="cart-totals">
      <Stack gap={4}>
        <Table withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {totals.vatBreakdown.map((row) => (
              <Table.Tr key={row.rate ?? 'none'} data-testid="vat-row">
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {row.rate === null
                      ? t('ordering.cart.noVat')
                      : t('ordering.cart.vatRate', { rate: format.decimal(row.rate) })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{money(row.net)}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">+ {money(row.vat)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td>
                <Text size="sm">{t('ordering.cart.net')}</Text>
              </Table.Td>
              <Table.Td ta="right" colSpan={2} data-testid="cart-net">
                <Text size="sm">{money(totals.net)}</Text>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>
                <Text size="sm">{t('ordering.cart.vatTotal')}</Text>
              </Table.Td>
              <Table.Td ta="right" colSpan={2} data-testid="cart-vat">
                <Text size="sm">{money(totals.vat)}</Text>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>
                <Text fw={700}>{t('ordering.cart.total')}</Text>
              </Table.Td>
              <Table.Td ta="right" colSpan={2}>
                <Text fw={700} data-testid="cart-total">
                  {money(totals.amount)}
                </Text>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {totals.unpricedLines > 0 && (
          <Text size="xs" c="orange">
            {t('ordering.cart.unpriced', { n: totals.unpricedLines })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
