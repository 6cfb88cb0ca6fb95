// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "src/generated/", ".cache/", ".data/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-console": "off",
      eqeqeq: ["error", "always"],
      "prefer-const": "error",
    },
  },
  {
    // One direction: developer tools (src/tools/) may use the product, never the other way round.
    files: ["src/**/*.ts"],
    ignores: ["src/tools/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/tools/**"], message: "product code must not import developer tooling (src/tools/)" }] }],
    },
  },
);
