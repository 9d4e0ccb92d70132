/** Renders a Preact tree into a fresh container with act(), for the component tests of both UIs. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Rendered {
  container: HTMLElement;
  rerender(vnode: ComponentChild): Promise<void>;
  unmount(): void;
}

export async function mount(vnode: ComponentChild): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  await act(() => {
    render(vnode, container);
  });
  return {
    container,
    rerender: (next) => act(() => render(next, container)),
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}
