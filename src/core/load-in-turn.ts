// Modules loaded on demand, one import at a time: a job's delivery path (which
// may load while its command still runs, see CommandContext.whileWaiting), the
// export and plan modules, the dashboard and apply paths. Node's vm modules,
// which jest's ESM support runs on, can fail to link two first imports that
// share a module still being loaded
// (https://github.com/nodejs/node/issues/33216); serialized, they never
// overlap, at little cost: compiling, most of a load, runs on the one thread
// either way.

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
