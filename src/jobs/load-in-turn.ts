// The modules a job loads on demand (its delivery path, the export and plan
// modules), one import at a time. The delivery path may be loaded while the
// command still runs (CommandContext.whileWaiting), so two first imports could
// otherwise overlap; node's vm modules, which jest's ESM support runs on, can
// fail to link two graphs that share a module still being loaded
// (https://github.com/nodejs/node/issues/33216). Serialized, they never do,
// and the cost is nothing: module loading is CPU-bound either way.

let turn: Promise<unknown> = Promise.resolve()

/** Runs `load` after every load asked for before it has settled. */
export function loadInTurn<T>(load: () => Promise<T>): Promise<T> {
  const next = turn.then(load)
  turn = next.catch(() => undefined)
  return next
}

/** A module loaded once, in turn; `warm` starts the load without waiting for it. */
export function lazyModule<T>(load: () => Promise<T>): { get: () => Promise<T>; warm: () => void } {
  let loaded: Promise<T> | undefined
  const get = () => (loaded ??= loadInTurn(load))
  // A failed load surfaces where the module is used (get), not as an unhandled rejection here.
  return { get, warm: () => void get().catch(() => undefined) }
}
