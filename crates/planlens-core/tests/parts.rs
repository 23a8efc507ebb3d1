//! The real plans handed over in parts (as the analysis worker hands them to the page) come back
//! the same documents.

mod common;

use planlens_core::parts::{to_parts, Parts, TARGETS_PER_PART};

#[test]
fn every_seed_plan_read_back_from_its_parts_is_the_same_plan() {
    let seeds = common::seeds();
    assert!(!seeds.is_empty(), "the seed plans are in ../shared");
    for (name, text) in seeds {
        let doc = planlens_core::analyse(&name, &text);
        for per in [1, 7, TARGETS_PER_PART] {
            let parts = to_parts(doc.clone(), per).unwrap();
            assert_eq!(parts.len(), 1 + doc.targets.len().div_ceil(per), "{name}");
            let mut back = Parts::start(&parts[0]).unwrap();
            for part in &parts[1..] {
                back.add(part).unwrap();
            }
            assert_eq!(back.finish(), doc, "{name}, {per} a part");
        }
    }
}
