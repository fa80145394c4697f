/** Español: la línea de comandos ante entradas hostiles (fechas, archivos, bloqueos, salidas). */
import type { cliSafety as en } from "../en/cli-safety";

export const cliSafety: { readonly [K in keyof typeof en]: string } = {
  "usage.dateOutOfRange": "«{value}» está fuera del calendario de Excel: indique una fecha entre 1900-01-01 y 9999-12-31.",
  "output.closed": "No se pudo mostrar el resultado: el programa que lo leía se detuvo ({reason}).",
  "output.full": "No se pudo mostrar el resultado: el disco de destino está lleno ({reason}).",
  "output.failed": "No se pudo mostrar el resultado ({reason}).",
  "file.notRegular.fifo": "es una tubería con nombre (FIFO), no un archivo de libro",
  "file.notRegular.device": "es un dispositivo, no un archivo de libro",
  "file.notRegular.directory": "es una carpeta, no un archivo de libro",
  "file.notRegular.other": "es un archivo especial (por ejemplo, un socket), no un archivo de libro",
  "file.nameNotUtf8":
    "el nombre del archivo contiene bytes que no son texto UTF-8 (se muestran como \ufffd), así que el nombre escrito no puede llegar a ese archivo; cámbiele el nombre usando solo letras",
  "file.noReadPermission": "no tiene permiso para leerlo",
  "file.tooLargeToRead": "supera 1 GB, mucho más que cualquier libro que lee este comando",
  "write.noPermission":
    "No se pudo escribir {file}: la carpeta {folder} no le permite crear archivos ({reason}), y el comando crea un bloqueo y un archivo temporal junto al libro. No se escribió nada.",
  "write.diskFull": "No se pudo escribir {file}: el disco está lleno ({reason}). No se escribió nada y se eliminó el archivo temporal.",
  "write.readOnlyDisk": "No se pudo escribir {file}: el disco o la unidad compartida es de solo lectura ({reason}). No se escribió nada.",
  "write.tooLarge":
    "No se pudo escribir {file}: el archivo superaría el tamaño que permite este disco o su cuenta ({reason}). No se escribió nada y se eliminó el archivo temporal.",
  "write.leftover":
    "No se pudo escribir {file} ({reason}). El libro no se modificó, pero no se pudo eliminar un archivo temporal incompleto: {temp}. Elimínelo.",
  "lock.blocked":
    "Otra ejecución de mvsp-triggers está escribiendo {file} (proceso {pid}); no se escribió nada. Vuelva a intentarlo cuando termine. Si no hay ninguna ejecución en curso, elimine el archivo de bloqueo {lock}.",
  "out.exists":
    "{file} ya existe y no es una salida anterior de {input}; no se escribió nada. Elija otro nombre o añada --force para reemplazarlo.",
  "out.existsNoForce": "{file} ya existe; no se escribió nada. Elija otro nombre o añada --force para reemplazarlo.",
  "out.notRegular":
    "{file} existe pero no es un archivo normal (una carpeta, un dispositivo o una tubería); no se escribió nada. Elija otro nombre.",
  "out.danglingLink":
    "{file} es un enlace simbólico a {link}, que no existe; no se escribió nada y el enlace quedó como estaba. Cree primero ese archivo o elija otro nombre.",
  "out.nameNotUtf8":
    "El nombre {file} contiene bytes que no son texto UTF-8 (se muestran como \ufffd), así que no puede escribirse con el nombre indicado; no se escribió nada. Elija un nombre con solo letras.",
  "report.notOurs":
    "{input} no podía escribirse sin riesgo, y el informe aparte {file} ya existe pero no lo escribió MVSP Trigger Monitor; no se escribió nada. Mueva o cambie el nombre de ese archivo y vuelva a evaluar.",
};
