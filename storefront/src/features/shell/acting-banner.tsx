import { Alert, Button, Group, Text } from '@mantine/core';
import { IconLogout, IconUserShield } from '@tabler/icons-react';
import { useAuth } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ACT_AS_ENDED_PATH } from '../act-as/act-as-pages';

/** Shown while a staff member works in the storefront on a buyer's behalf; he ends it here. */
export function ActingBanner({ staffUserName }: { staffUserName: string }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const navigate = useNavigate();

  // Leave the signed-in frame first, so the sign-out lands on the "ended" page, not on the login page.
  const end = () => {
    void navigate(ACT_AS_ENDED_PATH, { replace: true });
    void signOut();
  };

  return (
    <Alert color="orange" variant="light" icon={<IconUserShield />} mb="md" data-testid="acting-banner">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('acting.banner', { name: staffUserName })}</Text>
        <Button size="compact-sm" color="orange" leftSection={<IconLogout size={14} />} onClick={end}>
          {t('acting.end')}
        </Button>
      </Group>
    </Alert>
  );
}
