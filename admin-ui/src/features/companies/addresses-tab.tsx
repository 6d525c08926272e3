import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import {
  ConfirmModal,
  createValidators,
  errorMessage,
  fieldErrors,
  useRevalidateOnLanguageChange,
} from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CompanyFieldsFragment, DeliveryAddressFieldsFragment } from '../../gql/graphql';
import {
  COMPANY_QUERY,
  CREATE_DELIVERY_ADDRESS_MUTATION,
  DELETE_DELIVERY_ADDRESS_MUTATION,
  UPDATE_DELIVERY_ADDRESS_MUTATION,
} from './companies.queries';
import { EditDeleteActions } from '../common/row-actions';

export function AddressesTab({ company, canEdit }: { company: CompanyFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ address: DeliveryAddressFieldsFragment | null } | null>(null);
  const [deleting, setDeleting] = useState<DeliveryAddressFieldsFragment | null>(null);
  const [remove, { loading }] = useMutation(DELETE_DELIVERY_ADDRESS_MUTATION, {
    refetchQueries: [{ query: COMPANY_QUERY, variables: { id: company.id } }],
    awaitRefetchQueries: true,
  });

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({ variables: { id: deleting.id } });
      notifications.show({ color: 'teal', message: t('addresses.deleted') });
      setDeleting(null);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  return (
    <Stack gap="md">
      {canEdit && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ address: null })}>
            {t('addresses.add')}
          </Button>
        </Group>
      )}
      {company.deliveryAddresses.length === 0 ? (
        <Text c="dimmed">{t('addresses.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover verticalSpacing={6} data-testid="addresses-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('addresses.label')}</Table.Th>
                <Table.Th>{t('addresses.address')}</Table.Th>
                <Table.Th>{t('addresses.contactName')}</Table.Th>
                <Table.Th>{t('addresses.comment')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {company.deliveryAddresses.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td fw={500}>{a.label}</Table.Td>
                  <Table.Td>{a.address}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.contactName ?? '—'}</Text>
                    {a.contactPhone && (
                      <Text size="xs" c="dimmed">
                        {a.contactPhone}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{a.comment ?? '—'}</Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <EditDeleteActions onEdit={() => setEditing({ address: a })} onDelete={() => setDeleting(a)} />
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={
          editing?.address ? t('addresses.editTitle', { label: editing.address.label }) : t('addresses.createTitle')
        }
      >
        {editing && (
          <AddressForm
            key={editing.address?.id ?? 'new'}
            companyId={company.id}
            address={editing.address}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('addresses.deleteTitle', { label: deleting?.label ?? '' })}
        confirmLabel={t('actions.delete')}
        color="red"
        loading={loading}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      >
        {t('addresses.deleteText')}
      </ConfirmModal>
    </Stack>
  );
}

function AddressForm({
  companyId,
  address,
  onClose,
}: {
  companyId: string;
  address: DeliveryAddressFieldsFragment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const refetch = {
    refetchQueries: [{ query: COMPANY_QUERY, variables: { id: companyId } }],
    awaitRefetchQueries: true,
  };
  const [create, creating] = useMutation(CREATE_DELIVERY_ADDRESS_MUTATION, refetch);
  const [update, updating] = useMutation(UPDATE_DELIVERY_ADDRESS_MUTATION, refetch);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      label: address?.label ?? '',
      address: address?.address ?? '',
      contactName: address?.contactName ?? '',
      contactPhone: address?.contactPhone ?? '',
      comment: address?.comment ?? '',
    },
    validate: {
      label: v.required(200),
      address: v.required(500),
      contactName: v.optional(200),
      contactPhone: v.optional(40),
      comment: v.optional(500),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    const input = {
      label: values.label.trim(),
      address: values.address.trim(),
      contactName: values.contactName.trim() || null,
      contactPhone: values.contactPhone.trim() || null,
      comment: values.comment.trim() || null,
    };
    try {
      if (address) await update({ variables: { id: address.id, input } });
      else await create({ variables: { companyId, input } });
      notifications.show({ color: 'teal', message: t('addresses.saved', { label: input.label }) });
      onClose();
    } catch (error) {
      const errors = fieldErrors(error, t);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure(errorMessage(error, t));
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        <TextInput
          label={t('addresses.label')}
          placeholder={t('addresses.labelPlaceholder')}
          required
          data-autofocus
          key={form.key('label')}
          {...form.getInputProps('label')}
        />
        <TextInput
          label={t('addresses.address')}
          required
          key={form.key('address')}
          {...form.getInputProps('address')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('addresses.contactName')}
            key={form.key('contactName')}
            {...form.getInputProps('contactName')}
          />
          <TextInput
            label={t('addresses.contactPhone')}
            type="tel"
            key={form.key('contactPhone')}
            {...form.getInputProps('contactPhone')}
          />
        </SimpleGrid>
        <TextInput label={t('addresses.comment')} key={form.key('comment')} {...form.getInputProps('comment')} />
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
