/**
 * Runs a DOM repair on the admin as it changes, synchronously: a MutationObserver callback runs
 * before the browser paints, so nobody (no eye, no screen reader, no test) sees the unrepaired
 * state. The repair gets only the subtrees that changed, so it stays cheap on a busy form.
 */
export type Repair = (root: Element) => void

/** `root` itself when it matches, then its descendants that match. */
export function within<E extends Element = HTMLElement>(root: Element, selector: string): E[] {
  const found = Array.from(root.querySelectorAll<E>(selector))
  return root.matches(selector) ? [root as E, ...found] : found
}

export function observeAdmin(repair: Repair, attributes: string[]): () => void {
  repair(document.body)
  const observer = new MutationObserver((records) => {
    const roots = new Set<Element>()
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement
      if (target) roots.add(target)
      for (const node of Array.from(record.addedNodes)) {
        if (node instanceof Element) roots.add(node)
      }
    }
    for (const root of roots) if (root.isConnected) repair(root)
  })
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: attributes,
  })
  return () => {
    observer.disconnect()
  }
}
