import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconHistory } from '@tabler/icons-react';
import { ConfirmModal, errorMessage } from '@wholesail/shared/web';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import type { PriceRuleFieldsFragment, PriceRuleWarningsQuery } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { BRANDS_QUERY } from '../catalog/catalog.queries';
import { useCategoryOptions } from '../catalog/category-options';
import { inputFieldErrors } from '../common/input-field-errors';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { CONTRACTOR_GROUPS_QUERY } from '../companies/companies.queries';
import { ProductPicker, type PickedProduct } from '../inventory/product-picker';
import { useWarehouseOptions } from '../inventory/warehouse-options';
import { ClientSelect, NO_CLIENT, type ClientChoice } from './client-select';
import { ACTION_KINDS, SCOPE_KINDS, TARGET_KINDS } from './price-rules-page';
import {
  CREATE_PRICE_RULE_MUTATION,
  DELETE_PRICE_RULE_MUTATION,
  PRICE_RULE_QUERY,
  PRICE_RULE_WARNINGS_QUERY,
  PRICE_RULES_QUERY,
  PRICE_TYPES_QUERY,
  UPDATE_PRICE_RULE_MUTATION,
} from './pricing.queries';
import { browserZone, RULE_ZONES, ruleFormValues, ruleInput, type RuleFormValues } from './rule-form-values';

/** `/pricing/rules/:id` (or `new`): the rule editor — validation next to each field, overlap and shadowing warnings before saving. */
export function PriceRulePage() {
  const { t } = useTranslation();
  const { id = 'new' } = useParams();
  const session = useSession();
  const isNew = id === 'new';
  const { data, loading, error } = useQuery(PRICE_RULE_QUERY, {
    variables: { id },
    skip: isNew,
    fetchPolicy: 'network-only',
  });
  if (!hasPermission(session, 'READ_PRICES')) return <NoAccess />;
  const rule = data?.priceRule ?? null;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/pricing/rules" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('rules.backToList')}
        </Group>
      </Anchor>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && <Loader />}
      {(isNew || rule) && (
        <RuleEditor key={rule?.id ?? 'new'} rule={rule} canEdit={hasPermission(session, 'MANAGE_PRICES')} />
      )}
    </Stack>
  );
}

