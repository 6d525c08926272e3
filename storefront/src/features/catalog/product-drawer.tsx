import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Drawer,
  Group,
  Image,
  Loader,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import type { CatalogProductCardQuery } from '../../gql/graphql';
import { PriceExplanationCard } from '../prices/price-explanation';
import { isPositive, WarehouseStockTable } from './availability';
import { CATALOG_PRODUCT_QUERY } from './catalog.queries';

export type ProductCardData = CatalogProductCardQuery['catalogProduct'];
export type CardSection = 'stock' | 'attributes' | 'packaging' | 'analogs';

interface ProductDrawerProps {
  productId: string | null;
  section: CardSection;
  onSection: (section: CardSection) => void;
  onClose: () => void;
  onOpenProduct: (productId: string) => void;
  canReserve: boolean;
  onReserve: (product: ProductCardData) => void;
  /** Whether the person may ask for special prices (REQUEST_PRICES); the API checks it again. */
  canRequestPrice: boolean;
  onRequestPrice: (product: ProductCardData) => void;
}

/** The product card (deep link: `/catalog?product=<id>`): attributes, packaging, analogs, stock and incoming. */
export function ProductDrawer({
  productId,
  section,
  onSection,
  onClose,
  onOpenProduct,
  canReserve,
  onReserve,
  canRequestPrice,
  onRequestPrice,
}: ProductDrawerProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CATALOG_PRODUCT_QUERY, {
    variables: { id: productId ?? '' },
    skip: !productId,
    fetchPolicy: 'cache-and-network',
  });
  const product = data?.catalogProduct.id === productId ? data?.catalogProduct : undefined;

  return (
    <Drawer
      opened={productId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      closeButtonProps={{ 'aria-label': t('catalog.card.close') }}
      title={product ? <Text ff="monospace">{product.sku}</Text> : t('catalog.card.title')}
      data-testid="product-card"
    >
      {loading && !product && <Loader />}
      {error && !product && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {product && (
        <ProductCard
          product={product}
          section={section}
          onSection={onSection}
          onOpenProduct={onOpenProduct}
          canReserve={canReserve}
          onReserve={onReserve}
          canRequestPrice={canRequestPrice}
          onRequestPrice={onRequestPrice}
        />
      )}
    </Drawer>
  );
}

function ProductCard({
  product,
  section,
  onSection,
  onOpenProduct,
  canReserve,
  onReserve,
  canRequestPrice,
  onRequestPrice,
}: Omit<ProductDrawerProps, 'productId' | 'onClose'> & { product: ProductCardData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const unit = product.unit.shortName;
  const inStock = isPositive(product.availability.total);

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={4}>
        {product.breadcrumbs.map((c) => (
          <Text key={c.id} size="xs" c="dimmed">
            {c.name}
          </Text>
        ))}
      </Breadcrumbs>
      <Group align="flex-start" wrap="nowrap" gap="md">
        {product.imageUrl && <Image src={product.imageUrl} alt="" w={160} h={160} fit="contain" radius="sm" />}
        <Stack gap={6} style={{ flex: 1 }}>
          <Title order={2} size="h4" data-testid="card-name">
            {product.name}
          </Title>
          <Text size="sm" c="dimmed">
            {product.summary}
          </Text>
          <Group gap="xs">
            {product.brand && <Badge variant="outline">{product.brand.name}</Badge>}
            <Badge variant="light" color={inStock ? 'green' : 'gray'} data-testid="card-total">
              {inStock
                ? t('catalog.card.available', { quantity: `${format.decimal(product.availability.total)} ${unit}` })
                : t('catalog.stock.outOfStock')}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {t('catalog.card.rules', {
              unit: product.unit.name,
              step: `${format.decimal(product.quantityRules.step)} ${unit}`,
              min: `${format.decimal(product.quantityRules.minQuantity)} ${unit}`,
            })}
          </Text>
          {canReserve && inStock && (
            <Group>
              <Button size="xs" onClick={() => onReserve(product)} data-testid="card-reserve">
                {t('catalog.reserve')}
              </Button>
            </Group>
          )}
        </Stack>
      </Group>

      <PriceExplanationCard
        price={product.price ?? null}
        explanation={product.priceExplanation ?? null}
        packages={product.packagingPrices.flatMap((pp) => {
          const packaging = product.packagings.find((p) => p.code === pp.code);
          return packaging ? [{ ...pp, name: packaging.name, factor: packaging.factor }] : [];
        })}
        unit={unit}
        canRequest={canRequestPrice}
        onRequest={() => onRequestPrice(product)}
      />

      <Tabs value={section} onChange={(value) => value && onSection(value as CardSection)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="stock">{t('catalog.card.stock')}</Tabs.Tab>
          <Tabs.Tab value="attributes">{t('catalog.card.attributes')}</Tabs.Tab>
          <Tabs.Tab value="packaging">{t('catalog.card.packaging')}</Tabs.Tab>
          <Tabs.Tab value="analogs">
            {t('catalog.card.analogs')} ({product.analogs.length})
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="stock" pt="sm">
          <Stack gap="md">
            <WarehouseStockTable availability={product.availability} unit={unit} />
            <Title order={3} size="h6">
              {t('catalog.card.incoming')}
            </Title>
            {product.incoming.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('catalog.card.noIncoming')}
              </Text>
            ) : (
              <Table fz="sm" data-testid="card-incoming">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('catalog.card.expected')}</Table.Th>
                    <Table.Th>{t('catalog.stock.warehouse')}</Table.Th>
                    <Table.Th ta="right">{t('catalog.card.quantity')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {product.incoming.map((supply, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{format.day(supply.expectedDate)}</Table.Td>
                      <Table.Td>{supply.warehouse.name}</Table.Td>
                      <Table.Td ta="right">
                        {format.decimal(supply.quantity)} {unit}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="attributes" pt="sm">
          <Table fz="sm" data-testid="card-attributes">
            <Table.Tbody>
              {product.attributes.map((a) => (
                <Table.Tr key={a.attribute.id}>
                  <Table.Td c="dimmed" w="45%">
                    {a.attribute.name}
                  </Table.Td>
                  <Table.Td>{a.display}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td c="dimmed">{t('catalog.card.barcodes')}</Table.Td>
                <Table.Td ff="monospace">{product.barcodes.join(', ') || '—'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td c="dimmed">{t('catalog.card.vat')}</Table.Td>
                <Table.Td>
                  {product.vatRate === null ? t('catalog.card.noVat') : `${format.decimal(product.vatRate)} %`}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Tabs.Panel>

        <Tabs.Panel value="packaging" pt="sm">
          <Table fz="sm" data-testid="card-packaging">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('catalog.card.package')}</Table.Th>
                <Table.Th ta="right">{t('catalog.card.factor', { unit })}</Table.Th>
                <Table.Th>{t('catalog.card.barcode')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>{product.unit.name}</Table.Td>
                <Table.Td ta="right">1</Table.Td>
                <Table.Td>—</Table.Td>
              </Table.Tr>
              {product.packagings.map((p) => (
                <Table.Tr key={p.code}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td ta="right">{format.decimal(p.factor)}</Table.Td>
                  <Table.Td ff="monospace">{p.barcode ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Tabs.Panel>

        <Tabs.Panel value="analogs" pt="sm">
          {product.analogs.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('catalog.card.noAnalogs')}
            </Text>
          ) : (
            <Table fz="sm" data-testid="card-analogs">
              <Table.Tbody>
                {product.analogs.map((a) => (
                  <Table.Tr key={a.product.id}>
                    <Table.Td>
                      <Anchor component="button" type="button" size="sm" onClick={() => onOpenProduct(a.product.id)}>
                        <Text span ff="monospace" size="sm">
                          {a.product.sku}
                        </Text>{' '}
                        {a.product.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {a.note ?? a.product.summary}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={a.kind === 'FULL' ? 'blue' : 'gray'}>
                        {t(`catalog.card.analogKind.${a.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {isPositive(a.product.availability.total)
                        ? `${format.decimal(a.product.availability.total)} ${a.product.unit.shortName}`
                        : t('catalog.stock.outOfStock')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
