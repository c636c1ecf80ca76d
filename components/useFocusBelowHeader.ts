import { useEffect } from 'preact/hooks';

/** Room kept between the sticky header and a focused control, in CSS px. */
const GAP = 8;

/** Scrolls so that `target` sits below the sticky header and inside the window; no-op when it already does. */
export function keepBelowHeader(target: Element, header: Element | null, viewHeight: number, scrollBy: (dy: number) => void): void {
  if (!header || header.contains(target) || target === document.body) return;
  const top = header.getBoundingClientRect().bottom + GAP;
  const box = target.getBoundingClientRect();
  if (box.height === 0 && box.width === 0) return; // hidden or not laid out
  if (box.top < top) scrollBy(box.top - top);
  else if (box.bottom > viewHeight && box.height < viewHeight - top) scrollBy(box.bottom - viewHeight + GAP);
}

/**
 * Focus never hides under the sticky header (WCAG 2.2 "focus not obscured"): with Shift+Tab
 * the browser scrolls a control only just into the window, which is under the header.
 * style.css's scroll-padding does most of it; this corrects the rest, after the browser's own
 * scrolling for the focus is done.
 */
export function useFocusBelowHeader(): void {
  useEffect(() => {
    let frame = 0;
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element)) return;
      cancelAnimationFrame(frame);
      const check = () => keepBelowHeader(target, document.querySelector('.popup__header'), window.innerHeight, (dy) => window.scrollBy(0, dy));
      check();
      frame = requestAnimationFrame(check);
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', onFocus);
    };
  }, []);
}