function RuleEditor({ rule, canEdit }: { rule: PriceRuleFieldsFragment | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const [values, setValues] = useState<RuleFormValues>(() => ruleFormValues(rule));
  const [client, setClient] = useState<ClientChoice>(() =>
    rule?.scopeKind === 'COMPANY' && rule.scopeId
      ? { ...NO_CLIENT, company: { value: rule.scopeId, label: rule.scopeName ?? '' } }
      : NO_CLIENT,
  );
  const [product, setProduct] = useState<PickedProduct | null>(() =>
    rule?.targetKind === 'PRODUCT' && rule.targetId
      ? { id: rule.targetId, sku: rule.targetName ?? '', name: '', unit: { code: '', shortName: '', scale: 0 } }
      : null,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const set = <K extends keyof RuleFormValues>(key: K, value: RuleFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const types = useQuery(PRICE_TYPES_QUERY);
  const groups = useQuery(CONTRACTOR_GROUPS_QUERY, { skip: values.scopeKind !== 'GROUP' });
  const brands = useQuery(BRANDS_QUERY, { skip: values.targetKind !== 'BRAND' });
  const categories = useCategoryOptions();
  const warehouses = useWarehouseOptions();

  const input = useMemo(() => ruleInput(values), [values]);
  // Warnings follow the draft as it is typed (debounced): the person sees them before saving.
  const [draft] = useDebouncedValue(input, 400);
  const ready =
    Boolean(draft.name) &&
    (draft.scopeKind === 'EVERYONE' || draft.scopeId) &&
    (draft.targetKind === 'ALL' || draft.targetId);
  const warnings = useQuery(PRICE_RULE_WARNINGS_QUERY, {
    variables: { id: rule?.id ?? null, input: draft },
    skip: !ready,
    fetchPolicy: 'network-only',
  });
  const draftErrors = warnings.error ? inputFieldErrors(warnings.error) : {};
  const fieldError = (field: string) => errors[field] ?? draftErrors[field];

  const [create, creating] = useMutation(CREATE_PRICE_RULE_MUTATION, { refetchQueries: [PRICE_RULES_QUERY] });
  const [update, updating] = useMutation(UPDATE_PRICE_RULE_MUTATION, { refetchQueries: [PRICE_RULES_QUERY] });
  const [remove, removing] = useMutation(DELETE_PRICE_RULE_MUTATION, { refetchQueries: [PRICE_RULES_QUERY] });

  const save = async () => {
    setFailure(null);
    const local: Record<string, string> = {};
    if (!input.name) local.name = t('rules.errors.nameRequired');
    if (input.scopeKind !== 'EVERYONE' && !input.scopeId) local.scopeId = t('rules.errors.scopeRequired');
    if (input.targetKind !== 'ALL' && !input.targetId) local.targetId = t('rules.errors.targetRequired');
    if (values.validFrom && !input.validFrom) local.validFrom = t('rules.errors.badTime');
    if (values.validTo && !input.validTo) local.validTo = t('rules.errors.badTime');
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const { data } = rule
        ? await update({ variables: { id: rule.id, input } })
        : await create({ variables: { input } });
      const saved = data && ('updatePriceRule' in data ? data.updatePriceRule : data.createPriceRule);
      notifications.show({
        color: saved?.warnings.length ? 'yellow' : 'teal',
        message: saved?.warnings.length
          ? t('rules.savedWithWarnings', { count: saved.warnings.length })
          : t('rules.saved'),
      });
      void navigate(saved ? `/pricing/rules/${saved.rule.id}` : '/pricing/rules', { replace: true });
    } catch (e) {
      const fields = inputFieldErrors(e);
      setErrors(fields);
      if (!Object.keys(fields).length) setFailure(errorMessage(e, t));
      else setFailure(t('rules.errors.fixFields'));
    }
  };

  const typeOptions = (types.data?.priceTypes ?? []).map((pt) => ({ value: pt.id, label: `${pt.code} · ${pt.name}` }));
  const usesType = values.actionKind === 'PRICE_TYPE_RELATIVE' || values.actionKind === 'SWITCH_PRICE_TYPE';
  const hasTiers = values.tiers.trim() !== '';
  const zones = Array.from(new Set([browserZone(), ...RULE_ZONES]));

  return (
    <Stack gap="md" data-testid="rule-editor">
      <PageHeader
        title={rule ? t('rules.editTitle', { name: rule.name }) : t('rules.createTitle')}
        description={rule?.specialPriceRequestId ? t('rules.fromRequestHint') : t('rules.editorHint')}
        action={
          rule &&
          hasPermission(session, 'READ_AUDIT_LOG') && (
            <Button
              component={Link}
              to="/audit?action=priceRule."
              variant="default"
              leftSection={<IconHistory size={16} />}
            >
              {t('rules.history')}
            </Button>
          )
        }
      />
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="md">
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('rules.fields.name')}
                value={values.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                error={fieldError('name')}
                required
              />
              <TextInput
                label={t('rules.fields.publicLabel')}
                description={t('rules.fields.publicLabelHint')}
                value={values.publicLabel}
                onChange={(e) => set('publicLabel', e.currentTarget.value)}
                error={fieldError('publicLabel')}
              />
              <NumberInput
                label={t('rules.fields.priority')}
                description={t('rules.fields.priorityHint')}
                value={values.priority}
                onChange={(v) => set('priority', typeof v === 'number' ? v : 0)}
                allowDecimal={false}
                error={fieldError('priority')}
              />
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('rules.fields.policy')}
                </Text>
                <SegmentedControl
                  value={values.policy}
                  onChange={(v) => set('policy', v)}
                  data={(['STACKING', 'BEST_PRICE', 'EXCLUSIVE'] as const).map((p) => ({
                    value: p,
                    label: t(`rules.policies.${p}`),
                  }))}
                  data-testid="rule-policy"
                />
                <Text size="xs" c="dimmed">
                  {t(`rules.policyHints.${values.policy}`)}
                </Text>
              </Stack>
              <Checkbox
                label={t('rules.fields.active')}
                checked={values.active}
                onChange={(e) => set('active', e.currentTarget.checked)}
              />
            </SimpleGrid>
          </Paper>

          <Paper withBorder p="md">
            <Title order={3} size="h5" mb="sm">
              {t('rules.sections.scope')}
            </Title>
            <Stack gap="sm">
              <Select
                label={t('rules.scope')}
                data={SCOPE_KINDS.map((k) => ({ value: k, label: t(`rules.scopes.${k}`) }))}
                value={values.scopeKind}
                onChange={(v) => {
                  set('scopeKind', v ?? 'EVERYONE');
                  set('scopeId', null);
                  setClient(NO_CLIENT);
                }}
                allowDeselect={false}
                w={260}
                data-testid="rule-scope-kind"
              />
              {values.scopeKind === 'GROUP' && (
                <Select
                  label={t('rules.fields.group')}
                  data={(groups.data?.contractorGroups ?? []).map((g) => ({
                    value: g.id,
                    label: `${g.code} · ${g.name}`,
                  }))}
                  value={values.scopeId}
                  onChange={(v) => set('scopeId', v)}
                  error={fieldError('scopeId')}
                  w={360}
                />
              )}
              {(values.scopeKind === 'COMPANY' ||
                values.scopeKind === 'LEGAL_ENTITY' ||
                values.scopeKind === 'CONTRACT') && (
                <>
                  {rule?.scopeName && rule.scopeKind === values.scopeKind && values.scopeId === rule.scopeId && (
                    <Text size="sm">
                      {t('rules.currentScope')}: <b>{rule.scopeName}</b>
                    </Text>
                  )}
                  <ClientSelect
                    value={client}
                    depth={
                      values.scopeKind === 'COMPANY'
                        ? 'company'
                        : values.scopeKind === 'LEGAL_ENTITY'
                          ? 'legalEntity'
                          : 'contract'
                    }
                    onChange={(c) => {
                      setClient(c);
                      const id =
                        values.scopeKind === 'COMPANY'
                          ? c.company?.value
                          : values.scopeKind === 'LEGAL_ENTITY'
                            ? c.legalEntityId
                            : c.contractId;
                      if (id || c.company === null) set('scopeId', id ?? null);
                    }}
                    errors={{
                      company: values.scopeKind === 'COMPANY' ? fieldError('scopeId') : undefined,
                      legalEntity: values.scopeKind === 'LEGAL_ENTITY' ? fieldError('scopeId') : undefined,
                      contract: values.scopeKind === 'CONTRACT' ? fieldError('scopeId') : undefined,
                    }}
                  />
                </>
              )}
            </Stack>
          </Paper>

          <Paper withBorder p="md">
            <Title order={3} size="h5" mb="sm">
              {t('rules.sections.target')}
            </Title>
            <Group gap="sm" align="flex-start">
              <Select
                label={t('rules.target')}
                data={TARGET_KINDS.map((k) => ({ value: k, label: t(`rules.targets.${k}`) }))}
                value={values.targetKind}
                onChange={(v) => {
                  set('targetKind', v ?? 'ALL');
                  set('targetId', null);
                  setProduct(null);
                }}
                allowDeselect={false}
                w={220}
                data-testid="rule-target-kind"
              />
              {values.targetKind === 'CATEGORY' && (
                <Select
                  label={t('rules.fields.category')}
                  data={categories}
                  value={values.targetId}
                  onChange={(v) => set('targetId', v)}
                  searchable
                  error={fieldError('targetId')}
                  w={360}
                  data-testid="rule-category"
                />
              )}
              {values.targetKind === 'BRAND' && (
                <Select
                  label={t('rules.fields.brand')}
                  data={(brands.data?.brands ?? []).map((b) => ({ value: b.id, label: b.name }))}
                  value={values.targetId}
                  onChange={(v) => set('targetId', v)}
                  searchable
                  error={fieldError('targetId')}
                  w={300}
                />
              )}
              {values.targetKind === 'PRODUCT' && (
                <div style={{ width: 420 }}>
                  <ProductPicker
                    label={t('rules.fields.product')}
                    value={product}
                    onChange={(p) => {
                      setProduct(p);
                      set('targetId', p?.id ?? null);
                    }}
                    error={fieldError('targetId')}
                    testId="rule-product"
                  />
                </div>
              )}
            </Group>
          </Paper>

          <Paper withBorder p="md">
            <Title order={3} size="h5" mb="sm">
              {t('rules.sections.action')}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <Select
                label={t('rules.action')}
                data={ACTION_KINDS.map((k) => ({ value: k, label: t(`rules.actions.${k}`) }))}
                value={values.actionKind}
                onChange={(v) => set('actionKind', v ?? 'PERCENT_DISCOUNT')}
                allowDeselect={false}
                data-testid="rule-action-kind"
              />
              {values.actionKind !== 'SWITCH_PRICE_TYPE' && (
                <TextInput
                  label={values.actionKind === 'FIXED_PRICE' ? t('rules.fields.price') : t('rules.fields.percent')}
                  description={hasTiers ? t('rules.fields.valueFromTiers') : undefined}
                  value={values.value}
                  onChange={(e) => set('value', e.currentTarget.value)}
                  disabled={hasTiers}
                  error={fieldError('value')}
                  data-testid="rule-value"
                />
              )}
              {usesType && (
                <Select
                  label={t('rules.fields.priceType')}
                  data={typeOptions}
                  value={values.priceTypeId}
                  onChange={(v) => set('priceTypeId', v)}
                  error={fieldError('priceTypeId')}
                />
              )}
              {values.actionKind === 'FIXED_PRICE' && (
                <TextInput
                  label={t('rules.fields.currency')}
                  description={t('rules.fields.currencyHint')}
                  value={values.currency}
                  onChange={(e) => set('currency', e.currentTarget.value.toUpperCase())}
                  maxLength={3}
                  error={fieldError('currency')}
                />
              )}
            </SimpleGrid>
            {values.actionKind !== 'SWITCH_PRICE_TYPE' && (
              <Group gap="sm" align="flex-start" mt="sm">
                <Select
                  label={t('rules.fields.tierBasis')}
                  data={[
                    { value: 'QUANTITY', label: t('rules.tierBasis.QUANTITY') },
                    { value: 'LINE_AMOUNT', label: t('rules.tierBasis.LINE_AMOUNT') },
                  ]}
                  value={values.tierBasis ?? 'QUANTITY'}
                  onChange={(v) => set('tierBasis', (v ?? 'QUANTITY') as RuleFormValues['tierBasis'])}
                  allowDeselect={false}
                  w={220}
                  error={fieldError('tierBasis')}
                />
                <TextInput
                  label={t('rules.fields.tiers')}
                  description={t('rules.fields.tiersHint')}
                  placeholder="10: 3; 100: 5"
                  value={values.tiers}
                  onChange={(e) => set('tiers', e.currentTarget.value)}
                  error={
                    fieldError('tiers') ??
                    Object.entries({ ...draftErrors, ...errors }).find(([k]) => k.startsWith('tiers.'))?.[1]
                  }
                  w={360}
                />
              </Group>
            )}
          </Paper>

          <Paper withBorder p="md">
            <Title order={3} size="h5" mb="sm">
              {t('rules.sections.conditions')}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput
                type="datetime-local"
                label={t('rules.fields.validFrom')}
                value={values.validFrom}
                onChange={(e) => set('validFrom', e.currentTarget.value)}
                error={fieldError('validFrom')}
                data-testid="rule-valid-from"
              />
              <TextInput
                type="datetime-local"
                label={t('rules.fields.validTo')}
                description={t('rules.fields.validToHint')}
                value={values.validTo}
                onChange={(e) => set('validTo', e.currentTarget.value)}
                error={fieldError('validTo')}
                data-testid="rule-valid-to"
              />
              <Select
                label={t('rules.fields.zone')}
                data={zones}
                value={values.zone}
                onChange={(v) => set('zone', v ?? browserZone())}
                searchable
                allowDeselect={false}
              />
              <MultiSelect
                label={t('rules.fields.warehouses')}
                description={t('rules.fields.warehousesHint')}
                data={warehouses}
                value={values.warehouseIds}
                onChange={(v) => set('warehouseIds', v)}
                clearable
                error={fieldError('warehouseIds')}
              />
              <Select
                label={t('rules.fields.paymentTerms')}
                placeholder={t('rules.fields.anyTerms')}
                data={[
                  { value: 'PREPAYMENT', label: t('rules.terms.PREPAYMENT') },
                  { value: 'DEFERRAL', label: t('rules.terms.DEFERRAL') },
                ]}
                value={values.paymentTerms}
                onChange={(v) => set('paymentTerms', v)}
                clearable
                error={fieldError('paymentTerms')}
              />
              {values.paymentTerms === 'DEFERRAL' && (
                <TextInput
                  label={t('rules.fields.maxDeferralDays')}
                  value={values.maxDeferralDays}
                  onChange={(e) => set('maxDeferralDays', e.currentTarget.value.replace(/\D/g, ''))}
                  error={fieldError('maxDeferralDays')}
                />
              )}
              <TextInput
                label={t('rules.fields.minOrderAmount')}
                value={values.minOrderAmount}
                onChange={(e) => set('minOrderAmount', e.currentTarget.value)}
                error={fieldError('minOrderAmount')}
              />
            </SimpleGrid>
          </Paper>
        </Stack>
      </fieldset>

      <RuleWarnings warnings={ready ? (warnings.data?.priceRuleWarnings ?? []) : []} loading={warnings.loading} />
      {failure && <Alert color="red">{failure}</Alert>}
      {canEdit && (
        <Group justify="space-between">
          {rule ? (
            <Button color="red" variant="subtle" onClick={() => setDeleting(true)}>
              {t('actions.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Button onClick={() => void save()} loading={creating.loading || updating.loading} data-testid="rule-save">
            {(warnings.data?.priceRuleWarnings.length ?? 0) > 0 && ready ? t('rules.saveAnyway') : t('actions.save')}
          </Button>
        </Group>
      )}
      {rule && (
        <ConfirmModal
          opened={deleting}
          title={t('rules.deleteTitle', { name: rule.name })}
          confirmLabel={t('actions.delete')}
          color="red"
          loading={removing.loading}
          onClose={() => setDeleting(false)}
          onConfirm={() => {
            remove({ variables: { id: rule.id } })
              .then(() => navigate('/pricing/rules'))
              .catch((e: unknown) => notifications.show({ color: 'red', message: errorMessage(e, t) }));
          }}
        >
          {t('rules.deleteText')}
        </ConfirmModal>
      )}
    </Stack>
  );
}

function RuleWarnings({
  warnings,
  loading,
}: {
  warnings: PriceRuleWarningsQuery['priceRuleWarnings'];
  loading: boolean;
}) {
  const { t } = useTranslation();
  if (!warnings.length) return loading ? <Loader size="xs" /> : null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle />} title={t('rules.warningsTitle')} data-testid="rule-warnings">
      <List size="sm" spacing={4}>
        {warnings.map((w) => (
          <List.Item key={`${w.code}:${w.ruleId}`} data-code={w.code}>
            {t(`rules.warnings.${w.code}`)}{' '}
            <Anchor component={Link} to={`/pricing/rules/${w.ruleId}`} target="_blank" size="sm">
              {w.ruleName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {w.message}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
