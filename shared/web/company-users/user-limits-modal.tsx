import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage, fieldErrors } from '../errors/graphql-errors';
import { AmountInput } from '../forms/amount-input';
import { useRevalidateOnLanguageChange } from '../forms/use-revalidate-on-language-change';
import { amountValue, createValidators } from '../forms/validators';
import type { CompanyUserView, UserChangeFailure, UserLimitsValues } from './company-users.types';

interface Props {
  user: CompanyUserView | null;
  currency: string;
  onClose: () => void;
  onSubmit: (user: CompanyUserView, limits: UserLimitsValues) => Promise<UserChangeFailure | null>;
}

export function UserLimitsModal({ user, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t('companyUsers.limitsModal.title', { name: user?.fullName ?? '' })}
    >
      {user && <UserLimitsForm key={user.id} user={user} onClose={onClose} {...rest} />}
    </Modal>
  );
}

function UserLimitsForm({ user, currency, onClose, onSubmit }: Props & { user: CompanyUserView }) {
  const { t } = useTranslation();
  const validators = createValidators(t);
  const [failure, setFailure] = useState<UserChangeFailure | { error: unknown } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    // The API's Decimal strings as they are ("500000", "1250.5"): they never pass through a number.
    initialValues: { orderLimit: user.orderLimit ?? '', monthlyLimit: user.monthlyLimit ?? '' },
    validate: { orderLimit: validators.amount(), monthlyLimit: validators.amount() },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    setSubmitting(true);
    try {
      const outcome = await onSubmit(user, {
        orderLimit: amountValue(values.orderLimit),
        monthlyLimit: amountValue(values.monthlyLimit),
      });
      if (outcome) setFailure(outcome);
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
          {t('companyUsers.limitsModal.text')}
        </Text>
        {failure && (
          <Alert color="red">
            {typeof failure === 'string' ? t(`companyUsers.errors.${failure}`) : errorMessage(failure.error, t)}
          </Alert>
        )}
        <AmountInput
          label={t('companyUsers.limitsModal.orderLimit')}
          placeholder={t('companyUsers.noLimit')}
          currency={currency}
          data-autofocus
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
