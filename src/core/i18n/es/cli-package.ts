/** Español: por qué un archivo no puede abrirse como libro (tras «No se pudo leer {file}:»). */
import type { cliPackage as en } from "../en/cli-package";

export const cliPackage: { readonly [K in keyof typeof en]: string } = {
  "package.encrypted":
    "está protegido con una contraseña de apertura (cifrado); quite la contraseña en Excel (Archivo > Información > Proteger libro), guarde y vuelva a intentarlo",
  "package.legacyXls": "es un libro de Excel 97-2003 (.xls) u otro archivo antiguo de Office; guárdelo como .xlsx en Excel",
  "package.notZip": "no es un libro de Excel (.xlsx)",
  "package.notWorkbook": "no es un libro de Excel: es un archivo zip, pero sin ningún libro dentro",
  "package.missingPart": "el archivo está dañado: falta su parte {part}; ábralo en Excel, que ofrece repararlo, y vuelva a guardarlo",
  "package.doctype":
    "su parte {part} declara un tipo de documento (DTD o entidades), algo que un libro nunca contiene; el archivo lo generó otro programa o fue alterado, así que no se lee",
  "package.notWellFormed":
    "el archivo está dañado: su parte {part} no es XML bien formado; ábralo en Excel, que ofrece repararlo, y vuelva a guardarlo",
  "package.unsupportedEncoding": "su parte {part} está escrita con una codificación distinta de UTF-8 o UTF-16, que los libros no utilizan",
  "package.encryptedEntry": "su parte {part} está cifrada dentro del zip, algo que Excel nunca hace; vuelva a guardar el libro desde Excel",
  "package.unsupportedMethod": "su parte {part} está comprimida con un método que Excel no utiliza; vuelva a guardar el libro desde Excel",
  "package.corrupt": "el archivo está dañado (parte {part}); ábralo en Excel, que ofrece repararlo, y vuelva a guardarlo",
  "package.crcMismatch":
    "el archivo está dañado: el contenido de su parte {part} no coincide con su suma de control (un error de transferencia o de disco), así que sus valores no son fiables",
  "package.duplicateEntry":
    "el archivo está dañado: contiene dos veces la parte {part} y los programas no toman la misma copia; ábralo en Excel y vuelva a guardarlo",
  "package.caseDuplicate":
    "el archivo está dañado: contiene dos partes cuyos nombres solo difieren en mayúsculas ({part}), algo que Excel no admite; ábralo en Excel y vuelva a guardarlo",
  "package.tooLarge": "es demasiado grande para leerlo con seguridad (más de 1 GB sin comprimir, o más de 20 000 partes)",
  "package.ratio": "su parte {part} está comprimida a más de 200 a 1, algo que solo hace un archivo dañado o malintencionado",
  "protect.sheet":
    "No se escribió nada: la celda de estado {cell} de {file} está en una hoja protegida. Desproteja la hoja {sheet} en Excel (Revisar > Desproteger hoja), o haga que el nombre Status_ apunte a una celda de una hoja sin proteger, y vuelva a evaluar.",
  "protect.structure":
    "No se escribió nada: la estructura de {file} está protegida, así que no se pueden añadir las hojas {sheets}. Desproteja el libro en Excel (Revisar > Proteger libro), evalúe y vuelva a protegerlo.",
};
