import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Modal,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconRefresh, IconSearch } from '@tabler/icons-react';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EmailStatus, OutboxEmailFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { PAGE_SIZE, Pager } from '../common/pager';
import { EmailStatusBadge } from '../common/status-badges';
import { useUrlState } from '../common/url-state';
import { EMAIL_OUTBOX_QUERY, RETRY_EMAIL_MUTATION } from './outbox.queries';

const STATUSES: EmailStatus[] = ['PENDING', 'SENT', 'FAILED'];
const TEMPLATES = [
  'registration_verify',
  'registration_approved',
  'registration_rejected',
  'user_invited',
  'password_reset',
  'staff_invited',
] as const;
type Template = (typeof TEMPLATES)[number];
const isTemplate = (value: string): value is Template => TEMPLATES.some((tpl) => tpl === value);
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** `/outbox` (administrators): every e-mail the system sends, readable when no SMTP is configured. */
export function OutboxPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!hasPermission(session, 'READ_EMAIL_OUTBOX')) return <NoAccess />;
  return (
    <Stack gap="md">
      <PageHeader title={t('outbox.pageTitle')} description={t('outbox.description')} />
      <OutboxList />
    </Stack>
  );
}

function OutboxList() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, update] = useUrlState(['to', 'status', 'template'] as const);
  const setTo = useDebouncedCallback((to: string) => update({ to: to.trim() }), 400);
  const status = STATUSES.find((s) => s === state.status) ?? null;
  const [previewing, setPreviewing] = useState<OutboxEmailFieldsFragment | null>(null);
  const { data, previousData, loading, error } = useQuery(EMAIL_OUTBOX_QUERY, {
    variables: {
      filter: { to: state.to || null, status, template: state.template || null },
      skip: (state.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.emailOutbox;
  const templateName = (template: string) => (isTemplate(template) ? t(`outbox.templates.${template}`) : template);

  return (
    <>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('outbox.recipient')}
          placeholder="name@example.com"
          leftSection={<IconSearch size={16} />}
          defaultValue={state.to}
          onChange={(event) => setTo(event.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('filters.status')}
          placeholder={t('filters.all')}
          data={STATUSES.map((s) => ({ value: s, label: t(`outbox.status.${s}`) }))}
          value={status}
          onChange={(value) => update({ status: value })}
          clearable
          w={180}
        />
        <Select
          label={t('outbox.template')}
          placeholder={t('filters.all')}
          data={TEMPLATES.map((tpl) => ({ value: tpl, label: templateName(tpl) }))}
          value={state.template || null}
          onChange={(value) => update({ template: value })}
          clearable
          w={240}
        />
        {loading && <Loader size="sm" mb={8} />}
      </Group>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {page && page.items.length === 0 && <Text c="dimmed">{t('outbox.empty')}</Text>}
      {page && page.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover verticalSpacing={6} data-testid="outbox-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('outbox.columns.createdAt')}</Table.Th>
                  <Table.Th>{t('outbox.columns.to')}</Table.Th>
                  <Table.Th>{t('outbox.columns.subject')}</Table.Th>
                  <Table.Th>{t('outbox.columns.template')}</Table.Th>
                  <Table.Th>{t('outbox.columns.status')}</Table.Th>
                  <Table.Th ta="right">{t('outbox.columns.attempts')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((email) => (
                  <Table.Tr key={email.id} data-testid="outbox-row" data-template={email.template}>
                    <Table.Td style={NO_WRAP}>{format.dateTime(email.createdAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{email.to}</Text>
                      {email.toName && (
                        <Text size="xs" c="dimmed">
                          {email.toName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component="button" size="sm" onClick={() => setPreviewing(email)} ta="left">
                        {email.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{templateName(email.template)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <EmailStatusBadge status={email.status} />
                    </Table.Td>
                    <Table.Td ta="right">{email.attempts}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={page.totalCount} page={state.page} onChange={(p) => update({ page: p })} />
        </>
      )}
      <EmailPreviewModal email={previewing} onClose={() => setPreviewing(null)} />
    </>
  );
}

function EmailPreviewModal({ email, onClose }: { email: OutboxEmailFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [retry, { loading }] = useMutation(RETRY_EMAIL_MUTATION);

  const resend = async () => {
    if (!email) return;
    try {
      await retry({ variables: { id: email.id } });
      notifications.show({ color: 'teal', message: t('outbox.retried') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  return (
    <Modal
      opened={email !== null}
      onClose={onClose}
      size="xl"
      title={t('outbox.previewTitle', { subject: email?.subject ?? '' })}
    >
      {email && (
        <Stack gap="md" data-testid="email-preview">
          <Group justify="space-between">
            <div>
              <Text size="sm">
                {t('outbox.from')}: {email.toName ? `${email.toName} <${email.to}>` : email.to}
              </Text>
              <Text size="xs" c="dimmed">
                {email.sentAt ? t('outbox.sentAt', { date: format.dateTime(email.sentAt) }) : t('outbox.notSent')}
              </Text>
            </div>
            <EmailStatusBadge status={email.status} />
          </Group>
          {email.lastError && (
            <Alert color="red" variant="light">
              {t('outbox.lastError', { error: email.lastError })}
            </Alert>
          )}
          <Tabs defaultValue="html">
            <Tabs.List>
              <Tabs.Tab value="html">{t('outbox.html')}</Tabs.Tab>
              <Tabs.Tab value="text">{t('outbox.text')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="html" pt="sm">
              {/* Rendered in a sandbox: no scripts, no access to this page; links open in a new tab. */}
              <iframe
                title={email.subject}
                sandbox="allow-popups allow-popups-to-escape-sandbox"
                srcDoc={withLinksInNewTab(email.htmlBody)}
                style={{ width: '100%', height: 360, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
              />
            </Tabs.Panel>
            <Tabs.Panel value="text" pt="sm">
              <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="email-text">
                {email.textBody}
              </Text>
            </Tabs.Panel>
          </Tabs>
          {email.status === 'FAILED' && (
            <Group justify="flex-end">
              <Button leftSection={<IconRefresh size={16} />} onClick={() => void resend()} loading={loading}>
                {t('outbox.retry')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}

/** Links in the previewed e-mail open in a new tab instead of inside the frame. */
function withLinksInNewTab(html: string): string {
  const base = '<base target="_blank">';
  if (html.includes('<head>')) return html.replace('<head>', `<head>${base}`);
  if (html.includes('<html>')) return html.replace('<html>', `<html><head>${base}</head>`);
  return base + html;
}
