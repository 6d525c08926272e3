import { useMutation } from '@apollo/client/react';
import { Alert, Button, Divider, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { createValidators, errorMessage, fieldErrors, useRevalidateOnLanguageChange } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ClientLegalEntityFieldsFragment, LegalEntityInput } from '../../gql/graphql';
import { COMPANY_QUERY, CREATE_LEGAL_ENTITY_MUTATION, UPDATE_LEGAL_ENTITY_MUTATION } from './companies.queries';

interface Props {
  companyId: string;
  /** null: closed; `{ entity: null }`: a new one. */
  editing: { entity: ClientLegalEntityFieldsFragment | null } | null;
  onClose: () => void;
}

export function LegalEntityModal({ companyId, editing, onClose }: Props) {
  const { t } = useTranslation();
  const entity = editing?.entity ?? null;
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      size="xl"
      title={entity ? t('legalEntities.editTitle', { name: entity.name }) : t('legalEntities.createTitle')}
    >
      {editing && <LegalEntityForm key={entity?.id ?? 'new'} companyId={companyId} entity={entity} onClose={onClose} />}
    </Modal>
  );
}

const FIELDS = [
  'name',
  'fullName',
  'inn',
  'kpp',
  'ogrn',
  'legalAddress',
  'postalAddress',
  'bankName',
  'bik',
  'correspondentAccount',
  'settlementAccount',
  'externalId',
] as const;
type Values = Record<(typeof FIELDS)[number], string>;

function LegalEntityForm({
  companyId,
  entity,
  onClose,
}: {
  companyId: string;
  entity: ClientLegalEntityFieldsFragment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const refetch = {
    refetchQueries: [{ query: COMPANY_QUERY, variables: { id: companyId } }],
    awaitRefetchQueries: true,
  };
  const [create, creating] = useMutation(CREATE_LEGAL_ENTITY_MUTATION, refetch);
  const [update, updating] = useMutation(UPDATE_LEGAL_ENTITY_MUTATION, refetch);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: Object.fromEntries(FIELDS.map((f) => [f, entity?.[f] ?? ''])) as Values,
    // The API's rules (legal-entity-rules.ts), here for an answer before the round trip.
    validate: {
      name: v.required(300),
      fullName: v.optional(500),
      inn: v.inn,
      kpp: (value, values) => v.kpp(value, values.inn),
      ogrn: (value, values) => v.ogrn(value, values.inn),
      legalAddress: v.optional(500),
      postalAddress: v.optional(500),
      bankName: v.optional(300),
      bik: (value, values) => v.bik(value, [values.correspondentAccount, values.settlementAccount]),
      correspondentAccount: (value, values) => v.correspondentAccount(value, values.bik),
      settlementAccount: (value, values) => v.settlementAccount(value, values.bik),
      externalId: v.optional(100),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: Values) => {
    setFailure(null);
    const input = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim() || null])) as unknown as LegalEntityInput;
    input.name = values.name.trim();
    input.inn = values.inn.trim();
    try {
      const result = entity
        ? (await update({ variables: { id: entity.id, input } })).data?.updateLegalEntity
        : (await create({ variables: { companyId, input } })).data?.createLegalEntity;
      if (result?.__typename === 'ClientLegalEntity') {
        notifications.show({
          color: 'teal',
          message: t(entity ? 'legalEntities.updated' : 'legalEntities.created', { name: result.name }),
        });
        onClose();
      } else if (result?.__typename === 'AlreadyExistsError') {
        const field = result.field.split('.').pop() ?? '';
        if (field === 'externalId') form.setFieldError('externalId', result.message);
        else form.setFieldError('inn', t('legalEntities.conflict'));
      }
    } catch (error) {
      const errors = fieldErrors(error, t);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure(errorMessage(error, t));
    }
  };

  const input = (field: (typeof FIELDS)[number], props: Record<string, unknown> = {}) => (
    <TextInput
      label={t(field === 'externalId' ? 'contractsTab.externalId' : `companyDetails.${field}`)}
      key={form.key(field)}
      {...form.getInputProps(field)}
      {...props}
    />
  );

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="legal-entity-form">
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input('name', { required: true, 'data-autofocus': true })}
          {input('fullName')}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {input('inn', { required: true, inputMode: 'numeric', maxLength: 12 })}
          {input('kpp', { maxLength: 9 })}
          {input('ogrn', { inputMode: 'numeric', maxLength: 15 })}
        </SimpleGrid>
        <Divider label={t('legalEntities.addresses')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t('companyDetails.legalAddress')}
            autosize
            minRows={2}
            key={form.key('legalAddress')}
            {...form.getInputProps('legalAddress')}
          />
          <Textarea
            label={t('companyDetails.postalAddress')}
            autosize
            minRows={2}
            key={form.key('postalAddress')}
            {...form.getInputProps('postalAddress')}
          />
        </SimpleGrid>
        <Divider label={t('legalEntities.bank')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input('bankName')}
          {input('bik', { inputMode: 'numeric', maxLength: 9 })}
          {input('correspondentAccount', { inputMode: 'numeric', maxLength: 20 })}
          {input('settlementAccount', { inputMode: 'numeric', maxLength: 20 })}
        </SimpleGrid>
        {input('externalId')}
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
