import { useLocalStorage } from '@mantine/hooks';

/** The catalog columns the buyer has hidden, remembered in this browser (by column id). */
export function useHiddenColumns(): [string[], (hidden: string[]) => void] {
  const [hidden, setHidden] = useLocalStorage<string[]>({
    key: 'wholesail.catalog.hiddenColumns',
    defaultValue: [],
    getInitialValueInEffect: false,
  });
  return [Array.isArray(hidden) ? hidden : [], setHidden];
}
