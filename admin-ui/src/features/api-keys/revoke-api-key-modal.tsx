import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { REVOKE_API_KEY_MUTATION } from './api-keys.queries';

interface Props {
  opened: boolean;
  /** Kept after closing so the text does not blank out during the close transition. */
  apiKey: ApiKeyFieldsFragment | null;
  onClose: () => void;
}

export function RevokeApiKeyModal({ opened, apiKey, onClose }: Props) {
  const { t } = useTranslation();
  // The revoked key comes back with its id, so the cached row updates itself.
  const [revokeApiKey, { loading }] = useMutation(REVOKE_API_KEY_MUTATION);

  const confirm = async () => {
    if (!apiKey) return;
    try {
      await revokeApiKey({ variables: { id: apiKey.id } });
      notifications.show({ color: 'teal', message: t('apiKeys.revoked', { name: apiKey.name }) });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('apiKeys.revokeModal.title')}>
      <Text size="sm">{t('apiKeys.revokeModal.text', { name: apiKey?.name ?? '' })}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('apiKeys.revokeModal.cancel')}
        </Button>
        <Button color="red" loading={loading} onClick={() => void confirm()}>
          {t('apiKeys.revokeModal.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
