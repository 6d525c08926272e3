import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './i18n/i18n';

import { mountApp } from '@wholesail/shared/web';

import { createApolloClient } from './app/apollo-client';
import { router } from './app/router';

mountApp({ client: createApolloClient(), router });
