import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconHistory, IconPlus, IconSearch } from '@tabler/icons-react';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { PriceActionKind, PriceRuleScopeKind, PriceRuleTargetKind } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { PAGE_SIZE, Pager } from '../common/pager';
import { useUrlState } from '../common/url-state';
import { PRICE_RULES_QUERY, PRICE_TYPES_QUERY } from './pricing.queries';
import { actionText } from './rule-labels';

export const SCOPE_KINDS: readonly PriceRuleScopeKind[] = ['EVERYONE', 'GROUP', 'COMPANY', 'LEGAL_ENTITY', 'CONTRACT'];
export const TARGET_KINDS: readonly PriceRuleTargetKind[] = ['ALL', 'CATEGORY', 'BRAND', 'PRODUCT'];
export const ACTION_KINDS: readonly PriceActionKind[] = [
  'PERCENT_DISCOUNT',
  'PERCENT_MARKUP',
  'FIXED_PRICE',
  'PRICE_TYPE_RELATIVE',
  'SWITCH_PRICE_TYPE',
];
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** `/pricing/rules`: every price rule, highest priority first, with filters; the editor opens from here. */
export function PriceRulesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const canEdit = hasPermission(session, 'MANAGE_PRICES');
  const [state, update] = useUrlState(['q', 'scope', 'target', 'action', 'active', 'valid'] as const);
  const search = useDebouncedCallback((q: string) => update({ q }), 300);
  const types = useQuery(PRICE_TYPES_QUERY);
  const { data, previousData, loading, error } = useQuery(PRICE_RULES_QUERY, {
    variables: {
      filter: {
        search: state.q.trim() || null,
        scopeKind: (state.scope || null) as PriceRuleScopeKind | null,
        targetKind: (state.target || null) as PriceRuleTargetKind | null,
        actionKind: (state.action || null) as PriceActionKind | null,
        active: state.active === 'yes' ? true : state.active === 'no' ? false : null,
        currentlyValid: state.valid === 'yes' ? true : state.valid === 'no' ? false : null,
      },
      skip: (state.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  if (!hasPermission(session, 'READ_PRICES')) return <NoAccess />;
  const page = (data ?? previousData)?.priceRules;
  const typeCode = (id: string | null | undefined) => types.data?.priceTypes.find((pt) => pt.id === id)?.code ?? '—';
  const yesNo = [
    { value: 'yes', label: t('rules.yes') },
    { value: 'no', label: t('rules.no') },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('rules.pageTitle')}
        description={t('rules.description')}
        action={
          <Group gap="xs">
            {hasPermission(session, 'READ_AUDIT_LOG') && (
              <Button
                component={Link}
                to="/audit?action=priceRule."
                variant="default"
                leftSection={<IconHistory size={16} />}
              >
                {t('rules.history')}
              </Button>
            )}
            {canEdit && (
              <Button component={Link} to="/pricing/rules/new" leftSection={<IconPlus size={16} />}>
                {t('rules.create')}
              </Button>
            )}
          </Group>
        }
      />
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('filters.search')}
          placeholder={t('rules.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          defaultValue={state.q}
          onChange={(e) => search(e.currentTarget.value)}
          w={220}
          data-testid="rules-search"
        />
        <Select
          label={t('rules.scope')}
          placeholder={t('filters.all')}
          data={SCOPE_KINDS.map((k) => ({ value: k, label: t(`rules.scopes.${k}`) }))}
          value={state.scope || null}
          onChange={(v) => update({ scope: v })}
          clearable
          w={170}
        />
        <Select
          label={t('rules.target')}
          placeholder={t('filters.all')}
          data={TARGET_KINDS.map((k) => ({ value: k, label: t(`rules.targets.${k}`) }))}
          value={state.target || null}
          onChange={(v) => update({ target: v })}
          clearable
          w={160}
        />
        <Select
          label={t('rules.action')}
          placeholder={t('filters.all')}
          data={ACTION_KINDS.map((k) => ({ value: k, label: t(`rules.actions.${k}`) }))}
          value={state.action || null}
          onChange={(v) => update({ action: v })}
          clearable
          w={200}
        />
        <Select
          label={t('rules.activeFilter')}
          placeholder={t('filters.all')}
          data={yesNo}
          value={state.active || null}
          onChange={(v) => update({ active: v })}
          clearable
          w={120}
        />
        <Select
          label={t('rules.validNow')}
          placeholder={t('filters.all')}
          data={yesNo}
          value={state.valid || null}
          onChange={(v) => update({ valid: v })}
          clearable
          w={140}
        />
        {loading && <Loader size="sm" mb={8} />}
      </Group>
      {error && (
        <Alert color="red" title={t('rules.loadFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {page && page.items.length === 0 && <Text c="dimmed">{t('rules.empty')}</Text>}
      {page && page.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={1100}>
            <Table striped highlightOnHover verticalSpacing={6} data-testid="rules-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rules.columns.priority')}</Table.Th>
                  <Table.Th>{t('rules.columns.name')}</Table.Th>
                  <Table.Th>{t('rules.scope')}</Table.Th>
                  <Table.Th>{t('rules.target')}</Table.Th>
                  <Table.Th>{t('rules.action')}</Table.Th>
                  <Table.Th>{t('rules.columns.policy')}</Table.Th>
                  <Table.Th>{t('rules.columns.validity')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((rule) => (
                  <Table.Tr key={rule.id} data-testid="rule-row">
                    <Table.Td>{rule.priority}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/pricing/rules/${rule.id}`} size="sm">
                        {rule.name}
                      </Anchor>
                      {rule.publicLabel && (
                        <Text size="xs" c="dimmed">
                          {rule.publicLabel}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`rules.scopes.${rule.scopeKind}`)}</Text>
                      {rule.scopeName && (
                        <Text size="xs" c="dimmed">
                          {rule.scopeName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`rules.targets.${rule.targetKind}`)}</Text>
                      {rule.targetName && (
                        <Text size="xs" c="dimmed">
                          {rule.targetName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{actionText(rule, t, format, typeCode)}</Text>
                    </Table.Td>
                    <Table.Td style={NO_WRAP}>{t(`rules.policies.${rule.policy}`)}</Table.Td>
                    <Table.Td style={NO_WRAP}>
                      <Text size="sm">
                        {rule.validFrom ? format.dateTime(rule.validFrom) : '…'} —{' '}
                        {rule.validTo ? format.dateTime(rule.validTo) : '…'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {!rule.active && (
                          <Badge size="sm" color="gray" variant="light" tt="none">
                            {t('rules.inactive')}
                          </Badge>
                        )}
                        {rule.specialPriceRequestId && (
                          <Badge size="sm" color="grape" variant="light" tt="none">
                            {t('rules.fromRequest')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={page.totalCount} page={state.page} onChange={(p) => update({ page: p })} />
        </>
      )}
      {!page && loading && <Loader />}
    </Stack>
  );
}
