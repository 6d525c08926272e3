import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { ConfirmModal, errorMessage, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { PriceTypeFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { inputFieldErrors } from '../common/input-field-errors';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import {
  CREATE_PRICE_TYPE_MUTATION,
  DELETE_PRICE_TYPE_MUTATION,
  PRICE_TYPES_QUERY,
  UPDATE_PRICE_TYPE_MUTATION,
} from './pricing.queries';
import { EditDeleteActions } from '../common/row-actions';

/** `/pricing/types`: the price columns (RRP, Wholesale, Dealer, Purchase…), their currency and VAT mode. */
export function PriceTypesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const canEdit = hasPermission(session, 'MANAGE_PRICES');
  const { data, loading, error } = useQuery(PRICE_TYPES_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<{ type: PriceTypeFieldsFragment | null } | null>(null);
  const [deleting, setDeleting] = useState<PriceTypeFieldsFragment | null>(null);
  const [remove, removing] = useMutation(DELETE_PRICE_TYPE_MUTATION, { refetchQueries: [PRICE_TYPES_QUERY] });
  if (!hasPermission(session, 'READ_PRICES')) return <NoAccess />;
  const types = data?.priceTypes;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('priceTypes.pageTitle')}
        description={t('priceTypes.description')}
        action={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ type: null })}>
              {t('priceTypes.create')}
            </Button>
          )
        }
      />
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !types && <Loader />}
      {types && types.length === 0 && <Text c="dimmed">{t('priceTypes.empty')}</Text>}
      {types && types.length > 0 && (
        <Table striped highlightOnHover verticalSpacing={6} data-testid="price-types-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('priceTypes.code')}</Table.Th>
              <Table.Th>{t('priceTypes.name')}</Table.Th>
              <Table.Th>{t('priceTypes.currency')}</Table.Th>
              <Table.Th>{t('priceTypes.vat')}</Table.Th>
              <Table.Th ta="right">{t('priceTypes.entries')}</Table.Th>
              <Table.Th />
              {canEdit && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {types.map((type) => (
              <Table.Tr key={type.id} data-testid="price-type-row" data-code={type.code}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {type.code}
                  </Text>
                </Table.Td>
                <Table.Td>{type.name}</Table.Td>
                <Table.Td>{type.currency}</Table.Td>
                <Table.Td>{type.vatIncluded ? t('priceTypes.vatIncluded') : t('priceTypes.vatExcluded')}</Table.Td>
                <Table.Td ta="right">{type.entryCount === null ? '—' : format.integer(type.entryCount ?? 0)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {type.isDefault && (
                      <Badge size="sm" variant="light" tt="none">
                        {t('priceTypes.default')}
                      </Badge>
                    )}
                    {type.staffOnly && (
                      <Badge size="sm" variant="light" color="orange" tt="none">
                        {t('priceTypes.staffOnly')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <EditDeleteActions onEdit={() => setEditing({ type })} onDelete={() => setDeleting(type)} />
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.type ? t('priceTypes.editTitle', { name: editing.type.name }) : t('priceTypes.createTitle')}
      >
        {editing && (
          <PriceTypeForm key={editing.type?.id ?? 'new'} type={editing.type} onClose={() => setEditing(null)} />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('priceTypes.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('actions.delete')}
        color="red"
        loading={removing.loading}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          remove({ variables: { id: deleting.id } })
            .then(() => setDeleting(null))
            .catch((e: unknown) => notifications.show({ color: 'red', message: errorMessage(e, t) }));
        }}
      >
        {t('priceTypes.deleteText')}
      </ConfirmModal>
    </Stack>
  );
}

function PriceTypeForm({ type, onClose }: { type: PriceTypeFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [create, creating] = useMutation(CREATE_PRICE_TYPE_MUTATION, { refetchQueries: [PRICE_TYPES_QUERY] });
  const [update, updating] = useMutation(UPDATE_PRICE_TYPE_MUTATION, { refetchQueries: [PRICE_TYPES_QUERY] });
  const [values, setValues] = useState({
    code: type?.code ?? '',
    name: type?.name ?? '',
    currency: type?.currency ?? 'RUB',
    vatIncluded: type?.vatIncluded ?? true,
    staffOnly: type?.staffOnly ?? false,
    isDefault: type?.isDefault ?? false,
    position: type?.position ?? 0,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = async () => {
    const local: Record<string, string> = {};
    if (!/^[A-Za-z0-9_.-]{1,30}$/.test(values.code)) local.code = t('priceTypes.codeInvalid');
    if (!values.name.trim()) local.name = t('priceTypes.nameRequired');
    if (!/^[A-Z]{3}$/.test(values.currency)) local.currency = t('priceTypes.currencyInvalid');
    setErrors(local);
    if (Object.keys(local).length) return;
    setFailure(null);
    try {
      const input = { ...values, name: values.name.trim() };
      if (type) await update({ variables: { id: type.id, input } });
      else await create({ variables: { input } });
      notifications.show({ color: 'teal', message: t('priceTypes.saved') });
      onClose();
    } catch (e) {
      const fields = inputFieldErrors(e, 'code', t('priceTypes.codeTaken'));
      setErrors(fields);
      if (!Object.keys(fields).length) setFailure(errorMessage(e, t));
    }
  };

  return (
    <Stack gap="sm" data-testid="price-type-form">
      <SimpleGrid cols={2}>
        <TextInput
          label={t('priceTypes.code')}
          value={values.code}
          onChange={(e) => set('code', e.currentTarget.value.toUpperCase())}
          error={errors.code}
          required
        />
        <TextInput
          label={t('priceTypes.currency')}
          value={values.currency}
          onChange={(e) => set('currency', e.currentTarget.value.toUpperCase())}
          error={errors.currency}
          maxLength={3}
          required
        />
      </SimpleGrid>
      <TextInput
        label={t('priceTypes.name')}
        value={values.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={errors.name}
        required
      />
      <NumberInput
        label={t('priceTypes.position')}
        value={values.position}
        onChange={(v) => set('position', typeof v === 'number' ? v : 0)}
        allowDecimal={false}
        error={errors.position}
      />
      <Checkbox
        label={t('priceTypes.vatIncluded')}
        checked={values.vatIncluded}
        onChange={(e) => set('vatIncluded', e.currentTarget.checked)}
      />
      <Checkbox
        label={t('priceTypes.staffOnlyHint')}
        checked={values.staffOnly}
        onChange={(e) => set('staffOnly', e.currentTarget.checked)}
      />
      <Checkbox
        label={t('priceTypes.defaultHint')}
        checked={values.isDefault}
        onChange={(e) => set('isDefault', e.currentTarget.checked)}
      />
      {failure && <Alert color="red">{failure}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('actions.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={creating.loading || updating.loading}>
          {t('actions.save')}
        </Button>
      </Group>
    </Stack>
  );
}
