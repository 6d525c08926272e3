import { useLazyQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCalculator, IconPlus, IconTrash } from '@tabler/icons-react';
import { parseQuantityText, wallTimeToIso } from '@wholesail/shared';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { PriceStepOutcome, SimulatePricesQuery } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { ProductPicker, type PickedProduct } from '../inventory/product-picker';
import { useWarehouseOptions } from '../inventory/warehouse-options';
import { ClientSelect, NO_CLIENT, type ClientChoice } from './client-select';
import { SIMULATE_PRICES_QUERY } from './pricing.queries';
import { browserZone } from './rule-form-values';

interface Line {
  key: number;
  product: PickedProduct | null;
  quantity: string;
}

const OUTCOME_COLOR: Record<PriceStepOutcome, string> = {
  APPLIED: 'teal',
  SWITCHED_BASE: 'indigo',
  NOT_BEST: 'orange',
  SKIPPED: 'gray',
};
const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

type SimLine = SimulatePricesQuery['simulatePrices']['lines'][number];

/** `/pricing/simulator`: a client's prices as the catalog computes them, with every rule considered. */
export function SimulatorPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const warehouses = useWarehouseOptions();
  const [client, setClient] = useState<ClientChoice>(NO_CLIENT);
  const [lines, setLines] = useState<Line[]>([{ key: 1, product: null, quantity: '1' }]);
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const [at, setAt] = useState('');
  const [orderAmount, setOrderAmount] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [simulate, { data, loading, error }] = useLazyQuery(SIMULATE_PRICES_QUERY, { fetchPolicy: 'network-only' });
  if (!hasPermission(session, 'READ_PRICES')) return <NoAccess />;

  const run = () => {
    setProblem(null);
    if (!client.company) return setProblem(t('simulator.pickClient'));
    const chosen = lines.filter((l) => l.product);
    if (!chosen.length) return setProblem(t('simulator.pickProducts'));
    const parsed = chosen.map((l) => ({ line: l, q: parseQuantityText(l.quantity) }));
    const bad = parsed.find((p) => !p.q.ok);
    if (bad) return setProblem(t('simulator.badQuantity', { sku: bad.line.product?.sku }));
    void simulate({
      variables: {
        input: {
          contractId: client.contractId,
          legalEntityId: client.contractId ? null : client.legalEntityId,
          companyId: client.contractId || client.legalEntityId ? null : client.company.value,
          at: at ? wallTimeToIso(at, browserZone()) : null,
          orderAmount: orderAmount.trim().replace(/\s/g, '').replace(',', '.') || null,
          lines: parsed.map(({ line, q }) => ({
            productId: line.product!.id,
            quantity: q.ok ? q.value : '1',
            warehouseId,
          })),
        },
      },
    });
  };

  const result = data?.simulatePrices;
  return (
    <Stack gap="md">
      <PageHeader title={t('simulator.pageTitle')} description={t('simulator.description')} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <ClientSelect value={client} onChange={setClient} />
          {lines.map((line, i) => (
            <Group key={line.key} gap="sm" align="flex-end">
              <div style={{ flex: 1, maxWidth: 480 }}>
                <ProductPicker
                  label={t('simulator.product')}
                  value={line.product}
                  onChange={(product) => setLines((ls) => ls.map((l) => (l.key === line.key ? { ...l, product } : l)))}
                  testId={`sim-product-${i}`}
                />
              </div>
              <TextInput
                label={t('simulator.quantity')}
                value={line.quantity}
                onChange={(e) => {
                  const quantity = e.currentTarget.value;
                  setLines((ls) => ls.map((l) => (l.key === line.key ? { ...l, quantity } : l)));
                }}
                w={120}
                data-testid={`sim-quantity-${i}`}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mb={4}
                aria-label={t('actions.delete')}
                disabled={lines.length === 1}
                onClick={() => setLines((ls) => ls.filter((l) => l.key !== line.key))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group gap="sm" align="flex-end">
            <Button
              variant="subtle"
              leftSection={<IconPlus size={16} />}
              onClick={() => setLines((ls) => [...ls, { key: Date.now(), product: null, quantity: '1' }])}
            >
              {t('simulator.addLine')}
            </Button>
          </Group>
          <Group gap="sm" align="flex-end">
            <Select
              label={t('simulator.warehouse')}
              placeholder={t('simulator.anyWarehouse')}
              data={warehouses}
              value={warehouseId}
              onChange={setWarehouseId}
              clearable
              w={260}
            />
            <TextInput
              type="datetime-local"
              label={t('simulator.at', { zone: browserZone() })}
              value={at}
              onChange={(e) => setAt(e.currentTarget.value)}
              w={240}
            />
            <TextInput
              label={t('simulator.orderAmount')}
              value={orderAmount}
              onChange={(e) => setOrderAmount(e.currentTarget.value)}
              w={180}
            />
            <Button leftSection={<IconCalculator size={16} />} onClick={run} loading={loading} data-testid="sim-run">
              {t('simulator.run')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {problem && <Alert color="yellow">{problem}</Alert>}
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {result && (
        <Stack gap="xs" data-testid="sim-result">
          <Text size="sm" c="dimmed">
            {t('simulator.resultFor', {
              at: format.dateTime(result.at),
              type: result.basePriceType ? `${result.basePriceType.code} · ${result.basePriceType.name}` : '—',
            })}
          </Text>
          <Table.ScrollContainer minWidth={1000}>
            <Table verticalSpacing={6} withTableBorder data-testid="sim-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('simulator.columns.sku')}</Table.Th>
                  <Table.Th style={NUM}>{t('simulator.quantity')}</Table.Th>
                  <Table.Th>{t('simulator.columns.priceType')}</Table.Th>
                  <Table.Th style={NUM}>{t('simulator.columns.base')}</Table.Th>
                  <Table.Th style={NUM}>{t('simulator.columns.final')}</Table.Th>
                  <Table.Th style={NUM}>{t('simulator.columns.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.lines.map((line, i) => (
                  <Fragment key={`${line.productId}:${i}`}>
                    <SimRow line={line} />
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}

function SimRow({ line }: { line: SimLine }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (v: string | null | undefined) => (v ? format.decimal(v, { minFractionDigits: 2 }) : '—');
  return (
    <>
      <Table.Tr data-testid="sim-line" data-sku={line.sku ?? ''} bg="var(--mantine-color-gray-0)">
        <Table.Td ff="monospace">{line.sku}</Table.Td>
        <Table.Td style={NUM}>
          {format.decimal(line.quantity)} {line.unit ?? ''}
        </Table.Td>
        <Table.Td>
          {line.priceType ? `${line.priceType.code} · ${line.priceType.name}` : '—'}
          {line.priceType && (
            <Text size="xs" c="dimmed">
              {line.priceType.vatIncluded ? t('priceTypes.vatIncluded') : t('priceTypes.vatExcluded')}
            </Text>
          )}
        </Table.Td>
        <Table.Td style={NUM} data-testid="sim-base">
          {money(line.basePrice)}
        </Table.Td>
        <Table.Td style={NUM} data-testid="sim-final">
          <Text fw={700} size="sm">
            {line.status === 'PRICED' ? money(line.unitPrice) : t(`simulator.status.${line.status}`)}
          </Text>
          {line.currency && (
            <Text size="xs" c="dimmed">
              {line.currency}
            </Text>
          )}
        </Table.Td>
        <Table.Td style={NUM}>{money(line.lineAmount)}</Table.Td>
      </Table.Tr>
      <Table.Tr>
        <Table.Td colSpan={6} pl="xl">
          {line.noPriceReason && (
            <Text size="sm" c="red">
              {t(`reasons.${line.noPriceReason.code}`)}
            </Text>
          )}
          {line.steps.length === 0 && !line.noPriceReason && (
            <Text size="sm" c="dimmed">
              {t('simulator.noRules')}
            </Text>
          )}
          {line.steps.length > 0 && (
            <Table verticalSpacing={2} fz="sm" data-testid="sim-trace">
              <Table.Tbody>
                {line.steps.map((step, i) => (
                  <Table.Tr key={`${step.ruleId}:${i}`} data-testid="trace-step" data-outcome={step.outcome}>
                    <Table.Td w={120}>
                      <Badge size="sm" variant="light" color={OUTCOME_COLOR[step.outcome]} tt="none">
                        {t(`simulator.outcomes.${step.outcome}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/pricing/rules/${step.ruleId}`} size="sm">
                        {step.ruleName}
                      </Anchor>
                      <Text span size="xs" c="dimmed" ml={6}>
                        {t(`rules.actions.${step.actionKind}`)}
                        {step.value ? ` ${format.decimal(step.value)}` : ''}
                        {step.tierFrom ? ` · ${t('simulator.fromTier', { from: format.decimal(step.tierFrom) })}` : ''}
                        {` · ${t(`rules.policies.${step.policy}`)}`}
                      </Text>
                    </Table.Td>
                    <Table.Td style={NUM}>
                      {step.priceBefore && step.priceAfter
                        ? `${money(step.priceBefore)} → ${money(step.priceAfter)}`
                        : ''}
                    </Table.Td>
                    <Table.Td c="dimmed">{step.reason ? t(`reasons.${step.reason.code}`) : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {line.hints.length > 0 && (
            <Text size="xs" c="dimmed" mt={4}>
              {line.hints
                .map((h) => t('simulator.hint', { from: format.decimal(h.fromQuantity), price: money(h.price) }))
                .join(' · ')}
            </Text>
          )}
        </Table.Td>
      </Table.Tr>
    </>
  );
}
