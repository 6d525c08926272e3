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
  Paper,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDown,
  IconArrowUp,
  IconIndentDecrease,
  IconIndentIncrease,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
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

import type { CategoryFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import {
  CATEGORIES_QUERY,
  CREATE_CATEGORY_MUTATION,
  DELETE_CATEGORY_MUTATION,
  MOVE_CATEGORY_MUTATION,
  UPDATE_CATEGORY_MUTATION,
} from './catalog.queries';
import { type CategoryMove, categoryMoves } from './category-moves';

type Editing =
  { kind: 'create'; parent: CategoryFieldsFragment | null } | { kind: 'edit'; category: CategoryFieldsFragment };

/** `/catalog/categories`: the category tree; catalog managers add, rename, move and reorder. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const canEdit = hasPermission(session, 'MANAGE_CATALOG');
  const { data, loading, error } = useQuery(CATEGORIES_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<CategoryFieldsFragment | null>(null);
  const [move, moving] = useMutation(MOVE_CATEGORY_MUTATION, {
    update(cache, result) {
      const tree = result.data?.moveCategory;
      if (tree) cache.writeQuery({ query: CATEGORIES_QUERY, data: { __typename: 'Query', categories: tree } });
    },
  });
  const [remove, removing] = useMutation(DELETE_CATEGORY_MUTATION, { refetchQueries: [CATEGORIES_QUERY] });
  if (!hasPermission(session, 'READ_CATALOG')) return <NoAccess />;

  const tree = data?.categories;
  const runMove = async (m: CategoryMove) => {
    try {
      await move({ variables: m });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({ variables: { id: deleting.id } });
      notifications.show({ color: 'teal', message: t('categories.deleted', { name: deleting.name }) });
      setDeleting(null);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('categories.pageTitle')}
        description={t('categories.description')}
        action={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ kind: 'create', parent: null })}>
              {t('categories.createRoot')}
            </Button>
          )
        }
      />
      {!canEdit && (
        <Alert color="gray" variant="light">
          {t('catalog.readOnly')}
        </Alert>
      )}
      {error && (
        <Alert color="red" title={t('categories.loadFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {loading && !tree && <Loader />}
      {tree && tree.length === 0 && <Text c="dimmed">{t('categories.empty')}</Text>}
      {tree && tree.length > 0 && (
        <Paper withBorder p="xs" maw={960} data-testid="category-tree">
          <Stack gap={0}>
            {tree.map((category) => (
              <CategoryRow
                key={category.id}
                category={category}
                moves={categoryMoves(tree, category.id)}
                canEdit={canEdit}
                busy={moving.loading}
                onMove={(m) => void runMove(m)}
                onAdd={() => setEditing({ kind: 'create', parent: category })}
                onEdit={() => setEditing({ kind: 'edit', category })}
                onDelete={() => setDeleting(category)}
              />
            ))}
          </Stack>
        </Paper>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.kind === 'edit'
            ? t('categories.editTitle', { name: editing.category.name })
            : editing?.parent
              ? t('categories.createChildTitle', { parent: editing.parent.name })
              : t('categories.createRootTitle')
        }
      >
        {editing && <CategoryForm key={editing.kind} editing={editing} onClose={() => setEditing(null)} />}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('categories.deleteTitle')}
        confirmLabel={t('actions.delete')}
        color="red"
        loading={removing.loading}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      >
        {t('categories.deleteText', { name: deleting?.name ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}

interface RowProps {
  category: CategoryFieldsFragment;
  moves: ReturnType<typeof categoryMoves>;
  canEdit: boolean;
  busy: boolean;
  onMove: (move: CategoryMove) => void;
  onAdd: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

function CategoryRow({ category, moves, canEdit, busy, onMove, onAdd, onEdit, onDelete }: RowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const action = (label: string, icon: React.ReactNode, move: CategoryMove | null) => (
    <Tooltip label={label} withArrow>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={label}
        disabled={!move || busy}
        onClick={() => move && onMove(move)}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      py={4}
      pl={8 + category.depth * 24}
      pr={4}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      data-testid="category-row"
      data-depth={category.depth}
    >
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={category.depth === 0 ? 600 : 400} c={category.active ? undefined : 'dimmed'}>
          {category.name}
        </Text>
        <Badge size="sm" variant="light" color="gray" tt="none">
          {t('categories.products', { count: category.productCount, formatted: format.integer(category.productCount) })}
        </Badge>
        {!category.active && (
          <Badge size="sm" variant="outline" color="orange" tt="none">
            {t('catalog.inactive')}
          </Badge>
        )}
      </Group>
      {canEdit && (
        <Group gap={2} wrap="nowrap">
          {action(t('categories.moveUp'), <IconArrowUp size={16} />, moves.up)}
          {action(t('categories.moveDown'), <IconArrowDown size={16} />, moves.down)}
          {action(t('categories.outdent'), <IconIndentDecrease size={16} />, moves.outdent)}
          {action(t('categories.indent'), <IconIndentIncrease size={16} />, moves.indent)}
          <Tooltip label={t('categories.addChild')} withArrow>
            <ActionIcon variant="subtle" color="gray" aria-label={t('categories.addChild')} onClick={onAdd}>
              <IconPlus size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('actions.edit')} withArrow>
            <ActionIcon variant="subtle" color="gray" aria-label={t('actions.edit')} onClick={onEdit}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('actions.delete')} withArrow>
            <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={onDelete}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      )}
    </Group>
  );
}

function CategoryForm({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const existing = editing.kind === 'edit' ? editing.category : null;
  const [create, creating] = useMutation(CREATE_CATEGORY_MUTATION, { refetchQueries: [CATEGORIES_QUERY] });
  const [update, updating] = useMutation(UPDATE_CATEGORY_MUTATION);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      name: existing?.name ?? '',
      externalId: existing?.externalId ?? '',
      active: existing?.active ?? true,
    },
    validate: { name: v.required(200), externalId: v.optional(100) },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    const input = { name: values.name.trim(), externalId: values.externalId.trim() || null, active: values.active };
    try {
      if (existing) await update({ variables: { id: existing.id, input } });
      else
        await create({
          variables: { input: { ...input, parentId: editing.kind === 'create' ? (editing.parent?.id ?? null) : null } },
        });
      notifications.show({ color: 'teal', message: t('categories.saved', { name: input.name }) });
      onClose();
    } catch (e) {
      const errors = fieldErrors(e, t);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure(errorMessage(e, t));
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="category-form">
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        <TextInput label={t('categories.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label={t('catalog.externalId')}
          description={t('catalog.externalIdHint')}
          {...form.getInputProps('externalId')}
        />
        <Checkbox label={t('categories.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
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
