import { useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Group, Modal, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { UNIT_PRICE } from './price-cell';
import { REQUEST_SPECIAL_PRICE_MUTATION, SPECIAL_PRICE_REQUESTS_QUERY } from './prices.queries';
import {
  type LineErrors,
  normalizeDecimal,
  type RequestLineDraft,
  requestErrors,
  validateLines,
} from './special-price-input';

interface SpecialPriceModalProps {
  /** The products to ask about (null: closed). */
  lines: RequestLineDraft[] | null;
  onClose: () => void;
  onSent?: () => void;
}

/**
 * "Request a special price": per product a quantity and a target price (per base unit), and a comment.
 * Errors stand next to the line and field they name, from the form's own checks or from the API.
 */
export function SpecialPriceModal({ lines: initial, onClose, onSent }: SpecialPriceModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={initial !== null} onClose={onClose} title={t('prices.request.title')} size="xl">
      {initial && (
        <RequestForm key={initial.map((l) => l.productId).join()} initial={initial} onClose={onClose} onSent={onSent} />
      )}
    </Modal>
  );
}

function RequestForm({
  initial,
  onClose,
  onSent,
}: {
  initial: RequestLineDraft[];
  onClose: () => void;
  onSent?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [lines, setLines] = useState<RequestLineDraft[]>(initial);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<LineErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [send, { loading }] = useMutation(REQUEST_SPECIAL_PRICE_MUTATION, {
    refetchQueries: [SPECIAL_PRICE_REQUESTS_QUERY],
  });

  const update = (index: number, change: Partial<RequestLineDraft>) => {
    setLines((current) => current.map((line, i) => (i === index ? { ...line, ...change } : line)));
    setErrors((current) => {
      const next = { ...current };
      delete next[index];
      return next;
    });
  };
  const remove = (index: number) => {
    setLines((current) => current.filter((_, i) => i !== index));
    setErrors({});
  };

  const submit = async () => {
    setFormError(null);
    if (lines.length === 0) {
      setFormError('prices.request.noLines');
      return;
    }
    const local = validateLines(lines);
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const { data } = await send({
        variables: {
          input: {
            comment: comment.trim(),
            lines: lines.map((l) => ({
              productId: l.productId,
              quantity: normalizeDecimal(l.quantity),
              targetPrice: normalizeDecimal(l.targetPrice),
            })),
          },
        },
      });
      const request = data?.requestSpecialPrice;
      if (!request) return;
      notifications.show({
        color: 'teal',
        message: (
          <Group gap="xs">
            <Text size="sm">{t('prices.request.sent', { number: request.number })}</Text>
            <Button size="compact-xs" variant="light" onClick={() => navigate('/special-prices')}>
              {t('prices.request.openList')}
            </Button>
          </Group>
        ),
      });
      onSent?.();
      onClose();
    } catch (e) {
      const fromApi = requestErrors(e);
      if (Object.keys(fromApi.lines).length || fromApi.form) {
        setErrors(fromApi.lines);
        setFormError(fromApi.form);
      } else {
        notifications.show({ color: 'red', message: errorMessage(e, t) });
      }
    }
  };

  const fieldError = (index: number, field: 'quantity' | 'targetPrice') => {
    const key = errors[index]?.[field];
    return key ? t(key as ParseKeys) : undefined;
  };

  return (
    <Stack gap="sm" data-testid="special-price-form">
      <Text size="sm" c="dimmed">
        {t('prices.request.text')}
      </Text>
      {formError && (
        <Alert color="red" data-testid="special-price-form-error">
          {t(formError as ParseKeys)}
        </Alert>
      )}
      <Table verticalSpacing="xs" data-testid="special-price-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('prices.request.product')}</Table.Th>
            <Table.Th ta="right">{t('prices.request.currentPrice')}</Table.Th>
            <Table.Th w={140}>{t('prices.request.quantity')}</Table.Th>
            <Table.Th w={150}>{t('prices.request.targetPrice')}</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, i) => (
            <Table.Tr key={line.productId} data-testid="special-price-line" style={{ verticalAlign: 'top' }}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {line.sku}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {line.name}
                </Text>
                {errors[i]?.productId && (
                  <Text size="xs" c="red">
                    {t(errors[i].productId as ParseKeys)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {line.currentPrice && line.currency ? format.money(line.currentPrice, line.currency, UNIT_PRICE) : '—'}
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`${t('prices.request.quantity')} ${line.sku}`}
                  value={line.quantity}
                  onChange={(e) => update(i, { quantity: e.currentTarget.value })}
                  rightSection={<Text size="xs">{line.unit}</Text>}
                  inputMode="decimal"
                  error={fieldError(i, 'quantity')}
                  data-testid="special-price-quantity"
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`${t('prices.request.targetPrice')} ${line.sku}`}
                  value={line.targetPrice}
                  onChange={(e) => update(i, { targetPrice: e.currentTarget.value })}
                  inputMode="decimal"
                  error={fieldError(i, 'targetPrice')}
                  data-testid="special-price-target"
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  onClick={() => remove(i)}
                  aria-label={`${t('prices.request.remove')} ${line.sku}`}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Textarea
        label={t('prices.request.comment')}
        placeholder={t('prices.request.commentPlaceholder')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={2}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('actions.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={loading} data-testid="special-price-submit">
          {t('prices.request.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
