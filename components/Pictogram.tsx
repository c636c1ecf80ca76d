import type { JSX } from 'preact';

/**
 * Simple line pictograms, drawn inline (no image files, no fonts to fetch) so that a person
 * who reads little can recognise a need or a topic by its picture. Always decorative: the
 * text beside it carries the meaning.
 */
const SHAPES: Record<string, JSX.Element> = {
  all: (
    <>
      <rect x="4" y="4" width="6" height="6" rx="1" />
      <rect x="14" y="4" width="6" height="6" rx="1" />
      <rect x="4" y="14" width="6" height="6" rx="1" />
      <rect x="14" y="14" width="6" height="6" rx="1" />
    </>
  ),
  'domestic-violence': <path d="M3 11 12 3l9 8M5 9.5V21h5v-6h4v6h5V9.5" />,
  'sexual-violence': <path d="M12 3 5 6v5c0 4.5 3 8.5 7 10 4-1.5 7-5.5 7-10V6z" />,
  'forced-marriage': (
    <>
      <circle cx="9" cy="14" r="5" />
      <circle cx="15" cy="14" r="5" />
      <path d="m10 5 2-2 2 2" />
    </>
  ),
  children: (
    <>
      <circle cx="12" cy="6" r="3" />
      <path d="M12 9v7m-5-4h10m-8 9 3-5 3 5" />
    </>
  ),
  trafficking: (
    <>
      <rect x="3" y="9" width="10" height="6" rx="3" />
      <rect x="11" y="9" width="10" height="6" rx="3" />
    </>
  ),
  'someone-to-talk': <path d="M4 5h16v10H9l-5 4z" />,
  'legal-practical': <path d="M12 4v16M7 20h10M5 7h14M7 7l-3 6h6zm10 0-3 6h6z" />,
  phone: <path d="M6 3h3l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 4 5a2 2 0 0 1 2-2z" />,
  book: <path d="M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2zm0 0v16m4-14h7" />,
  checklist: <path d="m4 6 1.5 1.5L8 5m-4 7 1.5 1.5L8 11m-4 7 1.5 1.5L8 17m4-11h8m-8 6h8m-8 6h8" />,
  gear: (
    <>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 2v3m0 14v3M2 12h3m14 0h3M4.9 4.9 7 7m10 10 2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1" />
    </>
  ),
  globe: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z" />
    </>
  ),
  'shield-check': <path d="M12 3 5 6v5c0 4.5 3 8.5 7 10 4-1.5 7-5.5 7-10V6zM8.5 12l2.5 2.5 4.5-4.5" />,
  info: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v6m0-9.5v.5" />
    </>
  ),
};

export function Pictogram({ name, size = 24 }: { name: string; size?: number }) {
  const shape = SHAPES[name] ?? SHAPES.info;
  return (
    <svg
      class="pictogram"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
      data-pictogram={name}
    >
      {shape}
    </svg>
  );
}

export const PICTOGRAM_NAMES = Object.keys(SHAPES);
