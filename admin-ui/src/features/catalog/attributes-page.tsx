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
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { ConfirmModal, createValidators, errorMessage, useRevalidateOnLanguageChange } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AttributeFieldsFragment, AttributeType } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { inputFieldErrors } from '../common/input-field-errors';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import {
  ATTRIBUTES_QUERY,
  CREATE_ATTRIBUTE_MUTATION,
  DELETE_ATTRIBUTE_MUTATION,
  UPDATE_ATTRIBUTE_MUTATION,
} from './catalog.queries';
import { EditDeleteActions } from '../common/row-actions';

const TYPES: AttributeType[] = ['TEXT', 'NUMBER', 'BOOLEAN', 'ENUM'];
/** The API's attribute code rule (AttributeDefinitionInput.code). */
const CODE = /^[a-z][a-z0-9_]{0,59}$/;
const OPTION_CODE = /^[A-Za-z0-9_.-]{1,60}$/;

/** `/catalog/attributes`: typed product attributes (the storefront's facets). */
export function AttributesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const canEdit = hasPermission(session, 'MANAGE_CATALOG');
  const { data, loading, error } = useQuery(ATTRIBUTES_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<{ attribute: AttributeFieldsFragment | null } | null>(null);
  const [deleting, setDeleting] = useState<AttributeFieldsFragment | null>(null);
  const [remove, removing] = useMutation(DELETE_ATTRIBUTE_MUTATION, { refetchQueries: [ATTRIBUTES_QUERY] });
  if (!hasPermission(session, 'READ_CATALOG')) return <NoAccess />;

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({ variables: { id: deleting.id } });
      notifications.show({ color: 'teal', message: t('attributes.deleted', { name: deleting.name }) });
      setDeleting(null);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };
  const attributes = data?.attributeDefinitions;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('attributes.pageTitle')}
        description={t('attributes.description')}
        action={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ attribute: null })}>
              {t('attributes.create')}
            </Button>
          )
        }
      />
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !attributes && <Loader />}
      {attributes && attributes.length === 0 && <Text c="dimmed">{t('attributes.empty')}</Text>}
      {attributes && attributes.length > 0 && (
        <Table striped highlightOnHover verticalSpacing={6} data-testid="attributes-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attributes.name')}</Table.Th>
              <Table.Th>{t('attributes.code')}</Table.Th>
              <Table.Th>{t('attributes.type')}</Table.Th>
              <Table.Th>{t('attributes.unit')}</Table.Th>
              <Table.Th>{t('attributes.filterable')}</Table.Th>
              <Table.Th>{t('attributes.options')}</Table.Th>
              {canEdit && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {attributes.map((a) => (
              <Table.Tr key={a.id} data-testid="attribute-row">
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {a.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" tt="none">
                    {t(`attributes.types.${a.type}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{a.unit}</Table.Td>
                <Table.Td>{a.filterable ? t('productForm.yes') : t('productForm.no')}</Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={2}>
                    {a.type === 'ENUM' ? a.options.map((o) => o.label).join(', ') : ''}
                  </Text>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <EditDeleteActions onEdit={() => setEditing({ attribute: a })} onDelete={() => setDeleting(a)} />
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
        size="lg"
        onClose={() => setEditing(null)}
        title={
          editing?.attribute ? t('attributes.editTitle', { name: editing.attribute.name }) : t('attributes.createTitle')
        }
      >
        {editing && (
          <AttributeForm
            key={editing.attribute?.id ?? 'new'}
            attribute={editing.attribute}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('attributes.deleteTitle')}
        confirmLabel={t('actions.delete')}
        color="red"
        loading={removing.loading}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      >
        {t('attributes.deleteText', { name: deleting?.name ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}

function AttributeForm({ attribute, onClose }: { attribute: AttributeFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const [create, creating] = useMutation(CREATE_ATTRIBUTE_MUTATION, { refetchQueries: [ATTRIBUTES_QUERY] });
  const [update, updating] = useMutation(UPDATE_ATTRIBUTE_MUTATION);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      code: attribute?.code ?? '',
      name: attribute?.name ?? '',
      type: attribute?.type ?? 'TEXT',
      unit: attribute?.unit ?? '',
      filterable: attribute?.filterable ?? true,
      position: attribute?.position ?? 0,
      options: (attribute?.type === 'ENUM' ? attribute.options : [])
        .filter((o) => o.code)
        .map((o) => ({ code: o.code ?? '', label: o.label, existing: true })),
    },
    validate: {
      code: (value) => (attribute || CODE.test(value.trim()) ? null : t('attributes.codeFormat')),
      name: v.required(200),
      unit: v.optional(20),
      options: {
        code: (value) => (OPTION_CODE.test(value.trim()) ? null : t('attributes.optionCodeFormat')),
        label: v.required(200),
      },
    },
  });
  useRevalidateOnLanguageChange(form);
  const submit = async (values: typeof form.values) => {
    setFailure(null);
    const options =
      values.type === 'ENUM' ? values.options.map((o) => ({ code: o.code.trim(), label: o.label.trim() })) : null;
    const common = {
      name: values.name.trim(),
      unit: values.type === 'NUMBER' ? values.unit.trim() || null : null,
      filterable: values.filterable,
      position: Number(values.position) || 0,
      options,
    };
    try {
      if (attribute) await update({ variables: { id: attribute.id, input: common } });
      else await create({ variables: { input: { ...common, code: values.code.trim(), type: values.type } } });
      notifications.show({ color: 'teal', message: t('attributes.saved', { name: common.name }) });
      onClose();
    } catch (e) {
      const errors = inputFieldErrors(e, 'code');
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure(errorMessage(e, t));
    }
  };
  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="attribute-form">
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        <SimpleGrid cols={2}>
          <TextInput
            label={t('attributes.code')}
            description={t('attributes.codeHint')}
            disabled={attribute !== null}
            required
            {...form.getInputProps('code')}
          />
          <Select
            label={t('attributes.type')}
            data={TYPES.map((type) => ({ value: type, label: t(`attributes.types.${type}`) }))}
            disabled={attribute !== null}
            allowDeselect={false}
            {...form.getInputProps('type')}
          />
        </SimpleGrid>
        <TextInput label={t('attributes.name')} required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={3}>
          {form.values.type === 'NUMBER' && <TextInput label={t('attributes.unit')} {...form.getInputProps('unit')} />}
          <NumberInput label={t('attributes.position')} allowDecimal={false} {...form.getInputProps('position')} />
          <Checkbox
            mt={30}
            label={t('attributes.filterable')}
            {...form.getInputProps('filterable', { type: 'checkbox' })}
          />
        </SimpleGrid>
        {form.values.type === 'ENUM' && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('attributes.options')}
            </Text>
            {form.values.options.map((option, index) => (
              <Group key={index} gap="xs" align="flex-start" wrap="nowrap" data-testid="option-row">
                <TextInput
                  aria-label={t('attributes.optionCode')}
                  placeholder={t('attributes.optionCode')}
                  disabled={option.existing}
                  w={160}
                  {...form.getInputProps(`options.${index}.code`)}
                />
                <TextInput
                  aria-label={t('attributes.optionLabel')}
                  placeholder={t('attributes.optionLabel')}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`options.${index}.label`)}
                />
                {!option.existing && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={6}
                    aria-label={t('actions.delete')}
                    onClick={() => form.removeListItem('options', index)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('options', { code: '', label: '', existing: false })}
            >
              {t('attributes.addOption')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('attributes.optionsHint')}
            </Text>
          </Stack>
        )}
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
