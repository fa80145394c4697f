/** English: the command line on hostile input (issue 16): dates, files, locks, outputs. */
export const cliSafety = {
  "usage.dateOutOfRange": '"{value}" is outside Excel\'s calendar: give a date from 1900-01-01 to 9999-12-31.',
  "output.closed": "The output could not be printed: the program reading it stopped ({reason}).",
  "output.full": "The output could not be printed: the disk it goes to is full ({reason}).",
  "output.failed": "The output could not be printed ({reason}).",
  "file.notRegular.fifo": "it is a named pipe (FIFO), not a workbook file",
  "file.notRegular.device": "it is a device, not a workbook file",
  "file.notRegular.directory": "it is a folder, not a workbook file",
  "file.notRegular.other": "it is a special file (such as a socket), not a workbook file",
  "file.nameNotUtf8":
    "the file name holds bytes that are not UTF-8 text (shown as \ufffd), so the name you typed cannot reach that file; rename it using letters only",
  "file.noReadPermission": "you do not have permission to read it",
  "file.tooLargeToRead": "it is larger than 1 GB, more than any workbook this command reads",
  "write.noPermission":
    "Could not write {file}: the folder {folder} does not let you create files ({reason}), and the command writes a lock and a temporary file beside the workbook. Nothing was written.",
  "write.diskFull": "Could not write {file}: the disk is full ({reason}). Nothing was written, and the temporary file was removed.",
  "write.readOnlyDisk": "Could not write {file}: the disk or share it is on is read-only ({reason}). Nothing was written.",
  "write.tooLarge":
    "Could not write {file}: the file would be larger than this disk or your account allows ({reason}). Nothing was written, and the temporary file was removed.",
  "write.leftover":
    "Could not write {file} ({reason}). The workbook itself was not changed, but a partial temporary file could not be removed: {temp}. Delete it.",
  "lock.blocked":
    "{file} is being written by another run of mvsp-triggers (process {pid}); nothing was written. Try again when it has finished. If no such run is going on, delete the lock file {lock}.",
  "out.exists":
    "{file} already exists and is not an earlier output of {input}; nothing was written. Choose another name, or add --force to replace it.",
  "out.existsNoForce": "{file} already exists; nothing was written. Choose another name, or add --force to replace it.",
  "out.notRegular": "{file} exists but is not a regular file (a folder, a device or a pipe); nothing was written. Choose another name.",
  "out.danglingLink":
    "{file} is a symbolic link to {link}, which does not exist; nothing was written and the link was left as it is. Create that file first, or choose another name.",
  "out.nameNotUtf8":
    "The name {file} holds bytes that are not UTF-8 text (shown as \ufffd), so it cannot be written under the name you typed; nothing was written. Choose a name with letters only.",
  "report.notOurs":
    "{input} could not be written safely, and the separate report {file} already exists but was not written by MVSP Trigger Monitor; nothing was written. Move or rename that file, then evaluate again.",
};
