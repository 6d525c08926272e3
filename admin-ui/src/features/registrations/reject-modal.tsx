import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { createValidators, errorMessage, fieldErrors, useRevalidateOnLanguageChange } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PENDING_REGISTRATIONS_QUERY, REJECT_REGISTRATION_MUTATION } from './registrations.queries';

export function RejectModal({
  requestId,
  opened,
  onClose,
}: {
  requestId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('registration.rejectModal.title')}>
      {opened && <RejectForm requestId={requestId} onClose={onClose} />}
    </Modal>
  );
}

function RejectForm({ requestId, onClose }: { requestId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const v = createValidators(t);
  const [failure, setFailure] = useState<string | null>(null);
  const [reject, { loading }] = useMutation(REJECT_REGISTRATION_MUTATION, {
    refetchQueries: [PENDING_REGISTRATIONS_QUERY],
  });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { reason: '' },
    validate: { reason: v.required(2000) },
  });
  useRevalidateOnLanguageChange(form);

  const submit = async ({ reason }: { reason: string }) => {
    setFailure(null);
    try {
      const { data } = await reject({ variables: { id: requestId, reason: reason.trim() } });
      const result = data?.rejectRegistration;
      if (result?.__typename === 'RegistrationRequest') {
        notifications.show({ color: 'teal', message: t('registration.rejected') });
        onClose();
      } else if (result?.__typename === 'AlreadyDecidedError') {
        setFailure(t('registration.alreadyDecided', { state: result.message }));
      }
    } catch (error) {
      const errors = fieldErrors(error, t);
      if (errors.reason) form.setErrors({ reason: errors.reason });
      else setFailure(errorMessage(error, t));
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="md">
        <Text size="sm">{t('registration.rejectModal.text')}</Text>
        {failure && <Alert color="red">{failure}</Alert>}
        <Textarea
          label={t('registration.rejectModal.reason')}
          required
          autosize
          minRows={3}
          data-autofocus
          key={form.key('reason')}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" color="red" loading={loading}>
            {t('registration.rejectModal.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
