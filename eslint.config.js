// Lint rules for the whole project: the recommended JavaScript and TypeScript sets, with two
// deliberate exceptions explained below.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Code shapes the project has replaced with something better; each message says with what. */
const RESTRICTED_SYNTAX = [
  {
    // zod's internals change between minor versions; its classes (ZodObject.shape, .unwrap()) do not.
    selector: "MemberExpression[property.name=/^_(zod|def)$/]",
    message:
      "Read zod schemas through the public API (instanceof z.ZodObject, .shape, .unwrap(); see register/schema-walk.ts).",
  },
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-artifacts/", ".waarborg/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Company tables are only known at run time (from the register), so the query layer is typed
      // `Kysely<any>` in a few places; each says why.
      "@typescript-eslint/no-explicit-any": "off",
      // noUncheckedIndexedAccess makes every index optional; `!` marks lookups the code has just checked.
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...RESTRICTED_SYNTAX],
    },
  },
  // The consent banner runs in the visitor's browser, not in Node.
  { files: ["src/consent/banner/**"], languageOptions: { globals: { ...globals.browser } } },
);
