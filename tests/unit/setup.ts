import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';

// A screen that loads its texts or chunk lazily can take seconds on a loaded 2-core machine
// (an About screen took over the default 1 s in a loaded run of the test command): wait as a
// person would, well inside the test's own timeout.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
