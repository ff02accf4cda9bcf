// Library entry point: `import { analyze } from 'statement-analyzer'`.
export { analyze } from './pipeline.js';
export type * from './types.js';
