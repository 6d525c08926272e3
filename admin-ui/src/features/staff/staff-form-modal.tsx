import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { createValidators, errorMessage, fieldErrors, useRevalidateOnLanguageChange } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { StaffRole, StaffUserFieldsFragment } from '../../gql/graphql';
import { CREATE_STAFF_USER_MUTATION, STAFF_USERS_QUERY, UPDATE_STAFF_USER_MUTATION } from './staff.queries';

export const STAFF_ROLES: readonly StaffRole[] = ['ADMIN', 'HEAD_OF_SALES', 'SALES_MANAGER', 'CATALOG_MANAGER'];

interface Props {
  editing: { user: StaffUserFieldsFragment | null } | null;
  onClose: () => void;
}

export function StaffFormModal({ editing, onClose }: Props) {
  const { t } = useTranslation();
  const user = editing?.user ?? null;
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      size="lg"
      title={user ? t('staff.form.editTitle', { name: user.fullName }) : t('staff.form.createTitle')}
    >
      {editing && <StaffForm key={user?.id ?? 'new'} user={user} onClose={onClose} />}
    </Modal>
  );
}

function StaffForm({ user, onClose }: { user: StaffUserFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const [create, creating] = useMutation(CREATE_STAFF_USER_MUTATION, { refetchQueries: [STAFF_USERS_QUERY] });
  const [update, updating] = useMutation(UPDATE_STAFF_USER_MUTATION);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      email: user?.email ?? '',
      fullName: user?.fullName ?? '',
      role: user?.role ?? 'SALES_MANAGER',
      phone: user?.phone ?? '',
      photoUrl: user?.photoUrl ?? '',
      locale: user?.locale ?? 'ru',
    },
    validate: {
      email: (value) => (user ? null : v.email(value)),
      fullName: v.required(200),
      phone: v.optional(40),
      photoUrl: (value) =>
        value.trim() && !/^https?:\/\/\S+$/.test(value.trim()) ? t('staff.form.photoUrlInvalid') : null,
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    const common = {
      fullName: values.fullName.trim(),
      role: values.role,
      phone: values.phone.trim() || null,
      photoUrl: values.photoUrl.trim() || null,
      locale: values.locale,
    };
    try {
      if (user) {
        const { data } = await update({ variables: { id: user.id, input: common } });
        const result = data?.updateStaffUser;
        if (result?.__typename === 'SelfChangeError') {
          setFailure(t('staff.selfChange'));
          return;
        }
        notifications.show({ color: 'teal', message: t('staff.form.updated', { name: common.fullName }) });
      } else {
        const { data } = await create({ variables: { input: { ...common, email: values.email.trim() } } });
        const result = data?.createStaffUser;
        if (result?.__typename === 'AlreadyExistsError') {
          form.setFieldError('email', t('staff.form.emailTaken'));
          return;
        }
        notifications.show({ color: 'teal', message: t('staff.form.created', { name: common.fullName }) });
      }
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('staff.form.email')}
            type="email"
            required={!user}
            readOnly={user !== null}
            data-autofocus
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('staff.form.fullName')}
            required
            key={form.key('fullName')}
            {...form.getInputProps('fullName')}
          />
          <Select
            label={t('staff.form.role')}
            data={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            allowDeselect={false}
            key={form.key('role')}
            {...form.getInputProps('role')}
          />
          <Select
            label={t('staff.form.locale')}
            data={(['ru', 'en'] as const).map((l) => ({ value: l, label: t(`locales.${l}`) }))}
            allowDeselect={false}
            key={form.key('locale')}
            {...form.getInputProps('locale')}
          />
          <TextInput
            label={t('staff.form.phone')}
            type="tel"
            key={form.key('phone')}
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={t('staff.form.photoUrl')}
            description={t('staff.form.photoUrlHint')}
            key={form.key('photoUrl')}
            {...form.getInputProps('photoUrl')}
          />
        </SimpleGrid>
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
