/**
 * English: notes (the Notes box of the summary sheet, whose text each evaluation carries over).
 */
export const notes = {
  heading: "Notes (kept at each evaluation)",
  guide:
    "Type notes for the Board in the box below (insert rows inside it for more room): each evaluation carries them over, with any text typed under the page. The rest of the page (columns A to L) is rewritten at each evaluation; cells to the right of it are kept.",
  /** Comments of the two names in the Name Manager. */
  pageComment: "The page the add-in rewrites at each evaluation: cells outside it are kept.",
  boxComment: "The Notes box of the summary: its text is carried to the next evaluation.",
  /** An Excel note that was on a cell of the page (rewritten), carried into the box: the cell and what its row was about. */
  "cellNote.full": "Note by {author} on {cell} ({label}): {text}",
  "cellNote.noAuthor": "Note on {cell} ({label}): {text}",
  "cellNote.noLabel": "Note by {author} on {cell}: {text}",
  "cellNote.bare": "Note on {cell}: {text}",
};
