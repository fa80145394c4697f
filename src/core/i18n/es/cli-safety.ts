/** Español: la línea de comandos ante entradas hostiles (fechas, archivos, bloqueos, salidas). */
import type { cliSafety as en } from "../en/cli-safety";

export const cliSafety: { readonly [K in keyof typeof en]: string } = {
  "usage.dateOutOfRange": "«{value}» está fuera del calendario de Excel: indique una fecha entre 1900-01-01 y 9999-12-31.",
  "output.closed": "No se pudo mostrar el resultado: el programa que lo leía se detuvo ({reason}).",
  "output.full": "No se pudo mostrar el resultado: el disco de destino está lleno ({reason}).",
  "output.failed": "No se pudo mostrar el resultado ({reason}).",
};
