import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage, fieldErrors } from '../errors/graphql-errors';
import { AmountInput } from '../forms/amount-input';
import { useRevalidateOnLanguageChange } from '../forms/use-revalidate-on-language-change';
import { amountValue, createValidators } from '../forms/validators';
import { useLanguage } from '../i18n/use-language';
import { BUYER_ROLES, type BuyerRoleName, type InviteUserValues, type UserChangeFailure } from './company-users.types';

interface Props {
  opened: boolean;
  currency: string;
  onClose: () => void;
  onInvite: (values: InviteUserValues) => Promise<UserChangeFailure | null>;
  onInvited: (values: InviteUserValues) => void;
}

export function InviteUserModal({ opened, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('companyUsers.inviteModal.title')} size="lg">
      {/* Mounted only while open: every invitation starts from an empty form. */}
      {opened && <InviteUserForm onClose={onClose} {...rest} />}
    </Modal>
  );
}

function InviteUserForm({ currency, onClose, onInvite, onInvited }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const validators = createValidators(t);
  const [failure, setFailure] = useState<UserChangeFailure | { error: unknown } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      email: '',
      fullName: '',
      phone: '',
      role: 'PURCHASER' as BuyerRoleName,
      orderLimit: '',
      monthlyLimit: '',
    },
    validate: {
      email: validators.email,
      fullName: validators.required(200),
      phone: validators.phone(false),
      orderLimit: validators.amount(),
      monthlyLimit: validators.amount(),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    setSubmitting(true);
    const input: InviteUserValues = {
      email: values.email.trim(),
      fullName: values.fullName.trim(),
      phone: values.phone.trim() || null,
      role: values.role,
      orderLimit: amountValue(values.orderLimit),
      monthlyLimit: amountValue(values.monthlyLimit),
      locale: language,
    };
    try {
      const outcome = await onInvite(input);
      if (outcome) setFailure(outcome);
      else onInvited(input);
    } catch (error) {
      const errors = fieldErrors(error, t);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure({ error });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('companyUsers.inviteModal.text')}
        </Text>
        {failure && (
          <Alert color="red" data-testid="invite-error">
            {typeof failure === 'string' ? t(`companyUsers.errors.${failure}`) : errorMessage(failure.error, t)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('companyUsers.inviteModal.email')}
            type="email"
            required
            data-autofocus
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('companyUsers.inviteModal.fullName')}
            required
            key={form.key('fullName')}
            {...form.getInputProps('fullName')}
          />
          <TextInput
            label={t('companyUsers.inviteModal.phone')}
            type="tel"
            key={form.key('phone')}
            {...form.getInputProps('phone')}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('companyUsers.inviteModal.role')}
          </Text>
          <SegmentedControl
            aria-label={t('companyUsers.inviteModal.role')}
            data={BUYER_ROLES.map((role) => ({ value: role, label: t(`buyerRoles.${role}`) }))}
            key={form.key('role')}
            {...form.getInputProps('role')}
          />
          <Text size="xs" c="dimmed">
            {t('companyUsers.roleModal.hint')}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <AmountInput
            label={t('companyUsers.limitsModal.orderLimit')}
            placeholder={t('companyUsers.noLimit')}
            currency={currency}
            key={form.key('orderLimit')}
            {...form.getInputProps('orderLimit')}
          />
          <AmountInput
            label={t('companyUsers.limitsModal.monthlyLimit')}
            placeholder={t('companyUsers.noLimit')}
            currency={currency}
            key={form.key('monthlyLimit')}
            {...form.getInputProps('monthlyLimit')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('companyUsers.inviteModal.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
