import { defineCodegenConfig } from '@wholesail/shared/web/codegen';

// Typed documents from the committed shop schema → src/gql/ (see defineCodegenConfig).
export default defineCodegenConfig('shop');
