import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  AmountInput,
  amountValue,
  createValidators,
  errorMessage,
  fieldErrors,
  useRevalidateOnLanguageChange,
} from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ClientContractFieldsFragment, CompanyFieldsFragment, ContractStatus } from '../../gql/graphql';
import { COMPANY_QUERY, CREATE_CONTRACT_MUTATION, UPDATE_CONTRACT_MUTATION } from './companies.queries';

interface Props {
  company: CompanyFieldsFragment;
  editing: { contract: ClientContractFieldsFragment | null } | null;
  onClose: () => void;
}

export function ContractModal({ company, editing, onClose }: Props) {
  const { t } = useTranslation();
  const contract = editing?.contract ?? null;
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      size="lg"
      title={contract ? t('contractsTab.editTitle', { number: contract.number }) : t('contractsTab.createTitle')}
    >
      {editing && <ContractForm key={contract?.id ?? 'new'} company={company} contract={contract} onClose={onClose} />}
    </Modal>
  );
}

const STATUSES: ContractStatus[] = ['ACTIVE', 'SUSPENDED', 'CLOSED'];

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function ContractForm({
  company,
  contract,
  onClose,
}: {
  company: CompanyFieldsFragment;
  contract: ClientContractFieldsFragment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const refetch = {
    refetchQueries: [{ query: COMPANY_QUERY, variables: { id: company.id } }],
    awaitRefetchQueries: true,
  };
  const [create, creating] = useMutation(CREATE_CONTRACT_MUTATION, refetch);
  const [update, updating] = useMutation(UPDATE_CONTRACT_MUTATION, refetch);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      legalEntityId: contract?.legalEntityId ?? company.legalEntities[0]?.id ?? '',
      number: contract?.number ?? '',
      date: contract?.date ?? today(),
      currency: contract?.currency ?? 'RUB',
      paymentTerms: contract?.paymentTerms ?? 'PREPAYMENT',
      deferralDays: (contract?.deferralDays ?? 30) as number | string,
      // The API's Decimal string as it is: it never passes through a JS number.
      creditLimit: contract?.creditLimit ?? '0',
      validFrom: contract?.validFrom ?? '',
      validTo: contract?.validTo ?? '',
      status: contract?.status ?? 'ACTIVE',
      isDefault: contract?.isDefault ?? false,
      externalId: contract?.externalId ?? '',
    },
    // The API's contract rules (legal-entity-rules.ts, contractProblems).
    validate: {
      legalEntityId: (value) => (value ? null : t('validation.required')),
      number: v.required(100),
      date: v.date(true),
      currency: (value) => (/^[A-Z]{3}$/.test(value.trim()) ? null : t('validation.currency')),
      deferralDays: (value, values) =>
        values.paymentTerms === 'DEFERRAL' &&
        !(Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 365)
          ? t('validation.deferralDays')
          : null,
      creditLimit: v.amount({ allowZero: true }),
      validFrom: v.date(false),
      validTo: (value, values) =>
        v.date(false)(value) ??
        (value && values.validFrom && value < values.validFrom ? t('validation.dateOrder') : null),
      externalId: v.optional(100),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    const input = {
      number: values.number.trim(),
      date: values.date,
      currency: values.currency.trim(),
      paymentTerms: values.paymentTerms,
      deferralDays: values.paymentTerms === 'DEFERRAL' ? Number(values.deferralDays) : null,
      creditLimit: amountValue(values.creditLimit, true) ?? '0',
      validFrom: values.validFrom || null,
      validTo: values.validTo || null,
      status: values.status,
      isDefault: values.isDefault,
      externalId: values.externalId.trim() || null,
    };
    try {
      const result = contract
        ? (await update({ variables: { id: contract.id, input } })).data?.updateContract
        : (await create({ variables: { legalEntityId: values.legalEntityId, input } })).data?.createContract;
      if (result?.__typename === 'ClientContract') {
        notifications.show({
          color: 'teal',
          message: t(contract ? 'contractsTab.updated' : 'contractsTab.created', { number: result.number }),
        });
        onClose();
      } else if (result?.__typename === 'AlreadyExistsError') {
        const field = result.field.split('.').pop() ?? '';
        if (field === 'externalId') form.setFieldError('externalId', result.message);
        else form.setFieldError('number', t('contractsTab.conflict'));
      }
    } catch (error) {
      const errors = fieldErrors(error, t);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure(errorMessage(error, t));
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="contract-form">
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        <Select
          label={t('contractsTab.legalEntity')}
          data={company.legalEntities.map((le) => ({ value: le.id, label: `${le.name} · ${le.inn}` }))}
          disabled={contract !== null}
          allowDeselect={false}
          required
          {...form.getInputProps('legalEntityId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('contracts.number')} required data-autofocus {...form.getInputProps('number')} />
          <TextInput label={t('contracts.date')} type="date" required {...form.getInputProps('date')} />
          <TextInput label={t('contracts.currency')} maxLength={3} {...form.getInputProps('currency')} />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('contracts.terms')}
          </Text>
          <SegmentedControl
            aria-label={t('contracts.terms')}
            data={(['PREPAYMENT', 'DEFERRAL'] as const).map((terms) => ({
              value: terms,
              label: t(`contracts.paymentTerms.${terms}`),
            }))}
            {...form.getInputProps('paymentTerms')}
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
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
            label={t('contracts.creditLimit')}
            currency={form.values.currency}
            {...form.getInputProps('creditLimit')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('contracts.validFrom')} type="date" {...form.getInputProps('validFrom')} />
          <TextInput label={t('contracts.validTo')} type="date" {...form.getInputProps('validTo')} />
          <Select
            label={t('contracts.statusLabel')}
            data={STATUSES.map((s) => ({ value: s, label: t(`contracts.status.${s}`) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('contractsTab.isDefault')}
          description={t('contractsTab.isDefaultHint')}
          {...form.getInputProps('isDefault', { type: 'checkbox' })}
        />
        <TextInput label={t('contractsTab.externalId')} {...form.getInputProps('externalId')} />
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
