// Library entry point: `import { analyze } from 'statement-analyzer'`. Arguments are checked here,
// at the boundary with callers; the pipeline trusts them.
import { checkAnalyzeArguments } from './arguments.js';
import { analyze as analyzeChecked } from './windows.js';
import type { Analysis, AnalyzeOptions } from './types.js';

export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  checkAnalyzeArguments(text, options);
  return analyzeChecked(text, options);
}
export type * from './types.js';
