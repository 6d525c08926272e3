import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { parsePriceText, wallTimeToIso } from '@wholesail/shared';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import type { AdminSpecialPriceRequestFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import {
  APPROVE_SPECIAL_REQUEST_MUTATION,
  COUNTER_OFFER_SPECIAL_REQUEST_MUTATION,
  REJECT_SPECIAL_REQUEST_MUTATION,
  SPECIAL_REQUEST_QUERY,
  SPECIAL_REQUESTS_QUERY,
} from './pricing.queries';
import { browserZone } from './rule-form-values';
import { REQUEST_STATUS_COLOR } from './special-requests-page';

const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** `/pricing/requests/:id`: the request's lines, and the manager's decision. */
export function SpecialRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const { data, loading, error } = useQuery(SPECIAL_REQUEST_QUERY, { variables: { id }, fetchPolicy: 'network-only' });
  if (!hasPermission(session, 'READ_PRICES')) return <NoAccess />;
  const request = data?.adminSpecialPriceRequest;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/pricing/requests" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('specialRequests.backToList')}
        </Group>
      </Anchor>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !request && <Loader />}
      {request && <RequestCard request={request} canDecide={hasPermission(session, 'MANAGE_COMPANIES')} />}
    </Stack>
  );
}

/** 30 days from now, as a date input's value. */
const inThirtyDays = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

