/**
 * The ribbon command's message dialog: shows what the query string carries, as text only (it
 * may quote cell contents typed by anyone, so it never becomes markup).
 */
function show(): void {
  const query = new URLSearchParams(window.location.search);
  const lang = query.get("lang");
  if (lang) document.documentElement.lang = lang;
  const title = query.get("title") ?? "";
  document.title = title;
  setText("title", title);
  const list = document.getElementById("message");
  for (const line of (query.get("message") ?? "").split("\n").filter((l) => l.trim() !== "")) {
    const item = document.createElement("li");
    item.textContent = line;
    list?.appendChild(item);
  }
  setText("detail", query.get("detail") ?? "");
}

function setText(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

show();
