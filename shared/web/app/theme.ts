import { Badge, createTheme } from '@mantine/core';

// One theme for both apps: they should look like one product.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '600' },
  components: {
    // Status badges sit in dense table cells: a cell grows to fit its badge instead of cutting it to "Де…".
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
  },
});
