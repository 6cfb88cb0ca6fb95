/** The stable `extensions.code` of each request limit's rejection (the limits: src/config/limits.ts). */
export const LIMIT_CODES = {
  tooLarge: "QUERY_TOO_LARGE",
  tooDeep: "QUERY_TOO_DEEP",
  tooManyAliases: "TOO_MANY_ALIASES",
  tooManyRootFields: "TOO_MANY_ROOT_FIELDS",
  tooManyDirectives: "TOO_MANY_DIRECTIVES",
  tooComplex: "QUERY_TOO_COMPLEX",
  introspectionTooLarge: "INTROSPECTION_TOO_LARGE",
  inputTooLarge: "INPUT_TOO_LARGE",
  badUserInput: "BAD_USER_INPUT",
} as const;
