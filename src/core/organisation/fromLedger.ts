/** The organisation from the ledger's own level columns: a blank finer level belongs to the coarser unit. */
import { unitKey, type Ledger } from '../ledger/ledger';
import { freezeOrganisation, type NodeDraft, type Organisation } from './organisation';

/** Build the tree from the units' paths, in order of first appearance. */
export function organisationFromLedger(ledger: Pick<Ledger, 'units'>): Organisation {
  const drafts: NodeDraft[] = [];
  const byKey = new Map<string, number>();
  const ensure = (path: readonly string[]): number => {
    const key = unitKey(path);
    let id = byKey.get(key);
    if (id !== undefined) return id;
    const parent = path.length > 1 ? ensure(path.slice(0, -1)) : null;
    id = drafts.length;
    drafts.push({ key, name: path[path.length - 1]!, parent, children: [] });
    byKey.set(key, id);
    if (parent !== null) drafts[parent]!.children.push(id);
    return id;
  };
  const draftOfUnit = ledger.units.map((p) => ensure(p));
  return freezeOrganisation(drafts, draftOfUnit);
}
