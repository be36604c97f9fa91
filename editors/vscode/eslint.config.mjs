// ESLint: the recommended JavaScript and type-aware TypeScript rules for
// the extension's sources, the recommended JavaScript rules for the tests.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "out/", "node_modules/", "*.mjs"] },
  {
    files: ["src/**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { project: "./tsconfig.json", tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/explicit-module-boundary-types": "off",
      eqeqeq: "error",
    },
  },
  {
    files: ["test/**/*.js"],
    extends: [js.configs.recommended],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", process: "readonly", __dirname: "readonly", setTimeout: "readonly", clearTimeout: "readonly", URL: "readonly", console: "readonly", fetch: "readonly" },
    },
  },
);
