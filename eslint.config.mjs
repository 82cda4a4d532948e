import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      ".medusa/**",
      "node_modules/**",
      ".data/**",
      "src/modules/*/migrations/Migration20261204154825.ts",
      "src/modules/*/migrations/Migration20261204162515.ts",
      "src/modules/*/migrations/Migration20261204182558.ts",
      "src/modules/*/migrations/Migration20261204184711.ts",
      "src/modules/*/migrations/Migration20261204185550.ts",
      "src/modules/*/migrations/Migration20261204190820.ts",
    ],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "no-console": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "padding-line-between-statements": [
        "error",
        { blankLine: "always", prev: "*", next: "return" },
      ],
      "no-multiple-empty-lines": ["error", { max: 1 }],
    },
  },
  {
    files: ["integration-tests/**/*.ts", "**/__tests__/**/*.ts", "bench/**"],
    rules: {
      "no-console": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-function-type": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        fetch: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
      },
    },
  }
)
