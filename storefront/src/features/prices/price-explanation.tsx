import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useFormat } from '@wholesail/shared/web';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { PriceExplanationFieldsFragment, ProductPriceFieldsFragment } from '../../gql/graphql';
import { UNIT_PRICE, vatNote } from './price-cell';

type Step = PriceExplanationFieldsFragment['steps'][number];

/** A step's text: the rule's public label, or our own words for a generic one. */
function stepText(step: Step, t: TFunction): string {
  if (!step.generic) return step.label;
  if (step.kind === 'SPECIAL_PRICE') return t('prices.why.special');
  const key = step.kind === 'DISCOUNT' ? 'prices.why.discount' : 'prices.why.markup';
  return step.percent === null || step.percent === undefined ? step.label : t(key, { percent: step.percent });
}

/** One whole package's price (a box of 200), from the card. */
export interface PackagePrice {
  name: string;
  factor: string;
  price: string;
  unitPrice: string;
  currency: string;
}

interface PriceExplanationCardProps {
  price: ProductPriceFieldsFragment | null;
  explanation: PriceExplanationFieldsFragment | null;
  packages: PackagePrice[];
  unit: string;
  canRequest: boolean;
  onRequest: () => void;
}

/**
 * The card's "Why this price": the price column it starts from with its price, each discount that
 * applies (never the seller's internal rules), the final price, and cheaper prices from higher quantities.
 */
export function PriceExplanationCard({
  price,
  explanation,
  packages,
  unit,
  canRequest,
  onRequest,
}: PriceExplanationCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const currency = explanation?.currency ?? price?.currency ?? 'RUB';
  const money = (amount: string) => format.money(amount, currency, UNIT_PRICE);
  const hints = explanation?.hints ?? price?.hints ?? [];

  return (
    <Paper withBorder p="sm" radius="sm" data-testid="price-explanation">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0}>
            <Title order={3} size="h6">
              {t('prices.why.title')}
            </Title>
            {price && (
              <Group gap="xs" align="baseline">
                <Text size="xl" fw={700} data-testid="card-price">
                  {money(price.price)}
                </Text>
                <Text size="sm" c="dimmed">
                  {vatNote(t, price.vatIncluded)}
                </Text>
                {price.personal && (
                  <Badge variant="light" color="teal" size="sm">
                    {t('prices.personal')}
                  </Badge>
                )}
              </Group>
            )}
          </Stack>
          {canRequest && (
            <Button size="xs" variant="light" onClick={onRequest} data-testid="card-request-price">
              {t('prices.request.fromCard')}
            </Button>
          )}
        </Group>

        {!explanation || explanation.finalPrice === null || explanation.finalPrice === undefined ? (
          <Text size="sm" c="dimmed" data-testid="price-explanation-none">
            {t('prices.why.noPrice')}
          </Text>
        ) : (
          <Table fz="sm" withRowBorders={false} verticalSpacing={2} data-testid="price-steps">
            <Table.Tbody>
              <Table.Tr data-testid="price-step-base">
                <Table.Td>
                  {explanation.basePrice === null || explanation.basePrice === undefined
                    ? t('prices.why.personal')
                    : explanation.priceTypeName}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {explanation.basePrice ? money(explanation.basePrice) : ''}
                </Table.Td>
              </Table.Tr>
              {explanation.steps.map((step, i) => (
                <Table.Tr key={i} data-testid="price-step">
                  <Table.Td>
                    <Text span size="sm" c={step.kind === 'MARKUP' ? 'orange.8' : 'teal.8'} aria-hidden>
                      {step.kind === 'SPECIAL_PRICE' ? '★ ' : '• '}
                    </Text>
                    {stepText(step, t)}
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
              ))}
              {explanation.steps.length === 0 && explanation.basePrice && (
                <Table.Tr>
                  <Table.Td colSpan={2}>
                    <Text size="xs" c="dimmed">
                      {t('prices.why.noSteps', { type: explanation.priceTypeName })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              <Table.Tr
                data-testid="price-step-final"
                style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
              >
                <Table.Td fw={600}>
                  {t('prices.why.final')}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t('prices.why.quantity', { quantity: `${format.decimal(explanation.quantity)} ${unit}` })},{' '}
                    {vatNote(t, explanation.vatIncluded)})
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {money(explanation.finalPrice)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}

        {hints.length > 0 && (
          <Stack gap={2}>
            <Text size="xs" fw={600}>
              {t('prices.why.tiers')}
            </Text>
            <Table fz="sm" withRowBorders={false} verticalSpacing={2} data-testid="price-tiers">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('prices.why.fromQuantity')}</Table.Th>
                  <Table.Th ta="right">{t('prices.why.unitPrice', { unit })}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hints.map((h) => (
                  <Table.Tr key={h.fromQuantity} data-testid="price-tier">
                    <Table.Td>
                      {format.decimal(h.fromQuantity)} {unit}
                    </Table.Td>
                    <Table.Td ta="right">{money(h.price)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}

        {packages.length > 0 && (
          <Stack gap={2}>
            <Text size="xs" fw={600}>
              {t('prices.packaging')}
            </Text>
            <Table fz="sm" withRowBorders={false} verticalSpacing={2} data-testid="package-prices">
              <Table.Tbody>
                {packages.map((p) => (
                  <Table.Tr key={p.name} data-testid="package-price">
                    <Table.Td>
                      {p.name} ({format.decimal(p.factor)} {unit})
                    </Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {format.money(p.price, p.currency, UNIT_PRICE)}
                    </Table.Td>
                    <Table.Td ta="right" c="dimmed">
                      {t('prices.perUnit', { price: format.money(p.unitPrice, p.currency, UNIT_PRICE), unit })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
