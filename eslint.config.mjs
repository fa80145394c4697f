/**
 * Lint for src/ and tests/ (what `npm run lint` = office-addin-lint checks): the Office add-in
 * rules (load before read, sync before read, no sync in loops, null-object checks) on TypeScript
 * and React code, and the formatter's layout (Prettier, `.prettierrc.json`) everywhere.
 */
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";
import prettier from "eslint-plugin-prettier";

const officeGlobals = { Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" };

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "artifacts/**", "tests/fixtures/**", "tests/browser/**", "scripts/**", "*.config.js", "*.config.mjs"] },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx,js,jsx}"],
    plugins: { prettier },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...officeGlobals },
    },
    settings: { react: { version: "detect" } },
    rules: {
      // The formatter's layout (.prettierrc.json: 140 columns), checked with the rest.
      "prettier/prettier": "error",
      // React 17+ JSX transform: no React import needed in scope.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // TypeScript checks undefined names itself, including the Office/Excel namespaces' types.
      "no-undef": "off",
      // typescript-eslint 8.8 passes no defaults to ESLint 9.3x's base rule: spell them out.
      "@typescript-eslint/no-unused-expressions": [
        "error",
        { allowShortCircuit: false, allowTernary: false, allowTaggedTemplates: false, enforceForJSX: false },
      ],
    },
  },
  {
    // The office-addins rules guess Office.js proxies from names like `cell.value`: outside the
    // code that speaks Office.js (core, .xlsx adapter, CLI) they only raise false alarms.
    files: ["src/core/**", "src/adapters/xlsx/**", "src/cli/**"],
    rules: Object.fromEntries(
      Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "off"]),
    ),
  },
  {
    // Plain ES5 for engines too old for the bundles: a catch clause must name its error there.
    files: ["src/commands/old-engine-guard.js"],
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  {
    // Tests are linted too: the formatter, and the TypeScript rules a test can keep.
    files: ["tests/**/*.{ts,tsx,js,jsx}"],
    plugins: { prettier },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node, ...globals.jest, ...globals.browser, ...officeGlobals },
    },
    settings: { react: { version: "detect" } },
    rules: {
      ...Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "off"])),
      "prettier/prettier": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Modules loaded afresh inside jest.isolateModules, the fake's proxies, control characters fed on purpose.
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-this-alias": "off",
      "no-control-regex": "off",
      "@typescript-eslint/no-unused-expressions": [
        "error",
        { allowShortCircuit: false, allowTernary: false, allowTaggedTemplates: false, enforceForJSX: false },
      ],
    },
  },
];
