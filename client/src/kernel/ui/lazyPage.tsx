import { Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A page loaded in its own chunk the first time it is shown, so the first open downloads only
 * what its page needs. Pages take no props (they read the route). `load` imports the page's
 * module; `name` is its named export.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  function LazyPage() {
    return (
      <Suspense fallback={<Loader m="md" />}>
        <Page />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}
