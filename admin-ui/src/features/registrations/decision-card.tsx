import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  AmountInput,
  amountValue,
  BUYER_ROLES,
  createValidators,
  errorMessage,
  fieldErrors,
  useRevalidateOnLanguageChange,
} from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApproveRegistrationInput, BuyerRole, PaymentTerms, RegistrationFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { CompanyPicker, type CompanyOption, useManagerOptions } from '../companies/pickers';
import { RejectModal } from './reject-modal';
import { APPROVE_REGISTRATION_MUTATION, PENDING_REGISTRATIONS_QUERY } from './registrations.queries';

interface Props {
  request: RegistrationFieldsFragment;
  /** The company to link to (picked here or with "Link here" on a duplicate); null: create a new one. */
  linkTo: CompanyOption | null;
  onLinkToChange: (company: CompanyOption | null) => void;
}

type Failure =
  { kind: 'alreadyDecided'; state: string } | { kind: 'exists'; message: string } | { kind: 'error'; error: unknown };

/** Approve (a new company, or link to an existing one) or reject with a reason. */
export function DecisionCard({ request, linkTo, onLinkToChange }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const [rejecting, setRejecting] = useState(false);
  const mayDecide = hasPermission(session, 'MANAGE_COMPANIES');
  const open = request.status === 'PENDING' || request.status === 'UNVERIFIED';
  if (!mayDecide || !open) return null;

  return (
    <Card withBorder padding="lg" data-testid="decision-card">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('registration.decide')}
        </Title>
        {request.status === 'UNVERIFIED' ? (
          <Alert color="yellow">{t('registration.waitingForEmail')}</Alert>
        ) : (
          <ApproveForm request={request} linkTo={linkTo} onLinkToChange={onLinkToChange} />
        )}
        <Button variant="outline" color="red" onClick={() => setRejecting(true)}>
          {t('registration.reject')}
        </Button>
      </Stack>
      <RejectModal requestId={request.id} opened={rejecting} onClose={() => setRejecting(false)} />
    </Card>
  );
}

