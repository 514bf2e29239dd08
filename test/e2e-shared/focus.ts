// Where the keyboard is, for the keyboard tests of both browsers: a plain function to
// evaluate in a page (see layout.ts).

/** The focused element: its tag, #id, =value and, for a submit button, its text; 'body' when nothing is. */
export function focusedElement(): string {
  const el = document.activeElement as HTMLInputElement | null;
  if (!el || el === document.body) return 'body';
  return [
    el.tagName.toLowerCase(),
    el.id && `#${el.id}`,
    el.value && `=${el.value}`,
    el.type === 'submit' && el.textContent,
  ]
    .filter(Boolean)
    .join('');
}
