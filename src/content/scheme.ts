// Whether the page is dark, from its own background rather than the system setting:
// a light board in a dark system still wants a light card.
const RGB = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?/;

export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = RGB.exec(view.getComputedStyle(el).backgroundColor);
    if (!m) continue;
    const alphaText = m[4];
    const alpha =
      alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : +alphaText;
    if (alpha < 0.5) continue;
    const luminance = (0.2126 * +m[1]! + 0.7152 * +m[2]! + 0.0722 * +m[3]!) / 255;
    return luminance < 0.45;
  }
  // Transparent all the way up: the canvas follows the page's declared colour scheme.
  const declared = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
  return declared.includes('dark') && view.matchMedia('(prefers-color-scheme: dark)').matches;
}
