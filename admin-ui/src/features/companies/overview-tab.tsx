import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
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

import type { CompanyFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { CompanyStatusBadge } from '../common/status-badges';
import {
  CONTRACTOR_GROUPS_QUERY,
  SET_COMPANY_GROUPS_MUTATION,
  SET_COMPANY_MANAGER_MUTATION,
  SET_COMPANY_STATUS_MUTATION,
  UPDATE_COMPANY_MUTATION,
} from './companies.queries';
import { useManagerOptions } from './pickers';

interface TabProps {
  company: CompanyFieldsFragment;
  canEdit: boolean;
}

export function OverviewTab({ company, canEdit }: TabProps) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack gap="lg">
        <StatusCard company={company} canEdit={canEdit} />
        <ManagerCard company={company} canEdit={canEdit} />
        <GroupsCard company={company} canEdit={canEdit} />
      </Stack>
      <DetailsCard key={company.updatedAt} company={company} canEdit={canEdit} />
    </SimpleGrid>
  );
}

function StatusCard({ company, canEdit }: TabProps) {
  const { t } = useTranslation();
  const [blocking, setBlocking] = useState(false);
  const [opening, setOpening] = useState(false);
  const [setStatus, { loading }] = useMutation(SET_COMPANY_STATUS_MUTATION);

  const activate = async () => {
    try {
      await setStatus({ variables: { id: company.id, status: 'ACTIVE', reason: null } });
      notifications.show({ color: 'teal', message: t('company.statusChanged', { status: t('companyStatus.ACTIVE') }) });
      setOpening(false);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  return (
    <Card withBorder padding="lg" data-testid="status-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('company.status')}
          </Title>
          <CompanyStatusBadge status={company.status} />
        </Group>
        {company.status === 'BLOCKED' && company.blockedReason && (
          <Alert color="red" variant="light" data-testid="blocked-reason">
            {t('company.blockedReason', { reason: company.blockedReason })}
          </Alert>
        )}
        {canEdit && (
          <Group gap="sm">
            {company.status !== 'ACTIVE' && (
              <Button variant="light" color="teal" onClick={() => setOpening(true)}>
                {company.status === 'BLOCKED' ? t('company.unblock') : t('company.activate')}
              </Button>
            )}
            {company.status !== 'BLOCKED' && (
              <Button variant="light" color="red" onClick={() => setBlocking(true)}>
                {t('company.block')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <BlockModal company={company} opened={blocking} onClose={() => setBlocking(false)} />
      <ConfirmModal
        opened={opening}
        title={t('company.unblockModal.title', { name: company.name })}
        confirmLabel={company.status === 'BLOCKED' ? t('company.unblock') : t('company.activate')}
        loading={loading}
        onConfirm={() => void activate()}
        onClose={() => setOpening(false)}
      >
        {t('company.unblockModal.text')}
      </ConfirmModal>
    </Card>
  );
}

function BlockModal({
  company,
  opened,
  onClose,
}: {
  company: CompanyFieldsFragment;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('company.blockModal.title', { name: company.name })}>
      {opened && <BlockForm company={company} onClose={onClose} />}
    </Modal>
  );
}

function BlockForm({ company, onClose }: { company: CompanyFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const [setStatus, { loading }] = useMutation(SET_COMPANY_STATUS_MUTATION);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm({ mode: 'uncontrolled', initialValues: { reason: '' }, validate: { reason: v.required(1000) } });
  useRevalidateOnLanguageChange(form);

  const submit = async ({ reason }: { reason: string }) => {
    setFailure(null);
    try {
      await setStatus({ variables: { id: company.id, status: 'BLOCKED', reason: reason.trim() } });
      notifications.show({
        color: 'teal',
        message: t('company.statusChanged', { status: t('companyStatus.BLOCKED') }),
      });
      onClose();
    } catch (error) {
      const errors = fieldErrors(error, t);
      if (errors.reason) form.setErrors({ reason: errors.reason });
      else setFailure(error);
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="md">
        <Text size="sm">{t('company.blockModal.text')}</Text>
        {failure !== null && <Alert color="red">{errorMessage(failure, t)}</Alert>}
        <Textarea
          label={t('company.blockModal.reason')}
          required
          autosize
          minRows={2}
          data-autofocus
          key={form.key('reason')}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" color="red" loading={loading}>
            {t('company.blockModal.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ManagerCard({ company, canEdit }: TabProps) {
  const { t } = useTranslation();
  const session = useSession();
  const managers = useManagerOptions();
  const mayAssign = canEdit && hasPermission(session, 'ALL_CLIENTS');
  const [setManager, { loading }] = useMutation(SET_COMPANY_MANAGER_MUTATION);
  const data =
    company.manager && !managers.some((m) => m.value === company.manager?.id)
      ? [{ value: company.manager.id, label: company.manager.fullName }, ...managers]
      : managers;

  const change = async (managerId: string | null) => {
    try {
      await setManager({ variables: { id: company.id, managerId } });
      notifications.show({ color: 'teal', message: t('company.managerChanged') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('company.manager')}
        </Title>
        {mayAssign ? (
          <Select
            aria-label={t('company.manager')}
            placeholder={t('company.noManager')}
            data={data}
            value={company.manager?.id ?? null}
            onChange={(value) => void change(value)}
            searchable
            clearable
            disabled={loading}
            data-testid="manager-select"
          />
        ) : (
          <>
            <Text data-testid="manager-name">{company.manager?.fullName ?? t('company.noManager')}</Text>
            {company.manager && (
              <Text size="sm" c="dimmed">
                {company.manager.email}
              </Text>
            )}
            {canEdit && (
              <Text size="xs" c="dimmed">
                {t('company.managerHint')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

function GroupsCard({ company, canEdit }: TabProps) {
  const { t } = useTranslation();
  const session = useSession();
  const mayChange = canEdit && hasPermission(session, 'ALL_CLIENTS');
  const groups = useQuery(CONTRACTOR_GROUPS_QUERY);
  const [selected, setSelected] = useState<string[]>(company.groups.map((g) => g.id));
  const [setGroups, { loading }] = useMutation(SET_COMPANY_GROUPS_MUTATION, {
    refetchQueries: [CONTRACTOR_GROUPS_QUERY],
  });
  const changed =
    selected.length !== company.groups.length || selected.some((id) => !company.groups.some((g) => g.id === id));

  const save = async () => {
    try {
      await setGroups({ variables: { id: company.id, groupIds: selected } });
      notifications.show({ color: 'teal', message: t('company.groupsChanged') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('company.groups')}
        </Title>
        {mayChange ? (
          <>
            <MultiSelect
              aria-label={t('company.groups')}
              data={(groups.data?.contractorGroups ?? []).map((g) => ({ value: g.id, label: g.name }))}
              value={selected}
              onChange={setSelected}
              searchable
              clearable
            />
            <Group justify="flex-end">
              <Button size="xs" onClick={() => void save()} loading={loading} disabled={!changed}>
                {t('actions.save')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Group gap={4}>
              {company.groups.length === 0 && <Text c="dimmed">—</Text>}
              {company.groups.map((g) => (
                <Badge key={g.id} variant="outline" tt="none">
                  {g.name}
                </Badge>
              ))}
            </Group>
            {canEdit && (
              <Text size="xs" c="dimmed">
                {t('company.groupsHint')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

function DetailsCard({ company, canEdit }: TabProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const v = createValidators(t);
  const [update, { loading }] = useMutation(UPDATE_COMPANY_MUTATION);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: company.name, externalId: company.externalId ?? '', notes: company.notes ?? '' },
    validate: { name: v.required(300), externalId: v.optional(100), notes: v.optional(10000) },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    try {
      const { data } = await update({
        variables: {
          id: company.id,
          input: {
            name: values.name.trim(),
            externalId: values.externalId.trim() || null,
            notes: values.notes.trim() || null,
          },
        },
      });
      const result = data?.updateCompany;
      if (result?.__typename === 'ClientCompany') notifications.show({ color: 'teal', message: t('company.saved') });
      else if (result?.__typename === 'AlreadyExistsError') {
        const field = result.field.split('.').pop() ?? '';
        if (field === 'externalId' || field === 'name') form.setFieldError(field, result.message);
        else setFailure(result.message);
      }
    } catch (error) {
      const errors = fieldErrors(error, t);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure(errorMessage(error, t));
    }
  };

  return (
    <Card withBorder padding="lg">
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('company.details')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('company.createdAt', { date: format.dateTime(company.createdAt) })}
            </Text>
          </Group>
          {failure && <Alert color="red">{failure}</Alert>}
          <TextInput
            label={t('company.name')}
            required
            readOnly={!canEdit}
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('company.externalId')}
            readOnly={!canEdit}
            key={form.key('externalId')}
            {...form.getInputProps('externalId')}
          />
          <Textarea
            label={t('company.notes')}
            description={t('company.notesHint')}
            autosize
            minRows={4}
            readOnly={!canEdit}
            key={form.key('notes')}
            {...form.getInputProps('notes')}
            data-testid="company-notes"
          />
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={loading}>
                {t('actions.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
