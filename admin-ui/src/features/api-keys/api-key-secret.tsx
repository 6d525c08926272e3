import { Alert, Button, CopyButton, Group, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ApiKeySecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="yellow" icon={<IconAlertTriangle />} title={t('apiKeys.secretModal.warningTitle')}>
        {t('apiKeys.secretModal.warning')}
      </Alert>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          flex={1}
          readOnly
          label={t('apiKeys.secretModal.secretLabel')}
          value={secret}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          onFocus={(event) => {
            event.currentTarget.select();
          }}
          data-testid="api-key-secret"
        />
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={copy}
            >
              {copied ? t('apiKeys.secretModal.copied') : t('apiKeys.secretModal.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('apiKeys.secretModal.done')}</Button>
      </Group>
    </Stack>
  );
}
