import { defineCodegenConfig } from '@wholesail/shared/web/codegen';

// Typed documents from the committed admin schema → src/gql/ (see defineCodegenConfig).
export default defineCodegenConfig('admin');
