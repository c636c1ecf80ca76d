import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves keyboard and screen-reader focus to the element (a view's heading) when it appears,
 * and shows the view from its top: focusing alone scrolled the page a little, past the back button.
 */
export function useFocusOnMount<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [key]);
  return ref;
}
