import type { ComponentProps, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Service } from '../../lib/directory/types';
import type { PlanScreen } from './PlanScreen';
import type { PlanActions } from './types';

interface Props {
  /** Loads the plan's actions (vault and all) with the screen: neither is in the first load. */
  loadActions: () => Promise<PlanActions>;
  services: readonly Service[];
}

type Loaded = { Screen: FunctionComponent<ComponentProps<typeof PlanScreen>>; actions: PlanActions };

export function LazyPlanScreen({ loadActions, services }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    void Promise.all([import('./PlanScreen'), loadActions()]).then(([m, actions]) => {
      if (current) setLoaded({ Screen: m.PlanScreen, actions });
    });
    return () => {
      current = false;
    };
  }, [loadActions]);
  return loaded ? <loaded.Screen actions={loaded.actions} services={services} /> : <p class="screen-loading" role="status" aria-busy="true">…</p>;
}
