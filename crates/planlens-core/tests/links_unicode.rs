//! Every Unicode scalar value survives a share link: `encode` → `decode` gives the text back
//! unchanged, so its `text_hash` (and every span) stays what it was.

use planlens_core::share::{decode, encode, SharedDocument, SharedView};

fn text_view(texts: Vec<String>) -> SharedView {
    SharedView {
        documents: texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| SharedDocument::Text {
                name: format!("{i}.txt"),
                text,
                title: None,
                place: None,
                year: None,
                period: None,
                kind: None,
                marks: vec![],
                corrections: vec![],
            })
            .collect(),
        ..Default::default()
    }
}

/// The text of each document of `view` came back in `back`, character for character.
fn assert_same_texts(view: &SharedView, back: &SharedView) {
    assert_eq!(view.documents.len(), back.documents.len());
    for (a, b) in view.documents.iter().zip(&back.documents) {
        let (SharedDocument::Text { text: a, .. }, SharedDocument::Text { text: b, .. }) = (a, b)
        else {
            unreachable!()
        };
        if let Some((i, (x, y))) = a
            .chars()
            .zip(b.chars())
            .enumerate()
            .find(|(_, (x, y))| x != y)
        {
            panic!(
                "character {i}: U+{:04X} came back as U+{:04X}",
                x as u32, y as u32
            );
        }
        assert_eq!(a, b);
    }
}

#[test]
fn every_scalar_value_round_trips() {
    // U+E5E5, which GB18030 cannot encode at all, goes in a link of its own: a link without it is
    // one that a plain GB18030 writer would have sent with 18 private-use characters changed
    let (odd, rest): (Vec<char>, Vec<char>) = ('\0'..=char::MAX).partition(|&c| c == '\u{E5E5}');
    assert_eq!(odd.len() + rest.len(), 0x11_0000 - 0x800);
    let all_but_one = text_view(rest.chunks(0x1_0000).map(|c| c.iter().collect()).collect());
    let alone = text_view(vec![format!("规划{}", odd[0])]);
    for view in [all_but_one, alone] {
        let link = encode(&view);
        assert!(link.starts_with("v3="), "{}", &link[..10]);
        let back = decode(&link).expect("the link opens");
        assert_same_texts(&view, &back);
        assert_eq!(back, view);
    }
}
