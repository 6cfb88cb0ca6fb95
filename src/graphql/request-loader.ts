/**
 * What the fields resolved in the app read, batched per request: ids asked for in the same turn
 * (sibling fields, the items of a list) are read together by one statement, and each id once per
 * request. One DataLoader per request (its context object) and kind of read.
 */
import DataLoader from "dataloader";

const loaders = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

/**
 * The request's loader named `name`, made with `read` on first use. `read` answers a batch of ids
 * with what it found, by id; an id it did not find loads as undefined.
 */
export function requestLoader<V>(context: object, name: string, read: (ids: readonly string[]) => Promise<ReadonlyMap<string, V>>): DataLoader<string, V | undefined> {
  let ofRequest = loaders.get(context);
  if (!ofRequest) loaders.set(context, (ofRequest = new Map()));
  let loader = ofRequest.get(name) as DataLoader<string, V | undefined> | undefined;
  if (!loader) {
    loader = new DataLoader(
      async (ids: readonly string[]) => {
        const found = await read(ids);
        return ids.map((id) => found.get(id));
      },
      // After the turn's other resolvers have asked too (the default waits only for the current microtasks).
      { batchScheduleFn: (dispatch) => setImmediate(dispatch) },
    );
    ofRequest.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}
