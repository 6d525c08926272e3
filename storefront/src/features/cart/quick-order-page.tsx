import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconBolt, IconChecks } from '@tabler/icons-react';
import { errorMessage, PageTitle } from '@wholesail/shared/web';
import { parseQuickOrder } from '@wholesail/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { QuickOrderMutation } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../shell/no-access';
import { QUICK_ORDER_MUTATION } from './cart.queries';
import { RoundingChoice } from './rounding-choice';
import { useRounding } from './use-rounding';

type Report = QuickOrderMutation['quickOrder'];

/** The report: what was read, merged and taken; every refused line with its reason, unknown SKUs with suggestions. */
export function EntryReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const unknown = new Map(report.unknownSkus.map((u) => [u.row, u]));
  return (
    <Stack gap="sm" data-testid="entry-report">
      <Group gap="xs">
        <Badge variant="light">{t('ordering.quick.rowsRead', { n: report.rowsRead })}</Badge>
        <Badge variant="light" color="green" data-testid="report-valid">
          {t('ordering.quick.validLines', { n: report.validLines })}
        </Badge>
        {report.mergedRows > 0 && (
          <Badge variant="light" color="blue" data-testid="report-merged">
            {t('ordering.quick.merged', { n: report.mergedRows })}
          </Badge>
        )}
        {!report.dryRun && (
          <Badge variant="filled" color="green" data-testid="report-applied">
            {t('ordering.quick.applied', { n: report.applied })}
          </Badge>
        )}
      </Group>
      {report.rowErrors.length === 0 && report.warnings.length === 0 && (
        <Text size="sm" c="green">
          {t('ordering.quick.noErrors')}
        </Text>
      )}
      {report.rowErrors.length > 0 && (
        <Paper withBorder p="xs">
          <Text fw={600} size="sm" c="red" mb={4}>
            {t('ordering.quick.errors')}
          </Text>
          <Table verticalSpacing={4} data-testid="report-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('ordering.quick.line')}</Table.Th>
                <Table.Th w={160}>{t('ordering.quick.code')}</Table.Th>
                <Table.Th>{t('ordering.quick.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rowErrors.map((e) => {
                const u = unknown.get(e.row);
                return (
                  <Table.Tr key={`${e.row}-${e.errorCode}`} data-testid="report-error" data-code={e.errorCode}>
                    <Table.Td>{e.row}</Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace">
                        {e.errorCode}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {u ? (
                        <Text size="sm">
                          {t('ordering.quick.unknown', { sku: u.sku })}.{' '}
                          {u.suggestions.length > 0
                            ? `${t('ordering.quick.suggestions')}${u.suggestions.join(', ')}`
                            : t('ordering.quick.noSuggestions')}
                        </Text>
                      ) : (
                        <Text size="sm">{e.message}</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {(report.warnings.length > 0 || report.adjustments.length > 0) && (
        <Paper withBorder p="xs">
          <Text fw={600} size="sm" c="orange" mb={4}>
            {t('ordering.quick.warnings')}
          </Text>
          <Table verticalSpacing={4} data-testid="report-warnings">
            <Table.Tbody>
              {[...report.warnings, ...report.adjustments.map((a) => ({ ...a, errorCode: 'ADJUSTED' }))].map((w) => (
                <Table.Tr key={`${w.row}-${w.errorCode}`}>
                  <Table.Td w={70}>{w.row}</Table.Td>
                  <Table.Td w={160}>
                    <Text size="xs" ff="monospace">
                      {w.errorCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>{w.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

/**
 * Quick order: pasted "SKU quantity [unit]" lines. "Check" is a dry run (nothing written), "Add to cart"
 * takes the valid lines; the API parses with the same shared parser the counter below uses.
 */
export function QuickOrderPage() {
  const { t } = useTranslation();
  const session = useSession();
  const canOrder = hasPermission(session, 'PLACE_ORDERS');
  const [rounding, setRounding] = useRounding();
  const [text, setText] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [run, { loading }] = useMutation(QUICK_ORDER_MUTATION);
  const parsed = useMemo(() => parseQuickOrder(text), [text]);

  if (session && !canOrder) return <NoAccess />;

  const submit = async (dryRun: boolean) => {
    setFailure(null);
    try {
      const { data } = await run({ variables: { input: { text, rounding, dryRun, apply: 'VALID_ROWS' } } });
      setReport(data?.quickOrder ?? null);
    } catch (error) {
      setFailure(error);
      setReport(null);
    }
  };

  return (
    <Stack gap="md" maw={980}>
      <PageTitle title={t('ordering.quick.title')} />
      <Title order={1} size="h3">
        {t('ordering.quick.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('ordering.quick.intro')}
      </Text>
      <Textarea
        label={t('ordering.quick.label')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={8}
        maxRows={20}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        placeholder={'SRD-000001\t100\nSRD-000002; 2; кор\nDIN-933-M8 50 шт'}
        data-testid="quick-order-text"
        description={t('ordering.quick.rowsRead', { n: parsed.lines.length + parsed.errors.length })}
      />
      <Group justify="space-between">
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t('ordering.rounding.label')}
          </Text>
          <RoundingChoice value={rounding} onChange={setRounding} />
        </Group>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconChecks size={16} />}
            disabled={!text.trim()}
            loading={loading}
            onClick={() => void submit(true)}
            data-testid="quick-check"
          >
            {t('ordering.quick.check')}
          </Button>
          <Button
            leftSection={<IconBolt size={16} />}
            disabled={!text.trim()}
            loading={loading}
            onClick={() => void submit(false)}
            data-testid="quick-add"
          >
            {t('ordering.quick.add')}
          </Button>
        </Group>
      </Group>
      {failure !== null && <Alert color="red">{errorMessage(failure, t)}</Alert>}
      {report && <EntryReport report={report} />}
      {report && !report.dryRun && report.applied > 0 && (
        <Group>
          <Button component={Link} to="/cart" variant="light" data-testid="quick-open-cart">
            {t('ordering.cart.open')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
