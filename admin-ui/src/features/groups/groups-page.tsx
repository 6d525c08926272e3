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

import type { ContractorGroupsQuery } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { CONTRACTOR_GROUPS_QUERY } from '../companies/companies.queries';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import {
  CREATE_CONTRACTOR_GROUP_MUTATION,
  DELETE_CONTRACTOR_GROUP_MUTATION,
  UPDATE_CONTRACTOR_GROUP_MUTATION,
} from './groups.queries';
import { EditDeleteActions } from '../common/row-actions';

type ContractorGroup = ContractorGroupsQuery['contractorGroups'][number];
const CODE = /^[A-Za-z0-9_.-]{1,50}$/;

/** `/groups`: contractor groups (price rules target them); heads of sales and administrators edit them. */
export function GroupsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const canEdit = hasPermission(session, 'MANAGE_COMPANIES') && hasPermission(session, 'ALL_CLIENTS');
  const { data, loading, error } = useQuery(CONTRACTOR_GROUPS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<{ group: ContractorGroup | null } | null>(null);
  const [deleting, setDeleting] = useState<ContractorGroup | null>(null);
  const [remove, removing] = useMutation(DELETE_CONTRACTOR_GROUP_MUTATION, {
    refetchQueries: [CONTRACTOR_GROUPS_QUERY],
  });
  if (!hasPermission(session, 'READ_COMPANIES')) return <NoAccess />;

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({ variables: { id: deleting.id } });
      notifications.show({ color: 'teal', message: t('groups.deleted') });
      setDeleting(null);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };

  const groups = data?.contractorGroups;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('groups.pageTitle')}
        description={t('groups.description')}
        action={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ group: null })}>
              {t('groups.create')}
            </Button>
          )
        }
      />
      {!canEdit && (
        <Alert color="gray" variant="light">
          {t('groups.readOnly')}
        </Alert>
      )}
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !groups && <Loader />}
      {groups && groups.length === 0 && <Text c="dimmed">{t('groups.empty')}</Text>}
      {groups && groups.length > 0 && (
        <Table striped highlightOnHover verticalSpacing={6} maw={900} data-testid="groups-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('groups.columns.code')}</Table.Th>
              <Table.Th>{t('groups.columns.name')}</Table.Th>
              <Table.Th ta="right">{t('groups.columns.companies')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => (
              <Table.Tr key={group.id}>
                <Table.Td ff="monospace">{group.code}</Table.Td>
                <Table.Td>{group.name}</Table.Td>
                <Table.Td ta="right">{format.integer(group.companyCount)}</Table.Td>
                <Table.Td>
                  {canEdit && (
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <EditDeleteActions onEdit={() => setEditing({ group })} onDelete={() => setDeleting(group)} />
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.group ? t('groups.editTitle', { name: editing.group.name }) : t('groups.createTitle')}
      >
        {editing && (
          <GroupForm key={editing.group?.id ?? 'new'} group={editing.group} onClose={() => setEditing(null)} />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('groups.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('actions.delete')}
        color="red"
        loading={removing.loading}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      >
        {t('groups.deleteText')}
      </ConfirmModal>
    </Stack>
  );
}

function GroupForm({ group, onClose }: { group: ContractorGroup | null; onClose: () => void }) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const [create, creating] = useMutation(CREATE_CONTRACTOR_GROUP_MUTATION, {
    refetchQueries: [CONTRACTOR_GROUPS_QUERY],
  });
  const [update, updating] = useMutation(UPDATE_CONTRACTOR_GROUP_MUTATION);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { code: group?.code ?? '', name: group?.name ?? '' },
    validate: {
      code: (value) => (CODE.test(value.trim()) ? null : t('groups.codeInvalid')),
      name: v.required(200),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    const input = { code: values.code.trim(), name: values.name.trim() };
    try {
      const result = group
        ? (await update({ variables: { id: group.id, input } })).data?.updateContractorGroup
        : (await create({ variables: { input } })).data?.createContractorGroup;
      if (result?.__typename === 'AlreadyExistsError') {
        form.setFieldError('code', t('groups.codeTaken'));
        return;
      }
      notifications.show({ color: 'teal', message: t('groups.saved', { name: input.name }) });
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
          label={t('groups.code')}
          description={t('groups.codeHint')}
          required
          data-autofocus
          key={form.key('code')}
          {...form.getInputProps('code')}
        />
        <TextInput label={t('groups.name')} required key={form.key('name')} {...form.getInputProps('name')} />
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
