/** Every language's whole catalogue, for the faces that load them all at start (CLI, task pane). */
import type { Language } from "../model";
import type { Catalogue } from "./catalogue";
import { registerCatalogue } from "./index";
import { en } from "./en";
import { fr } from "./fr";
import { es } from "./es";

export const ALL_CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr, es };

export function loadAllLanguages(): void {
  registerCatalogue("fr", fr);
  registerCatalogue("es", es);
}
