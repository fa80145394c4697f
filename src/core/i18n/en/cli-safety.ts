/** English: the command line on hostile input (issue 16): dates, files, locks, outputs. */
export const cliSafety = {
  "usage.dateOutOfRange": "\"{value}\" is outside Excel's calendar: give a date from 1900-01-01 to 9999-12-31.",
  "output.closed": "The output could not be printed: the program reading it stopped ({reason}).",
  "output.full": "The output could not be printed: the disk it goes to is full ({reason}).",
  "output.failed": "The output could not be printed ({reason}).",
};
