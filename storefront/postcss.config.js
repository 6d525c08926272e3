// Mantine's PostCSS set-up, the same for both apps.
export { default } from '@wholesail/shared/web/postcss';
