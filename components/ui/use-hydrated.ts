import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true afterwards. An
 * element that should take focus only when the server rendered it (after a
 * post without JavaScript) asks this for its autoFocus; a control that only
 * works with JavaScript asks it whether to show. The caller renders once more
 * after hydration, so only small leaves should ask.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
