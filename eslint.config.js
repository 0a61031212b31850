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

// A language named in code, as `lang` or `language` or `…Lang`.
const LANG = "/(^|[a-z])(lang|Lang|language|Language)$/";
const IS_LANG = (side) => `:matches([${side}.name=${LANG}], [${side}.property.name=${LANG}])`;
const IS_TEXT = (side) => `:matches([${side}.type='Literal'], [${side}.type='TemplateLiteral'])`;

/** In src/: text comes in both languages in one shape, and dates come in words from our own tables. */
const SOURCE_SYNTAX = [
  {
    // `lang === "nl" ? … : …` hides the other languages in an else; a table makes a missing one a type error.
    selector: `BinaryExpression[operator=/^[!=]==?$/]:matches(${IS_LANG("left")}${IS_TEXT("right")}, ${IS_LANG("right")}${IS_TEXT("left")})`,
    message:
      "Do not compare a language with a string: write the text for every language, `textIn(lang, { nl: …, en: … })` or a `{ nl: …, en: … } satisfies InLang<T>` table (kernel/lang.ts).",
  },
  {
    selector: `SwitchStatement:matches([discriminant.name=${LANG}], [discriminant.property.name=${LANG}])`,
    message: "Do not switch on a language: look the text up in a table `{ nl: …, en: … } satisfies InLang<T>`.",
  },
  {
    // ICU's names and patterns differ between Node builds; generated documents must be byte-identical.
    selector: "MemberExpression[object.name='Intl'][property.name='DateTimeFormat']",
    message:
      "Format dates with deadlines' dayMonthYear/longDate (own month and weekday tables); read a time zone with wallClock().",
  },
  {
    selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]",
    message:
      "Format dates with deadlines' dayMonthYear/longDate, which do not depend on the ICU data of the Node build.",
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
  // What differs per database lives behind one interface per kind of database, chosen in a factory
  // (src/connectors/open.ts, src/store/open.ts) by a table, not by comparisons. A comparison of a
  // dialect (or its name) with a string would start the spread of `if postgres` branches again.
  // In src/, text comes in both languages in one shape and dates from our own tables (SOURCE_SYNTAX).
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        // Flat config replaces a rule's options per file: the project-wide shapes stay refused here too.
        ...RESTRICTED_SYNTAX,
        ...SOURCE_SYNTAX,
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
