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

/** `dialect`, `x.dialect`, `dialect.name`, `x.dialect.name` and `dialectOf(url)`, in either operand of a comparison. */
const DIALECT_OPERAND = [
  "[name=/dialect$/i]",
  "[property.name=/dialect$/i]",
  "[property.name='name'][object.name=/dialect$/i]",
  "[property.name='name'][object.property.name=/dialect$/i]",
  "[callee.name=/dialectOf$/i]",
  "[callee.property.name=/dialectOf$/i]",
];
const COMPARISON = "BinaryExpression[operator=/^[!=]==?$/]";
const DIALECT_TESTS = [
  ...DIALECT_OPERAND.map((operand) => `${COMPARISON}[right.type='Literal']${operand.replace(/\[/g, "[left.")}`),
  ...DIALECT_OPERAND.map((operand) => `${COMPARISON}[left.type='Literal']${operand.replace(/\[/g, "[right.")}`),
  ...DIALECT_OPERAND.map((operand) => `SwitchStatement${operand.replace(/\[/g, "[discriminant.")}`),
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
  // What differs per database lives behind one interface per kind of database, chosen in a factory
  // (src/connectors/open.ts, src/store/open.ts) by a table, not by comparisons. A comparison of a
  // dialect (or its name) with a string would start the spread of `if postgres` branches again.
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        // Flat config replaces a rule's options per file: the project-wide shapes stay refused here too.
        ...RESTRICTED_SYNTAX,
        ...DIALECT_TESTS.map((selector) => ({
          selector,
          message:
            "Do not branch on a database's name: add what differs to its dialect (src/connectors/dialect.ts or src/store/dialect.ts).",
        })),
      ],
    },
  },
  // The consent banner runs in the visitor's browser, not in Node.
  { files: ["src/consent/banner/**"], languageOptions: { globals: { ...globals.browser } } },
);
