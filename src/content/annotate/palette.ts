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

export const highlightName = (theme: Theme, specificity: Specificity, alt = false) =>
  `${HIGHLIGHT_PREFIX}-${theme}-${specificity}${alt ? '-alt' : ''}`;

/** Claims this close (in characters of the description) read as one run of colour. */
const TOUCHING = 3;
/** Hues this close look alike in a translucent tint. */
const ALIKE_DEGREES = 40;

/**
 * Which claims take the darker tint (`-alt`), in document order: a claim that touches
 * the one before it and looks like it (the same specificity, a hue within 40 degrees)
 * takes the other tint, so two neighbours never run together as one.
 */
export function alternateTints(
  claims: readonly { start: number; end: number; theme: Theme; specificity: Specificity }[],
): boolean[] {
  const alt: boolean[] = [];
  claims.forEach((c, i) => {
    const prev = claims[i - 1];
    const apart = prev ? Math.abs(THEME_HUE[c.theme] - THEME_HUE[prev.theme]) : 360;
    const alike =
      prev &&
      c.start - prev.end <= TOUCHING &&
      c.specificity === prev.specificity &&
      Math.min(apart, 360 - apart) < ALIKE_DEGREES;
    alt.push(alike ? !alt[i - 1] : false);
  });
  return alt;
}

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
    const wavy = (l: number) =>
      `text-decoration:underline wavy hsl(${hue} 70% ${l}%);text-decoration-thickness:1.5px;text-underline-offset:3px`;
    rules.push(
      `::highlight(${name}-specific){background-color:hsl(${hue} 85% 55% / .30)}`,
      `::highlight(${name}-specific-alt){background-color:hsl(${hue} 80% 42% / .42)}`,
      `::highlight(${name}-vague){background-color:hsl(${hue} 85% 55% / .13);${wavy(45)}}`,
      `::highlight(${name}-vague-alt){background-color:hsl(${hue} 80% 42% / .26);${wavy(32)}}`,
    );
  }
  rules.push(
    `::highlight(${CURRENT_HIGHLIGHT}){background-color:hsl(50 100% 50% / .55);text-decoration:underline solid hsl(30 90% 40%);text-decoration-thickness:2px}`,
  );
  return `/* Mission Lens: colours of the highlights it registers in CSS.highlights. Generated from src/content/annotate/palette.ts. */\n${rules.join('\n')}\n`;
}
