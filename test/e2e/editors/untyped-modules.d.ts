/**
 * The test pages mount React 18 and draft-js, which ship no TypeScript types and whose
 * @types packages are not installed (the extension itself uses Preact). These are the few
 * signatures the pages use, kept narrow so a typo still fails the type check.
 * Note: ambient module declarations are project-wide; nothing outside test/e2e/editors imports
 * 'react' or 'draft-js'.
 */
declare module 'react' {
  export type ReactNode = unknown;
  export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: ReactNode[]): ReactNode;
  export function useState<T>(initial: T | (() => T)): [T, (next: T | ((previous: T) => T)) => void];
  export function useRef<T>(initial: T): { current: T };
}

declare module 'react-dom/client' {
  export function createRoot(container: Element): { render(node: unknown): void; unmount(): void };
}

declare module 'draft-js' {
  export interface ContentState {
    hasText(): boolean;
    getPlainText(delimiter?: string): string;
  }
  export interface EditorState {
    getCurrentContent(): ContentState;
  }
  export const EditorState: {
    createEmpty(): EditorState;
    createWithContent(content: ContentState): EditorState;
    moveSelectionToEnd(state: EditorState): EditorState;
  };
  export const ContentState: {
    createFromText(text: string, delimiter?: string): ContentState;
  };
  export const Editor: unknown;
}
