/**
 * Packages that must exist once in a bundle: shared/web imports them too, and a second React,
 * Apollo client, router or i18next instance would split hooks and context from their providers.
 * pnpm links one copy already (same versions everywhere); `resolve.dedupe` keeps it that way.
 */
export const SINGLETON_PACKAGES = [
  'react',
  'react-dom',
  'react-router',
  '@apollo/client',
  'graphql',
  'rxjs',
  '@mantine/core',
  '@mantine/hooks',
  '@mantine/form',
  '@mantine/notifications',
  '@tabler/icons-react',
  'i18next',
  'i18next-browser-languagedetector',
  'react-i18next',
];
