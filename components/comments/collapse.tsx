"use client";

import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from "react";

const noSubscribe = () => () => {};
/** False in the server HTML and during hydration, true once JavaScript runs the page. */
function useHydrated() {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

type CollapseState = { collapsed: ReadonlySet<number>; toggle: (id: number) => void };

const CollapseContext = createContext<CollapseState>({ collapsed: new Set(), toggle: () => {} });

/** Which subtrees the reader folded; held above the list so "more replies" batches keep it. */
export function CollapseProvider({ children }: { children: ReactNode }) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return <CollapseContext.Provider value={{ collapsed, toggle }}>{children}</CollapseContext.Provider>;
}

/**
 * A comment's list item whose replies can be folded away. The toggle is a real button with
 * aria-expanded; it only appears once JavaScript runs (without it, nothing folds).
 */
export function CollapsibleItem(props: {
  id: number;
  replies: number;
  authorName: string;
  head: ReactNode;
  children: ReactNode;
}) {
  const { collapsed, toggle } = useContext(CollapseContext);
  const ready = useHydrated();
  const isCollapsed = collapsed.has(props.id);
  const regionId = `replies-${props.id}`;
  const n = props.replies;
  const count = `${n.toLocaleString("en-US")} ${n === 1 ? "reply" : "replies"}`;
  return (
    <li className={isCollapsed ? "comment comment--collapsed" : "comment"}>
      {props.head}
      {ready && n > 0 ? (
        <button
          type="button"
          className="collapse-toggle"
          aria-expanded={!isCollapsed}
          aria-controls={regionId}
          aria-label={`${isCollapsed ? "Show" : "Hide"} ${count} to ${props.authorName}`}
          onClick={() => toggle(props.id)}
        >
          {isCollapsed ? `[+] Show ${count}` : `[–] Hide ${count}`}
        </button>
      ) : null}
      <div id={regionId} hidden={isCollapsed}>
        {props.children}
      </div>
    </li>
  );
}
