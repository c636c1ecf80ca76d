import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Event wiring only; the logic lives in lib/.
});
