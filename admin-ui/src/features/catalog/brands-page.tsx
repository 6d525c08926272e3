import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import {
  ConfirmModal,
  createValidators,
  errorMessage,
  fieldErrors,
  useFormat,
  useRevalidateOnLanguageChange,
} from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BrandFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { BRANDS_QUERY, CREATE_BRAND_MUTATION, DELETE_BRAND_MUTATION, UPDATE_BRAND_MUTATION } from './catalog.queries';
import { EditDeleteActions } from '../common/row-actions';

/** `/catalog/brands`: brands with their product counts. */
export function BrandsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const canEdit = hasPermission(session, 'MANAGE_CATALOG');
  const { data, loading, error } = useQuery(BRANDS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<{ brand: BrandFieldsFragment | null } | null>(null);
  const [deleting, setDeleting] = useState<BrandFieldsFragment | null>(null);
  const [remove, removing] = useMutation(DELETE_BRAND_MUTATION, { refetchQueries: [BRANDS_QUERY] });
  if (!hasPermission(session, 'READ_CATALOG')) return <NoAccess />;

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({ variables: { id: deleting.id } });
      notifications.show({ color: 'teal', message: t('brands.deleted', { name: deleting.name }) });
      setDeleting(null);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };
  const brands = data?.brands;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('brands.pageTitle')}
        description={t('brands.description')}
        action={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ brand: null })}>
              {t('brands.create')}
            </Button>
          )
        }
      />
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !brands && <Loader />}
      {brands && brands.length === 0 && <Text c="dimmed">{t('brands.empty')}</Text>}
      {brands && brands.length > 0 && (
        <Table striped highlightOnHover verticalSpacing={6} maw={800} data-testid="brands-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('brands.name')}</Table.Th>
              <Table.Th>{t('catalog.externalId')}</Table.Th>
              <Table.Th ta="right">{t('brands.productCount')}</Table.Th>
              {canEdit && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {brands.map((brand) => (
              <Table.Tr key={brand.id} data-testid="brand-row">
                <Table.Td>{brand.name}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" c="dimmed">
                    {brand.externalId}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{format.integer(brand.productCount)}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <EditDeleteActions onEdit={() => setEditing({ brand })} onDelete={() => setDeleting(brand)} />
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
        title={editing?.brand ? t('brands.editTitle', { name: editing.brand.name }) : t('brands.createTitle')}
      >
        {editing && (
          <BrandForm key={editing.brand?.id ?? 'new'} brand={editing.brand} onClose={() => setEditing(null)} />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('brands.deleteTitle')}
        confirmLabel={t('actions.delete')}
        color="red"
        loading={removing.loading}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      >
        {t('brands.deleteText', { name: deleting?.name ?? '', count: deleting?.productCount ?? 0 })}
      </ConfirmModal>
    </Stack>
  );
}

function BrandForm({ brand, onClose }: { brand: BrandFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const [create, creating] = useMutation(CREATE_BRAND_MUTATION, { refetchQueries: [BRANDS_QUERY] });
  const [update, updating] = useMutation(UPDATE_BRAND_MUTATION);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: brand?.name ?? '', externalId: brand?.externalId ?? '' },
    validate: { name: v.required(200), externalId: v.optional(100) },
  });
  useRevalidateOnLanguageChange(form);
  const submit = async (values: typeof form.values) => {
    setFailure(null);
    const input = { name: values.name.trim(), externalId: values.externalId.trim() || null };
    try {
      if (brand) await update({ variables: { id: brand.id, input } });
      else await create({ variables: { input } });
      notifications.show({ color: 'teal', message: t('brands.saved', { name: input.name }) });
      onClose();
    } catch (e) {
      const errors = fieldErrors(e, t);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure(errorMessage(e, t));
    }
  };
  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="brand-form">
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        <TextInput label={t('brands.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('catalog.externalId')} {...form.getInputProps('externalId')} />
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
