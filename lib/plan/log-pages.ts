/**
 * Splitting the printed timeline into pages ourselves. A "page n of m" and the chain's last
 * fingerprint must be on every page, and neither browser can do that from CSS: Chromium prints
 * @page margin boxes (counter(page), counter(pages)) but Firefox ESR 153 ignores them, and
 * position: fixed repeats on every page in both but cannot count. So the timeline is laid out
 * as pages of a known number of lines (text at a fixed size, measured against A4 and US Letter
 * with each browser's default margins, with room to spare), each page ending in a page break.
 * A long text is split between pages at a line, never lost.
 */

/** Characters on one printed line at 11 pt (A4 or Letter, default margins), rounded down. */
export const CHARS_PER_LINE = 72;
/** Lines on one printed page below the page's own heading, with room to spare. */
export const LINES_PER_PAGE = 38;

/** How many printed lines a text takes (each newline starts a line). */
export function linesOf(text: string, chars = CHARS_PER_LINE): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / chars)), 0);
}

/** Cuts a text into parts of at most `maxLines` printed lines, at a space where it can. */
export function splitText(text: string, maxLines: number, chars = CHARS_PER_LINE): string[] {
  const parts: string[] = [];
  let rest = text;
  while (linesOf(rest, chars) > maxLines) {
    let cut = 0;
    let lines = 0;
    // walk the text line by line until the budget is used
    while (cut < rest.length && lines < maxLines) {
      const end = rest.indexOf('\n', cut);
      const lineEnd = end === -1 ? rest.length : end;
      const room = (maxLines - lines) * chars;
      if (lineEnd - cut <= room) {
        lines += Math.max(1, Math.ceil((lineEnd - cut) / chars));
        cut = lineEnd + 1;
      } else {
        const limit = cut + room;
        const space = rest.lastIndexOf(' ', limit);
        cut = space > cut ? space + 1 : limit;
        lines = maxLines;
      }
    }
    cut = Math.min(cut, rest.length);
    parts.push(rest.slice(0, cut).replace(/\n$/, ''));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

export interface Piece<T> {
  lines: number;
  /** A heading stays on the page of what follows it. */
  keepWithNext?: boolean;
  item: T;
}

/** Fills pages in order; a piece that does not fit starts a new page (pieces are never larger than a page). */
export function paginate<T>(pieces: ReadonlyArray<Piece<T>>, perPage = LINES_PER_PAGE): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = piece.keepWithNext ? (pieces[i + 1]?.lines ?? 0) : 0;
    if (page.length && used + piece.lines + next > perPage) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(piece.item);
    used += piece.lines;
  }
  if (page.length) pages.push(page);
  return pages;
}
