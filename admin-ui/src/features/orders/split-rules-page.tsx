import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  Menu,
  MultiSelect,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { errorMessage } from '@wholesail/shared/web';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SplitRuleFieldsFragment, SplitRuleInput, SplitRuleKind } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { useCategoryOptions } from '../catalog/category-options';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { useWarehouseOptions } from '../inventory/warehouse-options';
import { splitRuleProblemText } from './split-rule-problems';
import { SAVE_SPLIT_RULES_MUTATION, SPLIT_RULES_QUERY } from './orders.queries';

const KINDS: readonly SplitRuleKind[] = ['WAREHOUSE', 'CATEGORY', 'SELLER_LEGAL_ENTITY'];
const KIND_COLOR: Record<SplitRuleKind, string> = {
  WAREHOUSE: 'cyan',
  CATEGORY: 'grape',
  SELLER_LEGAL_ENTITY: 'orange',
};

/** A rule as the editor holds it: `key` is local (new rules have no id until saved). */
interface DraftRule extends Omit<SplitRuleFieldsFragment, 'id' | '__typename'> {
  key: string;
}

let nextKey = 0;
const draftOf = (r: SplitRuleFieldsFragment): DraftRule => ({
  key: r.id,
  name: r.name,
  kind: r.kind,
  warehouseIds: r.warehouseIds,
  categoryIds: r.categoryIds,
  divisionIds: r.divisionIds,
  divisionId: r.divisionId,
  sellerLegalEntityId: r.sellerLegalEntityId,
});
const inputOf = (r: DraftRule): SplitRuleInput => ({
  name: r.name.trim(),
  kind: r.kind,
  warehouseIds: r.warehouseIds,
  categoryIds: r.categoryIds,
  divisionIds: r.kind === 'SELLER_LEGAL_ENTITY' ? r.divisionIds : [],
  divisionId: r.kind === 'CATEGORY' ? r.divisionId : null,
  sellerLegalEntityId: r.kind === 'SELLER_LEGAL_ENTITY' ? r.sellerLegalEntityId : null,
});

