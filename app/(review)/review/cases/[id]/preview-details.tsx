"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A collapsed preview whose content is created only when it is first opened. A closed <details>
 * still loads an <object>'s PDF and starts the browser's PDF viewer for it: a case with several
 * files kept the reviewer's browser busy for a second after every page load. Once opened it stays,
 * so closing and opening again does not load the file again.
 */
export function PreviewDetails({ summary, children }: { summary: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);
  // opened before the page had hydrated: the toggle event went by unseen
  useEffect(() => {
    if (ref.current?.open) setOpened(true);
  }, []);
  return (
    <details ref={ref} className="group" onToggle={(e) => { if (e.currentTarget.open) setOpened(true); }} data-testid="preview">
      <summary className="cursor-pointer px-3 py-2 text-sm text-brand-700">{summary}</summary>
      {opened && children}
    </details>
  );
}
