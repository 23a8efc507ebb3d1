//! Keeping several tabs' workspaces in one store without losing anyone's documents: a three-way
//! merge of document lists (by storage key, the text hash). `base` is the list this tab last read
//! or wrote, `ours` what it holds now, `theirs` what the store holds now (another tab may have
//! written since). A document added on either side is kept; one removed on either side is gone;
//! the order is ours, with their additions after. Plain Rust, unit-tested natively.

use std::collections::HashSet;

/// The outcome of merging the document lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Merge {
    /// The list to store and to show.
    pub merged: Vec<String>,
    /// Keys another tab added: read them from the store and add them here.
    pub fetch: Vec<String>,
    /// Keys another tab removed: remove them here.
    pub drop: Vec<String>,
}

/// Merges `ours` and `theirs`, both descended from `base`.
pub fn merge(base: &[String], ours: &[String], theirs: &[String]) -> Merge {
    let base: HashSet<&String> = base.iter().collect();
    let ours_set: HashSet<&String> = ours.iter().collect();
    let theirs_set: HashSet<&String> = theirs.iter().collect();
    let mut out = Merge::default();
    let mut seen = HashSet::new();
    for k in ours {
        if !seen.insert(k) {
            continue;
        }
        // in the store when we last looked and gone now: another tab removed it
        if base.contains(k) && !theirs_set.contains(k) {
            out.drop.push(k.clone());
        } else {
            out.merged.push(k.clone());
        }
    }
    for k in theirs {
        if ours_set.contains(k) || !seen.insert(k) {
            continue;
        }
        // new to us and not removed by us
        if !base.contains(k) {
            out.merged.push(k.clone());
            out.fetch.push(k.clone());
        }
    }
    out
}

/// Keys that were stored (in `base` or `theirs`) and are not in the merged list: their records
/// can be deleted.
pub fn unreferenced(base: &[String], theirs: &[String], merged: &[String]) -> Vec<String> {
    let keep: HashSet<&String> = merged.iter().collect();
    let mut out: Vec<String> = Vec::new();
    for k in base.iter().chain(theirs) {
        if !keep.contains(k) && !out.contains(k) {
            out.push(k.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(keys: &[&str]) -> Vec<String> {
        keys.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn both_tabs_add_and_nothing_is_lost() {
        // tab A holds a,b and added x; meanwhile tab B stored a,b,y
        let m = merge(&v(&["a", "b"]), &v(&["a", "b", "x"]), &v(&["a", "b", "y"]));
        assert_eq!(m.merged, v(&["a", "b", "x", "y"]));
        assert_eq!(m.fetch, v(&["y"]));
        assert!(m.drop.is_empty());
    }

    #[test]
    fn a_removal_on_either_side_sticks() {
        // we removed b; they removed a
        let m = merge(&v(&["a", "b", "c"]), &v(&["a", "c"]), &v(&["b", "c"]));
        assert_eq!(m.merged, v(&["c"]));
        assert_eq!(m.drop, v(&["a"]));
        assert!(m.fetch.is_empty(), "b was removed here, not re-added");
        assert_eq!(
            unreferenced(&v(&["a", "b", "c"]), &v(&["b", "c"]), &m.merged),
            v(&["a", "b"])
        );
    }

    #[test]
    fn a_first_save_keeps_what_is_stored() {
        // a tab that never read the store (empty base) keeps everything stored
        let m = merge(&[], &v(&["x"]), &v(&["a", "b"]));
        assert_eq!(m.merged, v(&["x", "a", "b"]));
        assert_eq!(m.fetch, v(&["a", "b"]));
        let same = merge(&v(&["a"]), &v(&["a"]), &v(&["a"]));
        assert_eq!(same.merged, v(&["a"]));
        assert!(same.fetch.is_empty() && same.drop.is_empty());
    }

    #[test]
    fn duplicates_collapse() {
        let m = merge(&[], &v(&["a", "a"]), &v(&["a"]));
        assert_eq!(m.merged, v(&["a"]));
    }
}
