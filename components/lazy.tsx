import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A screen whose code is its own chunk, loaded when it is first shown: most people open only
 * the help, so the popup's first load does not carry the rest.
 */
export function lazyScreen<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | undefined;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState(() => loaded);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      void load().then((component) => {
        loaded = component;
        if (current) setScreen(() => component);
      });
      return () => {
        current = false;
      };
    }, []);
    return Screen ? <Screen {...props} /> : <p class="screen-loading" role="status" aria-busy="true">…</p>;
  };
}
