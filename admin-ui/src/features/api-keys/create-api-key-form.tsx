import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorMessage, fieldErrors, useRevalidateOnLanguageChange } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Permission } from '../../gql/graphql';
import { API_KEY_SCOPES_QUERY, API_KEYS_QUERY, CREATE_API_KEY_MUTATION } from './api-keys.queries';

const NAME_MAX_LENGTH = 100;

export interface CreatedKey {
  name: string;
  secret: string;
}

interface Props {
  onCreated: (key: CreatedKey) => void;
  onCancel: () => void;
}

export function CreateApiKeyForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const scopes = useQuery(API_KEY_SCOPES_QUERY);
  const [createApiKey, { loading }] = useMutation(CREATE_API_KEY_MUTATION, {
    // Keep the secret out of the Apollo cache; the list is refetched instead.
    fetchPolicy: 'no-cache',
    refetchQueries: [API_KEYS_QUERY],
  });
  const [failure, setFailure] = useState<unknown>(null);

  const form = useForm<{ name: string; scopes: Permission[] }>({
    mode: 'uncontrolled',
    initialValues: { name: '', scopes: [] },
    validate: {
      name: (value) =>
        !value.trim()
          ? t('apiKeys.createModal.nameRequired')
          : value.trim().length > NAME_MAX_LENGTH
            ? t('apiKeys.createModal.nameTooLong', { max: NAME_MAX_LENGTH })
            : null,
      scopes: (value) => (value.length === 0 ? t('apiKeys.createModal.scopesRequired') : null),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    try {
      const { data } = await createApiKey({
        variables: { input: { name: values.name.trim(), scopes: values.scopes } },
      });
      if (data) onCreated({ name: data.createApiKey.apiKey.name, secret: data.createApiKey.secret });
    } catch (error) {
      const errors = fieldErrors(error);
      if (Object.keys(errors).length > 0) form.setErrors(errors);
      else setFailure(error);
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="md">
        {failure !== null && (
          <Alert color="red" data-testid="create-api-key-error">
            {errorMessage(failure, t)}
          </Alert>
        )}
        {scopes.error && <Alert color="red">{errorMessage(scopes.error, t)}</Alert>}
        <TextInput
          label={t('apiKeys.createModal.name')}
          placeholder={t('apiKeys.createModal.namePlaceholder')}
          required
          data-autofocus
          maxLength={NAME_MAX_LENGTH}
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <MultiSelect
          label={t('apiKeys.createModal.scopes')}
          placeholder={t('apiKeys.createModal.scopesPlaceholder')}
          required
          searchable
          clearable
          hidePickedOptions
          maxDropdownHeight={260}
          data={scopes.data?.apiKeyScopes ?? []}
          disabled={scopes.loading}
          key={form.key('scopes')}
          {...form.getInputProps('scopes')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('apiKeys.createModal.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('apiKeys.createModal.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
