import { Stack, Text, Tooltip } from '@mantine/core';
import type { Formatters } from '@wholesail/shared/web';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { ProductPriceFieldsFragment } from '../../gql/graphql';

/** Unit prices have 4 places: shown exactly, at least 2 ("12,50 ₽", "0,1234 ₽"). */
export const UNIT_PRICE = { maxFractionDigits: 4 } as const;

/** "с НДС" / "без НДС": the price column's VAT mode, as the API says it is shown. */
export const vatNote = (t: TFunction, vatIncluded: boolean) =>
  vatIncluded ? t('prices.withVat') : t('prices.withoutVat');

/** "от 100 шт: 91,20 ₽" for each cheaper quantity. Display only: the amounts stay strings. */
export function hintTexts(
  price: Pick<ProductPriceFieldsFragment, 'hints' | 'currency'>,
  unit: string,
  t: TFunction,
  format: Formatters,
): string[] {
  return price.hints.map((h) =>
    t('prices.hint', {
      quantity: `${format.decimal(h.fromQuantity)} ${unit}`,
      price: format.money(h.price, price.currency, UNIT_PRICE),
    }),
  );
}

/**
 * The catalog's price cell: the buyer's personal price with its VAT note; the first quantity tier
 * under it, all of them in the tooltip.
 */
export function PriceCell({
  price,
  unit,
  format,
}: {
  price: ProductPriceFieldsFragment | null;
  unit: string;
  format: Formatters;
}) {
  const { t } = useTranslation();
  if (!price) {
    return (
      <Text size="sm" c="dimmed" data-testid="price-cell" data-price="">
        {t('prices.noPrice')}
      </Text>
    );
  }
  const hints = hintTexts(price, unit, t, format);
  const body = (
    <Stack gap={0} py={4} style={{ lineHeight: 1.25 }} data-testid="price-cell" data-price={price.price}>
      <Text size="sm" fw={600} ta="right" c={price.personal ? 'teal.8' : undefined} data-testid="price-value">
        {format.money(price.price, price.currency, UNIT_PRICE)}
      </Text>
      <Text size="xs" c="dimmed" ta="right" lineClamp={1} data-testid="price-hint">
        {hints[0] ?? vatNote(t, price.vatIncluded)}
      </Text>
    </Stack>
  );
  return (
    <Tooltip
      withinPortal
      multiline
      w={240}
      label={
        <Stack gap={2}>
          <Text size="xs" fw={600}>
            {price.personal ? t('prices.personal') : price.priceTypeName} · {vatNote(t, price.vatIncluded)}
          </Text>
          {hints.length > 0 && <Text size="xs">{t('prices.hintsTitle')}:</Text>}
          {hints.map((h) => (
            <Text size="xs" key={h}>
              {h}
            </Text>
          ))}
        </Stack>
      }
    >
      {body}
    </Tooltip>
  );
}
