/**
 * English: why a file cannot be opened as a workbook, one sentence per reason (the adapter's
 * `PackageFailure` codes), said after "Could not read {file}:". The one table of refusal
 * reasons for damaged and unsupported packages; {part} names the part concerned.
 */
export const cliPackage = {
  "package.encrypted":
    "it is protected by a password to open (encrypted); remove the password in Excel (File > Info > Protect Workbook), save, and try again",
  "package.legacyXls": "it is an Excel 97-2003 workbook (.xls) or another older Office file; save it as .xlsx in Excel",
  "package.notZip": "it is not an Excel workbook (.xlsx)",
  "package.notWorkbook": "it is not an Excel workbook: a zip file, but with no workbook inside",
  "package.missingPart": "the file is damaged: its part {part} is missing; open it in Excel, which offers to repair it, and save it again",
  "package.doctype":
    "its part {part} declares a document type (DTD or entities), which a workbook never holds; the file was made by another program or altered, so it is not read",
  "package.notWellFormed":
    "the file is damaged: its part {part} is not well-formed XML; open it in Excel, which offers to repair it, and save it again",
  "package.unsupportedEncoding":
    "its part {part} is written in a character encoding other than UTF-8 or UTF-16, which workbooks do not use",
  "package.encryptedEntry": "its part {part} is encrypted inside the zip, which Excel never does; save the workbook again from Excel",
  "package.unsupportedMethod": "its part {part} is compressed with a method Excel does not use; save the workbook again from Excel",
  "package.corrupt": "the file is damaged (part {part}); open it in Excel, which offers to repair it, and save it again",
  "package.crcMismatch":
    "the file is damaged: the content of its part {part} does not match its checksum (a transfer or disk error), so its values cannot be trusted",
  "package.duplicateEntry":
    "the file is damaged: it holds the part {part} twice, and programs disagree on which copy counts; open it in Excel and save it again",
  "package.caseDuplicate":
    "the file is damaged: it holds two parts whose names differ only in capitals ({part}), which Excel does not allow; open it in Excel and save it again",
  "package.tooLarge": "it is too large to read safely (over 1 GB once uncompressed, or over 20,000 parts)",
  "package.ratio": "its part {part} is compressed more than 200 to 1, which only a damaged or malicious file does",
  "protect.sheet":
    "Nothing was written: the status cell {cell} of {file} is on a protected sheet. Unprotect the sheet {sheet} in Excel (Review > Unprotect Sheet), or point the Status_ name at a cell of an unprotected sheet, then evaluate again.",
  "protect.structure":
    "Nothing was written: the structure of {file} is protected, so the sheets {sheets} cannot be added. Unprotect the workbook in Excel (Review > Protect Workbook), evaluate, then protect it again.",
};
