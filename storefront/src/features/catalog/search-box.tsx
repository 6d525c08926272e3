import { useQuery } from '@apollo/client/react';
import { Box, Combobox, Group, Image, Loader, Text, TextInput, ThemeIcon, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPhoto, IconSearch } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SEARCH_SUGGESTIONS_QUERY } from './catalog.queries';

/** Text with the given ranges marked (what the typed text matched). */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly { start: number; length: number }[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, length } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, start + length)}</mark>);
    at = start + length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

interface SearchBoxProps {
  /** The search applied to the table (from the URL; the box is re-created, `key`ed by it, when it changes). */
  value: string;
  /** Enter without a chosen suggestion: filter the table by the text. */
  onSearch: (text: string) => void;
  /** A suggestion chosen (click or Enter): open its card. */
  onPick: (productId: string) => void;
}

/**
 * Instant search: suggestions as the buyer types (exact SKU first, SKU and barcode prefixes, name
 * words with typos forgiven), matches highlighted; arrows move, Enter opens the card (or, with no
 * suggestion chosen, filters the table by the text), Escape closes the list.
 */
export function SearchBox({ value, onSearch, onPick }: SearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text.trim(), 120);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const enabled = debounced.length >= 2;
  const { data, previousData, loading } = useQuery(SEARCH_SUGGESTIONS_QUERY, {
    variables: { query: debounced, limit: 10 },
    skip: !enabled,
    fetchPolicy: 'cache-first',
  });
  const suggestions = enabled ? ((data ?? previousData)?.searchSuggestions ?? []) : [];

  useEffect(() => {
    // The first suggestion is not pre-selected: Enter on its own searches the table by the text.
    combobox.resetSelectedOption();
  }, [data, combobox]);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(productId) => {
        combobox.closeDropdown();
        onPick(productId);
      }}
      withinPortal
      position="bottom-start"
    >
      <Combobox.Target>
        <TextInput
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && combobox.getSelectedOptionIndex() < 0) {
              event.preventDefault();
              combobox.closeDropdown();
              onSearch(text.trim());
            }
            if (event.key === 'Escape') combobox.closeDropdown();
          }}
          placeholder={t('catalog.search.placeholder')}
          aria-label={t('catalog.search.label')}
          leftSection={<IconSearch size={16} />}
          rightSection={loading ? <Loader size={14} /> : null}
          w="100%"
          data-testid="catalog-search"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!enabled} data-testid="search-suggestions" miw={520}>
        <Combobox.Options>
          {suggestions.length === 0 && !loading && <Combobox.Empty>{t('catalog.search.nothing')}</Combobox.Empty>}
          {suggestions.map((s) => (
            <Combobox.Option value={s.productId} key={s.productId} data-testid="suggestion">
              <Group gap="sm" wrap="nowrap">
                {s.thumbnailUrl ? (
                  <Image src={s.thumbnailUrl} alt="" w={32} h={32} fit="contain" />
                ) : (
                  <ThemeIcon variant="light" color="gray" size={32}>
                    <IconPhoto size={16} />
                  </ThemeIcon>
                )}
                <Box style={{ minWidth: 0 }}>
                  <Text size="sm" ff="monospace">
                    <Highlighted text={s.sku} ranges={s.skuHighlights} />
                    {s.barcode && s.matchedOn === 'BARCODE' && (
                      <Text span size="xs" c="dimmed" ml="xs">
                        {t('catalog.search.barcode', { barcode: s.barcode })}
                      </Text>
                    )}
                  </Text>
                  <Text size="sm" truncate>
                    <Highlighted text={s.name} ranges={s.nameHighlights} />
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {s.summary}
                  </Text>
                </Box>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
