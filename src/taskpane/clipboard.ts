/**
 * Clipboard API first; inside some Office webviews only the older copy command works, and it
 * copies a selection: a scratch text area, off screen, is selected for it and removed after.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const scratch = document.createElement("textarea");
    scratch.value = text;
    scratch.setAttribute("readonly", "");
    scratch.setAttribute("aria-hidden", "true");
    scratch.style.position = "fixed";
    scratch.style.insetInlineStart = "-9999px";
    document.body.appendChild(scratch);
    try {
      scratch.select();
      return document.execCommand("copy");
    } catch {
      return false;
    } finally {
      scratch.remove();
    }
  }
}
