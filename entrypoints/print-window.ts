import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { printThisWindow } from '../lib/popup/print-window';

// Loaded into the print window (lib/popup/print.ts) by a <script> tag: runs in that window, so it
// outlives the popup that opened it (which closes as the window takes focus).
export default defineUnlistedScript(() => printThisWindow(window));
