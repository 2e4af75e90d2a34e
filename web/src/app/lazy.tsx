// Route-level code splitting without preact/compat: the module loads once, then renders directly.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { Loading } from "./ui";

export function lazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  return function Lazy(props: P) {
    const [, tick] = useState(0);
    useEffect(() => {
      if (loaded) return;
      pending ??= load().then((m) => { loaded = m.default; });
      void pending.then(() => tick((n) => n + 1));
    }, []);
    if (!loaded) return <Loading />;
    const Component = loaded;
    return <Component {...props} />;
  };
}
