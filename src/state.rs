//! UI state shared by the components: the documents the user has added in this session.
//!
//! Plain Rust with no browser dependency, so it is unit-tested natively. Analysis of the text
//! (headings, targets) belongs to `planlens-core`, not here.

/// One pasted source document, kept verbatim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceDocument {
    /// Stable identifier within the session, starting at 1.
    pub id: usize,
    /// The text exactly as pasted.
    pub text: String,
}

impl SourceDocument {
    /// Number of Unicode scalar values (what a Chinese reader counts as 字 for CJK text).
    pub fn char_count(&self) -> usize {
        char_count(&self.text)
    }
}

/// Counts characters (not bytes) of `text`.
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// Whether `text` has anything worth adding (not only whitespace, including full-width space).
pub fn is_addable(text: &str) -> bool {
    !text.trim().is_empty()
}

/// The session's documents, in the order they were added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workspace {
    documents: Vec<SourceDocument>,
    next_id: usize,
}

impl Workspace {
    /// Adds `text` as a new document and returns its id, or `None` if it is blank.
    pub fn add(&mut self, text: String) -> Option<usize> {
        if !is_addable(&text) {
            return None;
        }
        self.next_id += 1;
        let id = self.next_id;
        self.documents.push(SourceDocument { id, text });
        Some(id)
    }

    /// The documents, oldest first.
    pub fn documents(&self) -> &[SourceDocument] {
        &self.documents
    }

    /// Whether no document has been added.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_chinese_characters_not_bytes() {
        assert_eq!(char_count("到2025年"), 6);
        assert_eq!("到2025年".len(), 10);
    }

    #[test]
    fn blank_text_is_not_added() {
        let mut ws = Workspace::default();
        assert_eq!(ws.add(" \n\t\u{3000}".to_string()), None);
        assert!(ws.is_empty());
    }

    #[test]
    fn documents_get_increasing_ids_and_keep_text_verbatim() {
        let mut ws = Workspace::default();
        assert_eq!(ws.add("  第一章 总体要求\n".to_string()), Some(1));
        assert_eq!(ws.add("第二章".to_string()), Some(2));
        let docs = ws.documents();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "  第一章 总体要求\n");
        assert_eq!(docs[0].char_count(), 11);
        assert_eq!(docs[1].id, 2);
    }
}
