import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { createValidators, errorMessage, fieldErrors, useRevalidateOnLanguageChange } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import type { CompanyStatus } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { COMPANIES_QUERY, CREATE_COMPANY_MUTATION } from './companies.queries';
import { useManagerOptions } from './pickers';

export function CreateCompanyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('companies.createModal.title')}>
      {opened && <CreateCompanyForm onClose={onClose} />}
    </Modal>
  );
}

function CreateCompanyForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const session = useSession();
  const navigate = useNavigate();
  const managers = useManagerOptions();
  const seesAll = hasPermission(session, 'ALL_CLIENTS');
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_COMPANY_MUTATION, { refetchQueries: [COMPANIES_QUERY] });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', status: 'ACTIVE' as CompanyStatus, managerId: '', notes: '' },
    validate: { name: v.required(300), notes: v.optional(10000) },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name.trim(),
            status: values.status,
            managerId: seesAll && values.managerId ? values.managerId : null,
            notes: values.notes.trim() || null,
          },
        },
      });
      const result = data?.createCompany;
      if (result?.__typename === 'ClientCompany') {
        notifications.show({ color: 'teal', message: t('companies.createModal.created', { name: result.name }) });
        onClose();
        await navigate(`/companies/${result.id}`);
      } else if (result?.__typename === 'AlreadyExistsError') {
        setFailure(result.message);
      }
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
          label={t('companies.createModal.name')}
          required
          data-autofocus
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <Select
          label={t('companies.createModal.status')}
          data={(['ACTIVE', 'PENDING'] as const).map((s) => ({ value: s, label: t(`companyStatus.${s}`) }))}
          allowDeselect={false}
          key={form.key('status')}
          {...form.getInputProps('status')}
        />
        {seesAll ? (
          <Select
            label={t('companies.createModal.manager')}
            data={managers}
            searchable
            clearable
            key={form.key('managerId')}
            {...form.getInputProps('managerId')}
          />
        ) : (
          <Alert color="gray" variant="light">
            {t('companies.createModal.managerSelf')}
          </Alert>
        )}
        <Textarea
          label={t('companies.createModal.notes')}
          autosize
          minRows={2}
          key={form.key('notes')}
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('actions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
