import { useEffect, useRef } from 'preact/hooks';

/** Moves keyboard and screen-reader focus to the element (a view's heading) when it appears. */
export function useFocusOnMount<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