function RequestCard({ request, canDecide }: { request: AdminSpecialPriceRequestFieldsFragment; canDecide: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [prices, setPrices] = useState<Record<string, string>>(() =>
    Object.fromEntries(request.lines.map((l) => [l.id, l.offeredPrice ?? l.targetPrice])),
  );
  const [validUntil, setValidUntil] = useState(inThirtyDays);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const options = { refetchQueries: [SPECIAL_REQUESTS_QUERY] };
  const [approve, approving] = useMutation(APPROVE_SPECIAL_REQUEST_MUTATION, options);
  const [counter, countering] = useMutation(COUNTER_OFFER_SPECIAL_REQUEST_MUTATION, options);
  const [reject, rejecting] = useMutation(REJECT_SPECIAL_REQUEST_MUTATION, options);
  const decidable = canDecide && request.status === 'PENDING';
  const money = (v: string | null | undefined) => (v ? format.decimal(v, { minFractionDigits: 2 }) : '—');

  const decision = () => {
    const problems: Record<string, string> = {};
    const lines = request.lines.map((l) => {
      const parsed = parsePriceText(prices[l.id] ?? '');
      if (!parsed.ok) problems[l.id] = t(`priceEntries.problems.${parsed.problem}`);
      return { lineId: l.id, price: parsed.ok ? parsed.value : '0' };
    });
    // The end of the chosen day in the manager's zone: the prices hold through that day.
    const until = /^\d{4}-\d{2}-\d{2}$/.test(validUntil) ? wallTimeToIso(`${validUntil}T23:59`, browserZone()) : null;
    if (!until) problems.validUntil = t('specialRequests.badDate');
    setErrors(problems);
    return Object.keys(problems).length ? null : { prices: lines, validUntil: until, comment: comment.trim() || null };
  };

  const done = (result: { __typename?: string; message?: string } | undefined, message: string) => {
    if (result && 'errorCode' in result) {
      setFailure(result.message ?? '');
      return;
    }
    notifications.show({ color: 'teal', message });
    void navigate('/pricing/requests');
  };

  const run = async (kind: 'approve' | 'counter' | 'reject') => {
    setFailure(null);
    try {
      if (kind === 'reject') {
        if (!reason.trim()) {
          setErrors({ reason: t('specialRequests.reasonRequired') });
          return;
        }
        const { data } = await reject({ variables: { id: request.id, input: { reason: reason.trim() } } });
        done(data?.rejectSpecialPriceRequest, t('specialRequests.rejected'));
        return;
      }
      const input = decision();
      if (!input) return;
      if (kind === 'approve') {
        const { data } = await approve({ variables: { id: request.id, input } });
        done(data?.approveSpecialPriceRequest, t('specialRequests.approved'));
      } else {
        const { data } = await counter({ variables: { id: request.id, input } });
        done(data?.counterOfferSpecialPriceRequest, t('specialRequests.countered'));
      }
    } catch (e) {
      setFailure(errorMessage(e, t));
    }
  };

  return (
    <Stack gap="md" data-testid="request-card">
      <PageHeader
        title={t('specialRequests.title', { number: request.number })}
        description={`${request.client.companyName} · ${t('specialRequests.contract', { number: request.client.contractNumber })}`}
        action={
          <Badge
            size="lg"
            variant="light"
            color={REQUEST_STATUS_COLOR[request.status]}
            tt="none"
            data-testid="request-status"
          >
            {t(`specialRequests.status.${request.status}`)}
          </Badge>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Text size="sm">
          <b>{t('specialRequests.buyer')}:</b> {request.client.buyerName} ({request.client.buyerEmail})
        </Text>
        <Text size="sm">
          <b>{t('specialRequests.created')}:</b> {format.dateTime(request.createdAt)}
        </Text>
        {request.validUntil && (
          <Text size="sm">
            <b>{t('specialRequests.validUntil')}:</b> {format.dateTime(request.validUntil)}
          </Text>
        )}
      </SimpleGrid>
      {request.comment && (
        <Paper withBorder p="sm">
          <Text size="sm" fs="italic">
            {request.comment}
          </Text>
        </Paper>
      )}
      {request.rejectReason && <Alert color="red">{request.rejectReason}</Alert>}
      {request.declineComment && <Alert color="gray">{request.declineComment}</Alert>}
      <Table withTableBorder verticalSpacing={6} data-testid="request-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('simulator.columns.sku')}</Table.Th>
            <Table.Th>{t('priceEntries.columns.name')}</Table.Th>
            <Table.Th style={NUM}>{t('specialRequests.fromQuantity')}</Table.Th>
            <Table.Th style={NUM}>{t('specialRequests.currentPrice')}</Table.Th>
            <Table.Th style={NUM}>{t('specialRequests.targetPrice')}</Table.Th>
            <Table.Th style={NUM}>
              {decidable ? t('specialRequests.grantPrice') : t('specialRequests.decidedPrice')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {request.lines.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td ff="monospace">{l.product.sku}</Table.Td>
              <Table.Td>{l.product.name}</Table.Td>
              <Table.Td style={NUM}>{format.decimal(l.quantity)}</Table.Td>
              <Table.Td style={NUM}>{money(l.currentPrice)}</Table.Td>
              <Table.Td style={NUM}>{money(l.targetPrice)}</Table.Td>
              <Table.Td style={NUM}>
                {decidable ? (
                  <TextInput
                    size="xs"
                    w={120}
                    ml="auto"
                    value={prices[l.id] ?? ''}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      setPrices((p) => ({ ...p, [l.id]: v }));
                    }}
                    error={errors[l.id]}
                    aria-label={t('specialRequests.grantPrice')}
                  />
                ) : (
                  money(l.approvedPrice ?? l.offeredPrice)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {request.ruleIds.length > 0 && (
        <Group gap="xs">
          <Text size="sm">{t('specialRequests.rules')}:</Text>
          {request.ruleIds.map((ruleId, i) => (
            <Anchor key={ruleId} component={Link} to={`/pricing/rules/${ruleId}`} size="sm">
              #{i + 1}
            </Anchor>
          ))}
        </Group>
      )}
      {decidable && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group align="flex-end" gap="sm">
              <TextInput
                type="date"
                label={t('specialRequests.validUntilInput')}
                value={validUntil}
                onChange={(e) => setValidUntil(e.currentTarget.value)}
                error={errors.validUntil}
                w={200}
                data-testid="request-valid-until"
              />
              <TextInput
                label={t('specialRequests.comment')}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                style={{ flex: 1 }}
              />
            </Group>
            <Group gap="sm">
              <Button
                color="teal"
                onClick={() => void run('approve')}
                loading={approving.loading}
                data-testid="request-approve"
              >
                {t('specialRequests.approve')}
              </Button>
              <Button variant="light" onClick={() => void run('counter')} loading={countering.loading}>
                {t('specialRequests.counterOffer')}
              </Button>
            </Group>
            <Group align="flex-end" gap="sm">
              <Textarea
                label={t('specialRequests.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={errors.reason}
                autosize
                minRows={1}
                style={{ flex: 1 }}
              />
              <Button color="red" variant="light" onClick={() => void run('reject')} loading={rejecting.loading}>
                {t('specialRequests.reject')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {failure && <Alert color="red">{failure}</Alert>}
    </Stack>
  );
}
