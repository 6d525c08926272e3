import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { CompanyStatus, EmailStatus, RegistrationKind, RegistrationStatus } from '../../gql/graphql';

const COMPANY: Record<CompanyStatus, string> = { ACTIVE: 'teal', PENDING: 'yellow', BLOCKED: 'red' };
const REGISTRATION: Record<RegistrationStatus, string> = {
  UNVERIFIED: 'gray',
  PENDING: 'blue',
  APPROVED: 'teal',
  REJECTED: 'red',
};
const EMAIL: Record<EmailStatus, string> = { PENDING: 'blue', SENT: 'teal', FAILED: 'red' };

export function CompanyStatusBadge({ status }: { status: CompanyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COMPANY[status]} variant="light" tt="none" data-testid="company-status">
      {t(`companyStatus.${status}`)}
    </Badge>
  );
}

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={REGISTRATION[status]} variant="light" tt="none" data-testid="registration-status">
      {t(`registrationStatus.${status}`)}
    </Badge>
  );
}

export function RegistrationKindBadge({ kind }: { kind: RegistrationKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kind === 'FULL' ? 'indigo' : 'grape'} variant="outline" tt="none">
      {t(`registrationKind.${kind}`)}
    </Badge>
  );
}

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={EMAIL[status]} variant="light" tt="none" data-testid="email-status">
      {t(`outbox.status.${status}`)}
    </Badge>
  );
}
