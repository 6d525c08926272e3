import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../errors/graphql-errors';
import { BUYER_ROLES, type BuyerRoleName, type CompanyUserView, type UserChangeFailure } from './company-users.types';

interface Props {
  user: CompanyUserView | null;
  onClose: () => void;
  onSubmit: (user: CompanyUserView, role: BuyerRoleName) => Promise<UserChangeFailure | null>;
}

export function ChangeRoleModal({ user, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t('companyUsers.roleModal.title', { name: user?.fullName ?? '' })}
    >
      {user && <ChangeRoleForm key={user.id} user={user} onClose={onClose} onSubmit={onSubmit} />}
    </Modal>
  );
}

function ChangeRoleForm({ user, onClose, onSubmit }: Props & { user: CompanyUserView }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<BuyerRoleName>(user.role);
  const [failure, setFailure] = useState<UserChangeFailure | { error: unknown } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async () => {
    setFailure(null);
    setSubmitting(true);
    try {
      const outcome = await onSubmit(user, role);
      if (outcome) setFailure(outcome);
    } catch (error) {
      setFailure({ error });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Stack gap="md">
      {failure && (
        <Alert color="red" data-testid="role-error">
          {typeof failure === 'string' ? t(`companyUsers.errors.${failure}`) : errorMessage(failure.error, t)}
        </Alert>
      )}
      <Radio.Group
        label={t('companyUsers.roleModal.role')}
        value={role}
        onChange={(value) => {
          const next = BUYER_ROLES.find((r) => r === value);
          if (next) setRole(next);
        }}
      >
        <Stack gap="xs" mt="xs">
          {BUYER_ROLES.map((r) => (
            <Radio key={r} value={r} label={t(`buyerRoles.${r}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="xs" c="dimmed">
        {t('companyUsers.roleModal.hint')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('actions.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={submitting} disabled={role === user.role}>
          {t('actions.save')}
        </Button>
      </Group>
    </Stack>
  );
}
