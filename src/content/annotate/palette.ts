// One hue per claim theme. Highlights tint the page's own text, so they are translucent
// backgrounds that read on light and dark pages alike; vague claims get a wavy underline
// and a lighter tint, specific ones a solid tint, so the two differ without colour too.
import type { Specificity, Theme } from '../../core/types.ts';

export const THEME_HUE: Record<Theme, number> = {
  transform: 280,
  access: 190,
  equity: 165,
  sdoh: 140,
  'value-based-care': 40,
  affordability: 25,
  outcomes: 110,
  'patient-experience': 215,
  'care-at-home': 240,
  prevention: 90,
  'tech-ai': 300,
  'mission-culture': 340,
  other: 0,
};

export const HIGHLIGHT_PREFIX = 'mission-lens';
export const CURRENT_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-current`;

export const highlightName = (theme: Theme, specificity: Specificity) =>
  `${HIGHLIGHT_PREFIX}-${theme}-${specificity}`;

/**
 * Where the rules below are built to (public/, by scripts/make-highlight-css.ts): the
 * manifest lists the file with the content script, so the browser adds it to the page
 * itself, with no script work, no node and nothing the page can remove.
 */
export const HIGHLIGHT_CSS_FILE = 'highlights.css';

/** The `::highlight()` rules for every theme, for the page's document. */
export function highlightCss(): string {
  const rules: string[] = [];
  for (const [theme, hue] of Object.entries(THEME_HUE)) {
    const name = `${HIGHLIGHT_PREFIX}-${theme}`;
    rules.push(
      `::highlight(${name}-specific){background-color:hsl(${hue} 85% 55% / .30)}`,
      `::highlight(${name}-vague){background-color:hsl(${hue} 85% 55% / .13);text-decoration:underline wavy hsl(${hue} 70% 45%);text-decoration-thickness:1.5px;text-underline-offset:3px}`,
    );
  }
  rules.push(
    `::highlight(${CURRENT_HIGHLIGHT}){background-color:hsl(50 100% 50% / .55);text-decoration:underline solid hsl(30 90% 40%);text-decoration-thickness:2px}`,
  );
  return `/* Mission Lens: colours of the highlights it registers in CSS.highlights. Generated from src/content/annotate/palette.ts. */\n${rules.join('\n')}\n`;
}
