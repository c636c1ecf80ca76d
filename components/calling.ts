import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * Whether this device can place a call (a phone or tablet). On a computer numbers are shown
 * as text to dial on a phone: a tel: link there opens another program that may keep a call list.
 */
export const CanCallContext = createContext(false);

export const useCanCall = () => useContext(CanCallContext);
