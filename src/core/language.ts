/** The report's languages: a leaf module, so the catalogues and the model both import it without a cycle. */
export type Language = "en" | "fr" | "es";
export const LANGUAGES: readonly Language[] = ["en", "fr", "es"];
