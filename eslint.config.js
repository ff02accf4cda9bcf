// Lint rules that hold two things the compiler does not: no unused code, and no spread of an
// array into a call's arguments (`push(...items)`, `Math.max(...values)`), which overflows the
// stack once the array is large (a 125,000-line text did). Loop, or use reduce, instead.
import tseslint from 'typescript-eslint';

const noSpreadArguments = {
  'no-restricted-syntax': [
    'error',
    {
      selector: 'CallExpression > SpreadElement',
      message: 'No spread arguments: a large array overflows the stack. Loop or reduce instead.',
    },
    {
      selector: 'NewExpression > SpreadElement',
      message: 'No spread arguments: a large array overflows the stack. Loop or reduce instead.',
    },
  ],
};
const unused = {
  args: 'after-used',
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrors: 'none',
  ignoreRestSiblings: true,
};
const noDeadCode = {
  'no-unreachable': 'error',
  'no-unused-labels': 'error',
  'no-unused-private-class-members': 'error',
  'no-useless-return': 'error',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/', 'coverage/'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      ...noSpreadArguments,
      ...noDeadCode,
      '@typescript-eslint/no-unused-vars': ['error', unused],
      '@typescript-eslint/no-unused-expressions': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      ...noSpreadArguments,
      ...noDeadCode,
      'no-unused-vars': ['error', unused],
      'no-unused-expressions': 'error',
    },
  },
);
