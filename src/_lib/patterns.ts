/**
 * The text patterns that validation (`validateCommitments`) and the schemas (zod and JSON Schema) both
 * check, written once so that the two cannot drift.
 * @internal
 */

/** A kebab-case id: "goldman-sachs", "c-1". @internal */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An ISO 8601 duration of years, months, weeks and days: "P" and at least one of Y, M, W, D in that
 * order ("P5Y", "P1Y6M"). No lookahead, so that validators in other languages (RE2 has none) read the
 * JSON Schema's pattern too. @internal
 */
export const ISO_DURATION =
  /^P(?:\d+Y(?:\d+M)?(?:\d+W)?(?:\d+D)?|\d+M(?:\d+W)?(?:\d+D)?|\d+W(?:\d+D)?|\d+D)$/;
