import { useMutation, useQuery } from '@apollo/client/react';
import {
  Accordion,
  Alert,
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDiscount } from '@tabler/icons-react';
import { ConfirmModal, errorMessage, PageTitle, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { SpecialPriceRequestFieldsFragment, SpecialPriceStatus } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import {
  ACCEPT_SPECIAL_PRICE_OFFER_MUTATION,
  DECLINE_SPECIAL_PRICE_OFFER_MUTATION,
  SPECIAL_PRICE_REQUESTS_QUERY,
} from './prices.queries';

const STATUS_COLOR: Record<SpecialPriceStatus, string> = {
  PENDING: 'blue',
  APPROVED: 'green',
  ACCEPTED: 'green',
  COUNTER_OFFERED: 'orange',
  REJECTED: 'red',
  DECLINED: 'gray',
};

type Request = SpecialPriceRequestFieldsFragment;

/** The company's special-price requests: status, the lines with asked/offered/granted prices, counter-offers to decide. */
export function SpecialPricesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  // Deciding a counter-offer needs the same right as asking (the API checks it again).
  const canDecide = hasPermission(session, 'REQUEST_PRICES');
  const { data, previousData, loading, error, refetch } = useQuery(SPECIAL_PRICE_REQUESTS_QUERY, {
    variables: { skip: 0, take: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.specialPriceRequests;
  const [declining, setDeclining] = useState<Request | null>(null);
  const [declineComment, setDeclineComment] = useState('');
  const [accept, acceptState] = useMutation(ACCEPT_SPECIAL_PRICE_OFFER_MUTATION);
  const [decline, declineState] = useMutation(DECLINE_SPECIAL_PRICE_OFFER_MUTATION);

  const outcome = async (
    run: () => Promise<{ __typename: string; message?: string } | undefined>,
    success: string,
  ): Promise<void> => {
    try {
      const result = await run();
      if (result?.__typename === 'SpecialPriceRequest') notifications.show({ color: 'teal', message: success });
      else notifications.show({ color: 'red', message: result?.message ?? t('errors.unexpected') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
    await refetch();
  };

  const doAccept = (request: Request) =>
    outcome(
      async () => (await accept({ variables: { id: request.id } })).data?.acceptSpecialPriceOffer,
      t('specialPrices.accepted'),
    );
  const doDecline = async () => {
    if (!declining) return;
    const comment = declineComment.trim() || null;
    await outcome(
      async () => (await decline({ variables: { id: declining.id, comment } })).data?.declineSpecialPriceOffer,
      t('specialPrices.declined'),
    );
    setDeclining(null);
  };

  // Requests carry no currency of their own: the contract's, shown as a plain amount.
  const money = (amount: string | null | undefined) =>
    amount ? format.decimal(amount, { minFractionDigits: 2 }) : '—';

  return (
    <Stack gap="md" maw={1200}>
      <PageTitle title={t('specialPrices.pageTitle')} />
      <Group justify="space-between">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {t('specialPrices.pageTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('specialPrices.intro')}
          </Text>
        </Stack>
        <Button component={Link} to="/catalog" variant="light">
          {t('specialPrices.newRequest')}
        </Button>
      </Group>
      {!canDecide && <Alert color="gray">{t('specialPrices.readOnly')}</Alert>}
      {error && !page && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !page && <Loader />}
      {page && page.items.length === 0 && (
        <EmptyState
          mt="xl"
          icon={<IconDiscount />}
          title={t('specialPrices.empty.title')}
          description={t('specialPrices.empty.text')}
          data-testid="special-prices-empty"
        >
          <EmptyState.Actions>
            <Button component={Link} to="/catalog" variant="light">
              {t('reservations.toCatalog')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
      {page && page.items.length > 0 && (
        <Accordion variant="separated" multiple data-testid="special-price-requests">
          {page.items.map((request) => (
            <Accordion.Item key={request.id} value={request.id} data-testid="special-price-request">
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <Group gap="sm" wrap="nowrap">
                    <Text fw={600} data-testid="request-number">
                      {t('specialPrices.number', { number: request.number })}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('specialPrices.createdAt', { date: format.dateTime(request.createdAt) })} ·{' '}
                      {t('specialPrices.lines', { count: request.lines.length })}
                    </Text>
                  </Group>
                  <Group gap="xs" wrap="nowrap">
                    {request.validUntil && (request.status === 'APPROVED' || request.status === 'ACCEPTED') && (
                      <Text size="xs" c={request.active ? 'dimmed' : 'red'}>
                        {request.active
                          ? t('specialPrices.validUntil', { date: format.dateTime(request.validUntil) })
                          : t('specialPrices.expired', { date: format.dateTime(request.validUntil) })}
                      </Text>
                    )}
                    <Badge color={STATUS_COLOR[request.status]} variant="light" data-testid="request-status">
                      {t(`specialPrices.status.${request.status}`)}
                    </Badge>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <RequestDetails request={request} money={money} format={format} />
                {request.status === 'COUNTER_OFFERED' && canDecide && (
                  <Group justify="flex-end" mt="sm">
                    <Button
                      variant="default"
                      color="red"
                      onClick={() => {
                        setDeclineComment('');
                        setDeclining(request);
                      }}
                      data-testid="decline-offer"
                    >
                      {t('specialPrices.decline')}
                    </Button>
                    <Button
                      onClick={() => void doAccept(request)}
                      loading={acceptState.loading}
                      data-testid="accept-offer"
                    >
                      {t('specialPrices.accept')}
                    </Button>
                  </Group>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      <ConfirmModal
        opened={declining !== null}
        title={t('specialPrices.declineTitle')}
        confirmLabel={t('specialPrices.decline')}
        color="red"
        loading={declineState.loading}
        onConfirm={() => void doDecline()}
        onClose={() => setDeclining(null)}
      >
        <Stack gap="sm">
          <Text size="sm">{t('specialPrices.declineText')}</Text>
          <Textarea
            label={t('specialPrices.declineComment2')}
            value={declineComment}
            onChange={(e) => setDeclineComment(e.currentTarget.value)}
            maxLength={2000}
            data-testid="decline-comment"
          />
        </Stack>
      </ConfirmModal>
    </Stack>
  );
}

function RequestDetails({
  request,
  money,
  format,
}: {
  request: Request;
  money: (amount: string | null | undefined) => string;
  format: ReturnType<typeof useFormat>;
}) {
  const { t } = useTranslation();
  const offered = request.lines.some((l) => l.offeredPrice);
  const approved = request.lines.some((l) => l.approvedPrice);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={700}>
        <Table fz="sm" striped data-testid="request-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('specialPrices.columns.product')}</Table.Th>
              <Table.Th ta="right">{t('specialPrices.columns.quantity')}</Table.Th>
              <Table.Th ta="right">{t('specialPrices.columns.currentPrice')}</Table.Th>
              <Table.Th ta="right">{t('specialPrices.columns.targetPrice')}</Table.Th>
              {offered && <Table.Th ta="right">{t('specialPrices.columns.offeredPrice')}</Table.Th>}
              {approved && <Table.Th ta="right">{t('specialPrices.columns.approvedPrice')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {request.lines.map((line) => (
              <Table.Tr key={line.id} data-testid="request-line">
                <Table.Td>
                  <Text span ff="monospace" size="sm">
                    {line.product.sku}
                  </Text>{' '}
                  {line.product.name}
                </Table.Td>
                <Table.Td ta="right">{format.decimal(line.quantity)}</Table.Td>
                <Table.Td ta="right">{money(line.currentPrice)}</Table.Td>
                <Table.Td ta="right">{money(line.targetPrice)}</Table.Td>
                {offered && (
                  <Table.Td ta="right" fw={600} data-testid="offered-price">
                    {money(line.offeredPrice)}
                  </Table.Td>
                )}
                {approved && (
                  <Table.Td ta="right" fw={600} data-testid="approved-price">
                    {money(line.approvedPrice)}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {request.comment && <Comment label={t('specialPrices.yourComment')} text={request.comment} />}
      {request.managerComment && (
        <Comment label={t('specialPrices.managerComment')} text={request.managerComment} testId="manager-comment" />
      )}
      {request.rejectReason && (
        <Comment label={t('specialPrices.rejectReason')} text={request.rejectReason} testId="reject-reason" />
      )}
      {request.declineComment && <Comment label={t('specialPrices.declineComment')} text={request.declineComment} />}
    </Stack>
  );
}

function Comment({ label, text, testId }: { label: string; text: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
        {text}
      </Text>
    </Stack>
  );
}
