// The extension pages a content script shows inside a page, apart from their protocol
// (frame-protocol.ts): a list page's content script needs these names before it needs
// zod, and may never need zod at all (an empty list makes no frame).
export const FRAME_PAGE = 'src/frame/index.html';
/** The list page's marks: a transparent frame over the viewport that lets every pointer event through. */
export const MARKS_PAGE = 'src/marks/index.html';
/** The most job cards sent to the marks frame at once: those on screen, which no board shows more of. */
export const MAX_CARDS = 100;
