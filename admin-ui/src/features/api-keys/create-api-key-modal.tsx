import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiKeySecret } from './api-key-secret';
import { CreateApiKeyForm, type CreatedKey } from './create-api-key-form';

export function CreateApiKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  // The secret exists only here, in memory, until the modal has closed: it is shown once.
  const [created, setCreated] = useState<CreatedKey | null>(null);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={() => {
        setCreated(null);
      }}
      title={created ? t('apiKeys.secretModal.title', { name: created.name }) : t('apiKeys.createModal.title')}
      size="lg"
      // Once the secret is on screen, only the explicit "Done" (or the close button) dismisses it.
      closeOnClickOutside={!created}
    >
      {created ? (
        <ApiKeySecret secret={created.secret} onDone={onClose} />
      ) : (
        <CreateApiKeyForm onCreated={setCreated} onCancel={onClose} />
      )}
    </Modal>
  );
}
