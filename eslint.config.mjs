/**
 * Lint for src/ (what `npm run lint` = office-addin-lint checks): the Office add-in rules
 * (load before read, sync before read, no sync in loops, null-object checks) on TypeScript and
 * React code. Formatting is not linted: the project has no Prettier configuration, and style
 * rules would only fight the code's own consistent layout.
 */
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

const officeGlobals = { Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" };

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "tests/**", "scripts/**", "*.config.js", "*.config.mjs"] },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx,js,jsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...officeGlobals },
    },
    settings: { react: { version: "detect" } },
    rules: {
      "prettier/prettier": "off",
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
];
