/** The words of each FileProblem, in Swedish and English: what is wrong and what the user can do. */
import type { Lang } from '../core/money';
import type { FileProblem, FileProblemKind } from './fileProblem';

type Words = Readonly<Record<FileProblemKind, string>>;

const SV: Words = {
  missing: 'filen finns inte',
  folder: 'det är en mapp, inte en fil; ange huvudboksfilen',
  noPermission: 'du saknar behörighet att läsa filen',
  empty: 'filen är tom (0 byte)',
  lockFile: 'det är Excels låsfil för en arbetsbok som är öppen, inte själva arbetsboken; ange filen utan ~$ först i namnet',
  encrypted: 'filen är lösenordsskyddad; ta bort lösenordet i Excel (Arkiv › Information › Skydda arbetsbok › Kryptera med lösenord, töm fältet), spara och försök igen',
  oldExcel: 'filen är i det gamla Excel-formatet (.xls, Excel 97–2003); öppna den i Excel och spara den som Excel-arbetsbok (.xlsx)',
  binaryWorkbook: 'filen är en binär Excel-arbetsbok (.xlsb); öppna den i Excel och spara den som Excel-arbetsbok (.xlsx)',
  openDocument: 'filen är ett OpenDocument-kalkylark (.ods); öppna den i LibreOffice eller Excel och spara den som Excel-arbetsbok (.xlsx)',
  html: 'filen är en webbsida (HTML), som vissa system sparar under ett Excel-namn; öppna den i Excel och spara den som Excel-arbetsbok (.xlsx)',
  notWorkbook: 'filen är ingen Excel-arbetsbok trots namnet; öppna den i Excel och spara den som Excel-arbetsbok (.xlsx) eller CSV',
  damaged: 'filen är skadad eller ofullständig (avbruten kopiering eller nedladdning?); spara eller hämta den igen och försök på nytt',
  unreadable: 'filen kan inte läsas; öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) eller CSV och försök igen',
};

const EN: Words = {
  missing: 'the file does not exist',
  folder: 'this is a folder, not a file; name the ledger file',
  noPermission: 'you have no permission to read the file',
  empty: 'the file is empty (0 bytes)',
  lockFile: "this is Excel's lock file for a workbook that is open, not the workbook itself; name the file without the leading ~$",
  encrypted: 'the file is password-protected; remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password, clear the box), save and try again',
  oldExcel: 'the file is in the old Excel format (.xls, Excel 97–2003); open it in Excel and save it as an Excel Workbook (.xlsx)',
  binaryWorkbook: 'the file is an Excel Binary Workbook (.xlsb); open it in Excel and save it as an Excel Workbook (.xlsx)',
  openDocument: 'the file is an OpenDocument spreadsheet (.ods); open it in LibreOffice or Excel and save it as an Excel Workbook (.xlsx)',
  html: 'the file is a web page (HTML), as some systems save under an Excel name; open it in Excel and save it as an Excel Workbook (.xlsx)',
  notWorkbook: 'the file is not an Excel workbook despite its name; open it in Excel and save it as an Excel Workbook (.xlsx) or CSV',
  damaged: 'the file is damaged or incomplete (an interrupted copy or download?); save or fetch it again and retry',
  unreadable: 'the file cannot be read; open it in Excel, save it as an Excel Workbook (.xlsx) or CSV and try again',
};

/** The message for a file that cannot be opened: the file, then why ("Budget.xlsx: filen är …"). */
export function fileProblemMessage(problem: FileProblem, file: string, lang: Lang): string {
  return `${file}: ${(lang === 'sv' ? SV : EN)[problem.kind]}`;
}
