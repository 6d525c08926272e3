import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
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
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { createValidators, errorMessage, useRevalidateOnLanguageChange } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { WarehouseFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { inputFieldErrors } from '../common/input-field-errors';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { CREATE_WAREHOUSE_MUTATION, UPDATE_WAREHOUSE_MUTATION, WAREHOUSES_QUERY } from './inventory.queries';

const CODE = /^[A-Za-z0-9_.-]{1,30}$/;

/** `/inventory/warehouses`: where stock lies; pickup points are offered to buyers. */
export function WarehousesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const canEdit = hasPermission(session, 'MANAGE_STOCK');
  const { data, loading, error } = useQuery(WAREHOUSES_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<{ warehouse: WarehouseFieldsFragment | null } | null>(null);
  if (!hasPermission(session, 'READ_CATALOG') && !canEdit) return <NoAccess />;

  const warehouses = data?.warehouses;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('warehouses.pageTitle')}
        description={t('warehouses.description')}
        action={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ warehouse: null })}>
              {t('warehouses.create')}
            </Button>
          )
        }
      />
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !warehouses && <Loader />}
      {warehouses && warehouses.length === 0 && <Text c="dimmed">{t('warehouses.empty')}</Text>}
      {warehouses && warehouses.length > 0 && (
        <Table striped highlightOnHover verticalSpacing={6} data-testid="warehouses-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('warehouses.code')}</Table.Th>
              <Table.Th>{t('warehouses.name')}</Table.Th>
              <Table.Th>{t('warehouses.city')}</Table.Th>
              <Table.Th>{t('warehouses.region')}</Table.Th>
              <Table.Th>{t('warehouses.branch')}</Table.Th>
              <Table.Th>{t('warehouses.flags')}</Table.Th>
              {canEdit && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {warehouses.map((w) => (
              <Table.Tr key={w.id} data-testid="warehouse-row">
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {w.code}
                  </Text>
                </Table.Td>
                <Table.Td>{w.name}</Table.Td>
                <Table.Td>{w.city}</Table.Td>
                <Table.Td>{w.region}</Table.Td>
                <Table.Td>{w.branch}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {w.pickupPoint && (
                      <Badge size="sm" variant="light" color="indigo" tt="none">
                        {t('warehouses.pickupPoint')}
                      </Badge>
                    )}
                    <Badge size="sm" variant="light" color={w.active ? 'teal' : 'gray'} tt="none">
                      {w.active ? t('catalog.active') : t('catalog.inactive')}
                    </Badge>
                  </Group>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Tooltip label={t('actions.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('actions.edit')}
                        onClick={() => setEditing({ warehouse: w })}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        size="lg"
        onClose={() => setEditing(null)}
        title={
          editing?.warehouse ? t('warehouses.editTitle', { name: editing.warehouse.name }) : t('warehouses.createTitle')
        }
      >
        {editing && (
          <WarehouseForm
            key={editing.warehouse?.id ?? 'new'}
            warehouse={editing.warehouse}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function WarehouseForm({ warehouse, onClose }: { warehouse: WarehouseFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const [create, creating] = useMutation(CREATE_WAREHOUSE_MUTATION, { refetchQueries: [WAREHOUSES_QUERY] });
  const [update, updating] = useMutation(UPDATE_WAREHOUSE_MUTATION);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      code: warehouse?.code ?? '',
      name: warehouse?.name ?? '',
      city: warehouse?.city ?? '',
      region: warehouse?.region ?? '',
      branch: warehouse?.branch ?? '',
      pickupPoint: warehouse?.pickupPoint ?? false,
      active: warehouse?.active ?? true,
      position: warehouse?.position ?? 0,
    },
    validate: {
      code: (value) => v.required(30)(value) ?? (CODE.test(value.trim()) ? null : t('warehouses.codeFormat')),
      name: v.required(200),
      city: v.required(100),
      region: v.optional(100),
      branch: v.optional(100),
    },
  });
  useRevalidateOnLanguageChange(form);
  const submit = async (values: typeof form.values) => {
    setFailure(null);
    const input = {
      code: values.code.trim(),
      name: values.name.trim(),
      city: values.city.trim(),
      region: values.region.trim(),
      branch: values.branch.trim(),
      pickupPoint: values.pickupPoint,
      active: values.active,
      position: Number(values.position) || 0,
    };
    try {
      if (warehouse) await update({ variables: { id: warehouse.id, input } });
      else await create({ variables: { input } });
      notifications.show({ color: 'teal', message: t('warehouses.saved', { name: input.name }) });
      onClose();
    } catch (e) {
      const errors = inputFieldErrors(e, 'code');
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure(errorMessage(e, t));
    }
  };
  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="warehouse-form">
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        <SimpleGrid cols={2}>
          <TextInput label={t('warehouses.code')} required data-autofocus {...form.getInputProps('code')} />
          <TextInput label={t('warehouses.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('warehouses.city')} required {...form.getInputProps('city')} />
          <TextInput label={t('warehouses.region')} {...form.getInputProps('region')} />
          <TextInput label={t('warehouses.branch')} {...form.getInputProps('branch')} />
          <NumberInput label={t('warehouses.position')} allowDecimal={false} {...form.getInputProps('position')} />
        </SimpleGrid>
        <Group>
          <Checkbox label={t('warehouses.pickupPoint')} {...form.getInputProps('pickupPoint', { type: 'checkbox' })} />
          <Checkbox label={t('warehouses.activeLabel')} {...form.getInputProps('active', { type: 'checkbox' })} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
