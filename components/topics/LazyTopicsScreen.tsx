import type { ComponentProps, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { TopicsScreen } from './TopicsScreen';

type Props = ComponentProps<typeof TopicsScreen>;
let loaded: FunctionComponent<Props> | undefined;

/**
 * The topics screen's code is its own chunk, like its texts: most people never open it, so
 * the popup's first load does not carry it.
 */
export function LazyTopicsScreen(props: Props) {
  const [Screen, setScreen] = useState(() => loaded);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    void import('./TopicsScreen').then((m) => {
      loaded = m.TopicsScreen;
      if (current) setScreen(() => m.TopicsScreen);
    });
    return () => {
      current = false;
    };
  }, []);
  return Screen ? <Screen {...props} /> : <p class="topics__loading" role="status" aria-busy="true">…</p>;
}
