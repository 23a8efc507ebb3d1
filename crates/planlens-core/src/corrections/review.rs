//! Settling the corrections [`super::apply`] could not apply ([`super::Review`]): one whose target
//! moved (a newer analysis reads the phrase with other bounds) is given to one of the targets now
//! over its span ([`retarget`]), and one the user no longer wants is dropped ([`discard`]). Both
//! are the user's choice; nothing here runs on its own, so no correction is ever lost unseen.

use super::{keys_of, Change, Correction, Review, ReviewReason};
use crate::model::Document;

/// Why settling a correction failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettleError {
    /// No correction has that index.
    NoCorrection,
    /// No extracted target has that index.
    NoTarget,
    /// An added target has no extracted one to be given to.
    NotRetargetable,
}

/// Makes correction `correction` of `doc` name extracted target `target` (one of a
/// [`Review::candidates`], or any other the user picks): its key becomes that target's, so it
/// applies to it from now on.
pub fn retarget(doc: &mut Document, correction: usize, target: usize) -> Result<(), SettleError> {
    let key = keys_of(&doc.targets)
        .into_iter()
        .nth(target)
        .ok_or(SettleError::NoTarget)?;
    let c = doc
        .corrections
        .get_mut(correction)
        .ok_or(SettleError::NoCorrection)?;
    if matches!(c.change, Change::Add { .. }) {
        return Err(SettleError::NotRetargetable);
    }
    c.key = key;
    Ok(())
}

/// Drops correction `correction` of `doc`, returning it.
pub fn discard(doc: &mut Document, correction: usize) -> Result<Correction, SettleError> {
    if correction >= doc.corrections.len() {
        return Err(SettleError::NoCorrection);
    }
    Ok(doc.corrections.remove(correction))
}

/// Whether the user can give `review`'s correction to one of its candidates.
pub fn can_retarget(doc: &Document, review: &Review) -> bool {
    review.reason == ReviewReason::Moved
        && !review.candidates.is_empty()
        && doc
            .corrections
            .get(review.correction)
            .is_some_and(|c| !matches!(c.change, Change::Add { .. }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::tests::doc;
    use crate::corrections::{apply, FieldEdit, Origin};

    #[test]
    fn a_moved_correction_given_to_its_candidate_applies_again_and_a_discarded_one_goes() {
        let mut d = doc("一、目标\n新建学校3所，新增就业8000人。\n");
        let keys = keys_of(&d.targets);
        d.corrections.push(Correction::edit(
            keys[0].clone(),
            vec![FieldEdit::Metric("新建中小学校".into())],
        ));
        d.corrections.push(Correction::delete(keys[1].clone()));
        // a newer analysis reads both phrases one character longer
        let chars: Vec<char> = d.text.as_deref().unwrap().chars().collect();
        for t in &mut d.targets {
            t.span[1] += 1;
            t.quote = chars[t.span[0]..t.span[1]].iter().collect();
        }
        let c = apply(&d);
        assert_eq!(c.review.len(), 2, "{:?}", c.review);
        let r = &c.review[0];
        assert_eq!(r.reason, ReviewReason::Moved);
        assert!(can_retarget(&d, r));
        retarget(&mut d, r.correction, r.candidates[0]).unwrap();
        let c = apply(&d);
        assert_eq!(c.review.len(), 1);
        let fixed = c.targets.iter().find(|t| t.extracted == Some(0)).unwrap();
        assert_eq!(
            (fixed.target.metric.as_str(), fixed.origin),
            ("新建中小学校", Origin::Corrected)
        );
        // the delete is not wanted any more: dropped, nothing left to review, both targets kept
        let gone = discard(&mut d, c.review[0].correction).unwrap();
        assert!(matches!(gone.change, Change::Delete));
        let c = apply(&d);
        assert!(c.review.is_empty());
        assert_eq!(c.targets.len(), 2);
        assert_eq!(discard(&mut d, 5).unwrap_err(), SettleError::NoCorrection);
        assert_eq!(retarget(&mut d, 0, 9).unwrap_err(), SettleError::NoTarget);
    }

    #[test]
    fn an_added_target_is_not_given_to_another() {
        let mut d = doc("新建学校3所。\n");
        let mut t = d.targets[0].clone();
        t.metric = "学校".into();
        t.span = [0, 2];
        d.corrections.push(Correction::add(&d, t));
        assert_eq!(
            retarget(&mut d, 0, 0).unwrap_err(),
            SettleError::NotRetargetable
        );
    }
}