function ApproveForm({ request, linkTo, onLinkToChange }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const v = createValidators(t);
  const managers = useManagerOptions();
  const seesAll = hasPermission(session, 'ALL_CLIENTS');
  const [modeChoice, setModeChoice] = useState<'new' | 'link'>('new');
  const mode = request.kind === 'SHORT' ? 'matched' : linkTo ? 'link' : modeChoice;
  const [failure, setFailure] = useState<Failure | null>(null);
  const [approve, { loading }] = useMutation(APPROVE_REGISTRATION_MUTATION, {
    refetchQueries: [PENDING_REGISTRATIONS_QUERY],
  });
  const form = useForm({
    initialValues: {
      companyName: request.companyName ?? '',
      managerId: '',
      paymentTerms: 'PREPAYMENT' as PaymentTerms,
      deferralDays: 30 as number | string,
      creditLimit: '',
      contractNumber: '',
      role: '' as BuyerRole | '',
    },
    validate: {
      companyName: (value) => (mode === 'new' ? v.required(300)(value) : null),
      deferralDays: (value, values) =>
        mode === 'new' && values.paymentTerms === 'DEFERRAL' && !(Number(value) >= 1 && Number(value) <= 365)
          ? t('validation.deferralDays')
          : null,
      creditLimit: (value) => (mode === 'new' ? v.amount({ allowZero: true })(value) : null),
      contractNumber: (value) => (mode === 'new' ? v.optional(100)(value) : null),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    const role = values.role || null;
    let input: ApproveRegistrationInput;
    if (mode === 'link') input = { companyId: linkTo?.value ?? null, role };
    else if (mode === 'matched') input = { role };
    else
      input = {
        companyName: values.companyName.trim(),
        managerId: seesAll && values.managerId ? values.managerId : null,
        paymentTerms: values.paymentTerms,
        deferralDays: values.paymentTerms === 'DEFERRAL' ? Number(values.deferralDays) : null,
        creditLimit: amountValue(values.creditLimit, true),
        contractNumber: values.contractNumber.trim() || null,
        role,
      };
    try {
      const { data } = await approve({ variables: { id: request.id, input } });
      const result = data?.approveRegistration;
      if (result?.__typename === 'RegistrationRequest') {
        notifications.show({ color: 'teal', message: t('registration.approved') });
      } else if (result?.__typename === 'AlreadyDecidedError') {
        setFailure({ kind: 'alreadyDecided', state: result.message });
      } else if (result?.__typename === 'AlreadyExistsError') {
        const field = result.field.split('.').pop() ?? '';
        if (field in values) form.setFieldError(field, result.message);
        else setFailure({ kind: 'exists', message: result.message });
      }
    } catch (error) {
      const errors = fieldErrors(error, t);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure({ kind: 'error', error });
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" data-testid="approve-error">
            {failure.kind === 'alreadyDecided'
              ? t('registration.alreadyDecided', { state: failure.state })
              : failure.kind === 'exists'
                ? t('registration.alreadyExists', { message: failure.message })
                : errorMessage(failure.error, t)}
          </Alert>
        )}
        {mode !== 'matched' && (
          <Radio.Group
            label={t('registration.mode')}
            value={mode}
            onChange={(value) => {
              if (value === 'new') onLinkToChange(null);
              setModeChoice(value === 'link' ? 'link' : 'new');
            }}
          >
            <Stack gap={6} mt={4}>
              <Radio value="new" label={t('registration.modeNew')} />
              <Radio value="link" label={t('registration.modeLink')} />
            </Stack>
          </Radio.Group>
        )}
        {mode === 'new' && (
          <>
            <TextInput label={t('registration.newCompanyName')} required {...form.getInputProps('companyName')} />
            {seesAll && (
              <Select
                label={t('registration.manager')}
                placeholder={t('registration.managerDefault', { name: session?.staffUser?.fullName ?? '' })}
                data={managers}
                searchable
                clearable
                {...form.getInputProps('managerId')}
                data-testid="approve-manager"
              />
            )}
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('registration.paymentTerms')}
              </Text>
              <SegmentedControl
                aria-label={t('registration.paymentTerms')}
                data={(['PREPAYMENT', 'DEFERRAL'] as const).map((terms) => ({
                  value: terms,
                  label: t(`contracts.paymentTerms.${terms}`),
                }))}
                {...form.getInputProps('paymentTerms')}
              />
            </Stack>
            <Group grow align="flex-start">
              {form.values.paymentTerms === 'DEFERRAL' && (
                <NumberInput
                  label={t('registration.deferralDays')}
                  min={1}
                  max={365}
                  allowDecimal={false}
                  allowNegative={false}
                  {...form.getInputProps('deferralDays')}
                />
              )}
              <AmountInput
                label={t('registration.creditLimit')}
                placeholder="0"
                currency="RUB"
                {...form.getInputProps('creditLimit')}
              />
            </Group>
            <TextInput
              label={t('registration.contractNumberNew')}
              placeholder={t('registration.contractNumberAuto')}
              {...form.getInputProps('contractNumber')}
            />
          </>
        )}
        {mode === 'link' && (
          <CompanyPicker
            label={t('registration.linkCompany')}
            placeholder={t('registration.linkCompanyPlaceholder')}
            required
            value={linkTo?.value ?? null}
            initial={linkTo}
            onChange={onLinkToChange}
            data-testid="approve-company"
          />
        )}
        <Select
          label={t('registration.role')}
          placeholder={t('registration.roleAuto')}
          description={t('registration.roleHint')}
          data={BUYER_ROLES.map((role) => ({ value: role, label: t(`buyerRoles.${role}`) }))}
          clearable
          {...form.getInputProps('role')}
        />
        <Button type="submit" color="teal" loading={loading} disabled={mode === 'link' && !linkTo}>
          {t('registration.approve')}
        </Button>
      </Stack>
    </form>
  );
}
