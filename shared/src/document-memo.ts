/**
 * What is made from one document, kept while the process lives (the warm engine, between
 * publishes). A document of a later snapshot that did not change is the same frozen object
 * (snapshot.ts), so its result is taken again when the other inputs are the same values (by
 * `===`: the same report object, the same site URL). Kept by the object (a WeakMap): what no
 * snapshot holds any more is let go with it.
 */
export function documentMemo<Doc extends object, Inputs extends readonly unknown[], Result>(
  make: (doc: Doc, ...inputs: Inputs) => Result,
): (doc: Doc, ...inputs: Inputs) => Result {
  const kept = new WeakMap<Doc, { readonly inputs: Inputs; readonly result: Result }>()
  return (doc, ...inputs) => {
    const hit = kept.get(doc)
    if (hit?.inputs.every((input, index) => input === inputs[index])) return hit.result
    const result = make(doc, ...inputs)
    kept.set(doc, { inputs, result })
    return result
  }
}
