// Mantine's PostCSS set-up for both apps. Plugin names resolve from the app that re-exports this
// file as its postcss.config.js (the apps carry postcss-preset-mantine and postcss-simple-vars).
export default {
  plugins: {
    'postcss-preset-mantine': {},
    'postcss-simple-vars': {
      variables: {
        'mantine-breakpoint-xs': '36em',
        'mantine-breakpoint-sm': '48em',
        'mantine-breakpoint-md': '62em',
        'mantine-breakpoint-lg': '75em',
        'mantine-breakpoint-xl': '88em',
      },
    },
  },
};
