import { Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';

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

/**
 * A part that one area lends to another's page (the lead card's timeline, a dialog), loaded in
 * its own chunk when first rendered, with nothing in its place until then: an area's public entry
 * is imported by the shell, and a part exported from it as it is would ride in the first page's
 * bundle. `name` is the module's named export.
 */
export function lazyPart<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K): M[K] {
  const Part = lazy(async (): Promise<{ default: M[K] }> => ({ default: (await load())[name] }));
  function LazyPart(props: ComponentProps<M[K]>) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  }
  LazyPart.displayName = `Lazy(${name})`;
  return LazyPart as unknown as M[K];
}