/** `/split-rules`: the ordered rules that split a placed order into sub-orders. */
export function SplitRulesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const canRead = hasPermission(session, 'READ_ORDERS');
  const canEdit = hasPermission(session, 'MANAGE_ORDERS');
  const { data, loading, error } = useQuery(SPLIT_RULES_QUERY, { skip: !canRead });
  const [save, saveState] = useMutation(SAVE_SPLIT_RULES_MUTATION, {
    refetchQueries: [SPLIT_RULES_QUERY],
    awaitRefetchQueries: true,
  });
  // The person's edits until saved; null shows the rules as the API has them.
  const [draft, setDraft] = useState<DraftRule[] | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const warehouses = useWarehouseOptions();
  const categories = useCategoryOptions();
  const saved = useMemo(() => data?.splitRules.rules.map(draftOf) ?? null, [data]);
  const rules = draft ?? saved;
  const problems = data?.splitRules.problems ?? [];
  const dirty = draft !== null;

  if (!canRead) return <NoAccess />;
  const legalEntities = (data?.sellerLegalEntities ?? []).map((le) => ({
    value: le.id,
    label: le.inn ? `${le.name} · ${le.inn}` : le.name,
  }));
  // A division invoices through its legal entity: the editor says which.
  const entityName = new Map((data?.sellerLegalEntities ?? []).map((le) => [le.id, le.name]));
  const divisions = (data?.sellerDivisions ?? []).map((d) => ({
    value: d.id,
    label: d.sellerLegalEntityId ? `${d.name} · ${entityName.get(d.sellerLegalEntityId) ?? ''}` : d.name,
  }));

  const edit = (next: DraftRule[]) => {
    setDraft(next);
    setSaveError(null);
  };
  const patch = (key: string, change: Partial<DraftRule>) =>
    edit((rules ?? []).map((r) => (r.key === key ? { ...r, ...change } : r)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...(rules ?? [])];
    const [rule] = next.splice(index, 1);
    next.splice(index + by, 0, rule);
    edit(next);
  };
  const add = (kind: SplitRuleKind) =>
    edit([
      ...(rules ?? []),
      {
        key: `new-${nextKey++}`,
        name: '',
        kind,
        warehouseIds: [],
        categoryIds: [],
        divisionIds: [],
        divisionId: null,
        sellerLegalEntityId: null,
      },
    ]);

  const submit = async () => {
    if (!rules) return;
    setSaveError(null);
    try {
      await save({ variables: { rules: rules.map(inputOf) } });
      setDraft(null);
      notifications.show({ color: 'teal', message: t('splitRules.saved') });
    } catch (e) {
      setSaveError(errorMessage(e, t));
    }
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('splitRules.pageTitle')}
        description={t('splitRules.description')}
        action={
          canEdit && (
            <Group gap="xs">
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button variant="default" leftSection={<IconPlus size={16} />}>
                    {t('splitRules.add')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {KINDS.map((kind) => (
                    <Menu.Item key={kind} onClick={() => add(kind)}>
                      {t(`splitRules.kind.${kind}`)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
              <Button disabled={!dirty} loading={saveState.loading} onClick={() => void submit()}>
                {t('splitRules.save')}
              </Button>
            </Group>
          )
        }
      />
      {error && (
        <Alert color="red" title={t('splitRules.loadFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {saveError && (
        <Alert color="red" title={t('splitRules.saveFailed')} data-testid="split-rules-save-error">
          {saveError}
        </Alert>
      )}
      {problems.length > 0 && (
        <Alert color="yellow" title={t('splitRules.problemsTitle')} data-testid="split-rule-problems">
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={p}>{splitRuleProblemText(p, t)}</List.Item>
            ))}
          </List>
          {dirty && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('splitRules.problemsAfterSave')}
            </Text>
          )}
        </Alert>
      )}
      {dirty && (
        <Text size="sm" c="orange" data-testid="split-rules-unsaved">
          {t('splitRules.unsaved')}
        </Text>
      )}
      {!rules && loading && <Loader />}
      {rules && rules.length === 0 && <Text c="dimmed">{t('splitRules.empty')}</Text>}
      {rules?.map((rule, i) => (
        <Card key={rule.key} withBorder padding="sm" data-testid="split-rule" data-kind={rule.kind}>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <Stack gap={4} align="center" w={36}>
              <Text fw={700} data-testid="split-rule-position">
                {i + 1}
              </Text>
              {canEdit && (
                <>
                  <ActionIcon
                    variant="subtle"
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={t('splitRules.moveUp')}
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    disabled={i === rules.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={t('splitRules.moveDown')}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                </>
              )}
            </Stack>
            <Stack gap="xs" style={{ flex: 1 }}>
              <Group gap="sm" align="flex-end">
                <Badge color={KIND_COLOR[rule.kind]} variant="light" tt="none" mb={8}>
                  {t(`splitRules.kind.${rule.kind}`)}
                </Badge>
                <TextInput
                  label={t('splitRules.name')}
                  value={rule.name}
                  maxLength={200}
                  readOnly={!canEdit}
                  onChange={(event) => patch(rule.key, { name: event.currentTarget.value })}
                  style={{ flex: 1 }}
                />
                {canEdit && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    onClick={() => edit(rules.filter((r) => r.key !== rule.key))}
                    aria-label={t('splitRules.remove')}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
              <Group gap="sm" align="flex-start" grow>
                {rule.kind === 'CATEGORY' && (
                  <>
                    <MultiSelect
                      label={t('splitRules.categories')}
                      data={categories}
                      value={rule.categoryIds}
                      onChange={(value) => patch(rule.key, { categoryIds: value })}
                      searchable
                      readOnly={!canEdit}
                      required
                    />
                    <Select
                      label={t('splitRules.division')}
                      data={divisions}
                      value={rule.divisionId}
                      onChange={(value) => patch(rule.key, { divisionId: value })}
                      readOnly={!canEdit}
                      required
                    />
                  </>
                )}
                {rule.kind === 'SELLER_LEGAL_ENTITY' && (
                  <Select
                    label={t('splitRules.legalEntity')}
                    data={legalEntities}
                    value={rule.sellerLegalEntityId}
                    onChange={(value) => patch(rule.key, { sellerLegalEntityId: value })}
                    readOnly={!canEdit}
                    required
                  />
                )}
                {rule.kind !== 'CATEGORY' && (
                  <MultiSelect
                    label={t('splitRules.warehouses')}
                    placeholder={rule.warehouseIds.length ? undefined : t('splitRules.any')}
                    data={warehouses}
                    value={rule.warehouseIds}
                    onChange={(value) => patch(rule.key, { warehouseIds: value })}
                    searchable
                    readOnly={!canEdit}
                  />
                )}
              </Group>
              {rule.kind === 'SELLER_LEGAL_ENTITY' && (
                <Group gap="sm" align="flex-start" grow>
                  <MultiSelect
                    label={t('splitRules.filterCategories')}
                    placeholder={rule.categoryIds.length ? undefined : t('splitRules.any')}
                    data={categories}
                    value={rule.categoryIds}
                    onChange={(value) => patch(rule.key, { categoryIds: value })}
                    searchable
                    readOnly={!canEdit}
                  />
                  <MultiSelect
                    label={t('splitRules.filterDivisions')}
                    placeholder={rule.divisionIds.length ? undefined : t('splitRules.any')}
                    data={divisions}
                    value={rule.divisionIds}
                    onChange={(value) => patch(rule.key, { divisionIds: value })}
                    readOnly={!canEdit}
                  />
                </Group>
              )}
              <Text size="xs" c="dimmed">
                {t(`splitRules.hint.${rule.kind}`)}
              </Text>
            </Stack>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
