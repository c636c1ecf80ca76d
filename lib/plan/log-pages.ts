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

/**
 * The first `maxLines` printed lines of a text and the rest, cut at a space where it can (a
 * newline at the cut is dropped: the next part starts a line anyway).
 */
export function cutText(text: string, maxLines: number, chars = CHARS_PER_LINE): [string, string] {
  if (linesOf(text, chars) <= maxLines) return [text, ''];
  let cut = 0;
  let lines = 0;
  while (cut < text.length && lines < maxLines) {
    const end = text.indexOf('\n', cut);
    const lineEnd = end === -1 ? text.length : end;
    const room = (maxLines - lines) * chars;
    if (lineEnd - cut <= room) {
      lines += Math.max(1, Math.ceil((lineEnd - cut) / chars));
      cut = lineEnd + 1;
    } else {
      const limit = cut + room;
      const space = text.lastIndexOf(' ', limit - 1);
      cut = space > cut ? space + 1 : limit;
      lines = maxLines;
    }
  }
  cut = Math.min(cut, text.length);
  return [text.slice(0, cut).replace(/\n$/, ''), text.slice(cut)];
}

/** Cuts a text into parts of at most `maxLines` printed lines. */
export function splitText(text: string, maxLines: number, chars = CHARS_PER_LINE): string[] {
  const parts: string[] = [];
  let rest = text;
  do {
    const [part, more] = cutText(rest, maxLines, chars);
    parts.push(part);
    rest = more;
  } while (rest);
  return parts;
}

export interface Piece<T> {
  lines: number;
  /** A heading stays on the page of what follows it. */
  keepWithNext?: boolean;
  item: T;
  /**
   * A long text that may continue on the next page: `render(part, first)` draws a part of it;
   * `extra` lines come with the first part (its label).
   */
  text?: { value: string; extra: number; render: (part: string, first: boolean) => T };
}

/** Fewer lines than this left on a page: a text starts on the next page instead of being split. */
const MIN_SPLIT = 3;

/** Fills pages in order; a long text is split at the page's end, a piece that does not fit starts a new page. */
export function paginate<T>(pieces: ReadonlyArray<Piece<T>>, perPage = LINES_PER_PAGE): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  const newPage = () => {
    pages.push(page);
    page = [];
    used = 0;
  };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.text) {
      let rest = piece.text.value;
      let first = true;
      for (;;) {
        const extra = first ? piece.text.extra : 0;
        const room = perPage - used - extra;
        if (linesOf(rest) <= room) {
          page.push(piece.text.render(rest, first));
          used += linesOf(rest) + extra;
          break;
        }
        if (room < MIN_SPLIT) {
          if (page.length) newPage();
          if (perPage - extra < MIN_SPLIT) throw new Error('page too small');
          continue;
        }
        const [part, more] = cutText(rest, room);
        page.push(piece.text.render(part, first));
        newPage();
        rest = more;
        first = false;
      }
      continue;
    }
    // a heading needs what follows on its page: all of it, or the first lines of a text that may split
    const following = pieces[i + 1];
    const next = !piece.keepWithNext || !following ? 0 : following.text ? Math.min(following.lines, following.text.extra + MIN_SPLIT) : following.lines;
    if (page.length && used + piece.lines + next > perPage) newPage();
    page.push(piece.item);
    used += piece.lines;
  }
  if (page.length) pages.push(page);
  return pages;
}
