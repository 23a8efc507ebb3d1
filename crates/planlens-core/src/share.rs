//! Share links with no server: the view (documents, tab, selection, filters, compared documents,
//! language) travels in the URL fragment as `#v2=` + base64url(deflate(GB18030(JSON))): Chinese
//! text takes two bytes a character in GB18030 against three in UTF-8, which makes links 10–15%
//! shorter after deflate. `#v1=` (deflate of the UTF-8 JSON) links still open. Decoding goes by the
//! version prefix, so links of every version keep opening; each way a link can be broken (cut
//! short, not base64, corrupt deflate, a decompression bomb, an unknown version, JSON with wrong
//! fields) gives its own error.
//!
//! Two kinds: `texts` carries each document's original text (the recipient re-analyses it, which is
//! deterministic and far shorter than the analysis); `analysis` carries the tree and targets
//! without the text, for plans too long for a link.

use crate::model::Document;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The largest inflated payload a link may carry (a decompression bomb stops here).
pub const MAX_INFLATED: usize = 20 * 1024 * 1024;

/// Above this many characters chat apps cut links.
pub const WARN_CHAT: usize = 2_000;
/// Above this many characters browsers' address bars may refuse links.
pub const WARN_BROWSER: usize = 32_000;

/// A document in a link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "k", rename_all = "lowercase")]
pub enum SharedDocument {
    /// The original text and what the user edited; the recipient analyses the text again.
    Text {
        name: String,
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<u32>,
    },
    /// The analysis without its text.
    Analysis { doc: Document },
}

/// Table filters carried by a link.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SharedFilter {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// Everything a link restores.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SharedView {
    pub documents: Vec<SharedDocument>,
    /// `tree`, `table`, `source`, `summary` or `compare`.
    #[serde(default)]
    pub tab: String,
    /// Index into `documents` of the selected one.
    #[serde(default)]
    pub selected: Option<usize>,
    /// Index of the selected target in the selected document.
    #[serde(default)]
    pub target: Option<usize>,
    #[serde(default)]
    pub filter: SharedFilter,
    /// Indices into `documents` of the compared ones.
    #[serde(default)]
    pub compare: Vec<usize>,
    /// `zh` or `en`.
    #[serde(default)]
    pub lang: String,
}

/// Why a link could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// No `#vN=` prefix.
    NotALink,
    /// A version this build does not know (a newer PlanLens made it).
    UnknownVersion(String),
    /// The payload is not base64url (often: cut or altered when copied).
    NotBase64,
    /// The deflate stream is corrupt or cut short.
    Corrupt,
    /// The payload inflates beyond [`MAX_INFLATED`].
    TooLarge,
    /// Valid compression, but not a PlanLens view.
    BadContent(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::NotALink => write!(f, "not a PlanLens link (no #v1= part)"),
            LinkError::UnknownVersion(v) => {
                write!(f, "link version {v} is newer than this PlanLens")
            }
            LinkError::NotBase64 => write!(
                f,
                "the link is damaged (not base64url); it may have been cut when copied"
            ),
            LinkError::Corrupt => write!(
                f,
                "the link is damaged or cut short (its data does not decompress)"
            ),
            LinkError::TooLarge => write!(
                f,
                "the link's data is larger than {} MB",
                MAX_INFLATED / 1024 / 1024
            ),
            LinkError::BadContent(d) => write!(f, "the link does not hold a PlanLens view: {d}"),
        }
    }
}

impl std::error::Error for LinkError {}

/// The fragment (without `#`) for a view: `v2=` + base64url(deflate(GB18030(JSON))).
pub fn encode(view: &SharedView) -> String {
    let json = serde_json::to_string(view).unwrap_or_default();
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(&json);
    if unmappable {
        return encode_v1(view);
    }
    let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 10);
    format!("v2={}", URL_SAFE_NO_PAD.encode(packed))
}

/// The version 1 fragment: `v1=` + base64url(deflate(UTF-8 JSON)).
pub fn encode_v1(view: &SharedView) -> String {
    let json = serde_json::to_vec(view).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 10);
    format!("v1={}", URL_SAFE_NO_PAD.encode(packed))
}

/// Opens a fragment (with or without `#`, or a whole URL) made by any version of [`encode`].
pub fn decode(link: &str) -> Result<SharedView, LinkError> {
    let frag = link.rsplit_once('#').map_or(link, |(_, f)| f).trim();
    let (version, payload) = frag.split_once('=').ok_or(LinkError::NotALink)?;
    let Some(n) = version.strip_prefix('v') else {
        return Err(LinkError::NotALink);
    };
    match n {
        "1" => view_from_json(&inflate(payload)?),
        "2" => {
            let bytes = inflate(payload)?;
            let json = encoding_rs::GB18030
                .decode_without_bom_handling_and_without_replacement(&bytes)
                .ok_or(LinkError::Corrupt)?;
            view_from_json(json.as_bytes())
        }
        _ if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => {
            Err(LinkError::UnknownVersion(n.to_string()))
        }
        _ => Err(LinkError::NotALink),
    }
}

/// base64url, then inflate with the size cap.
fn inflate(payload: &str) -> Result<Vec<u8>, LinkError> {
    // a wrong length or last symbol means the link was cut short; a foreign byte, altered
    let packed = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|e| match e {
            base64::DecodeError::InvalidByte(..) => LinkError::NotBase64,
            _ => LinkError::Corrupt,
        })?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED).map_err(|e| {
        if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
            LinkError::TooLarge
        } else {
            LinkError::Corrupt
        }
    })
}

fn view_from_json(json: &[u8]) -> Result<SharedView, LinkError> {
    let view: SharedView =
        serde_json::from_slice(json).map_err(|e| LinkError::BadContent(e.to_string()))?;
    check(&view)?;
    Ok(view)
}

fn check(v: &SharedView) -> Result<(), LinkError> {
    let n = v.documents.len();
    let bad = |d: &str| Err(LinkError::BadContent(d.to_string()));
    if v.selected.is_some_and(|s| s >= n) || v.compare.iter().any(|&c| c >= n) {
        return bad("a selection refers to a document the link does not hold");
    }
    if let (Some(s), Some(t)) = (v.selected, v.target) {
        let targets = match &v.documents[s] {
            SharedDocument::Text { .. } => usize::MAX,
            SharedDocument::Analysis { doc } => doc.targets.len(),
        };
        if t >= targets {
            return bad("the selected target is not in its document");
        }
    }
    Ok(())
}

/// Link characters per source character for a view (for reporting link efficiency).
pub fn ratio(view: &SharedView, source_chars: usize) -> f64 {
    encode(view).chars().count() as f64 / source_chars.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;

    fn view() -> SharedView {
        let text =
            "某区2024年工作要点\n一、主要目标\n地区生产总值增长6%左右，新增就业1.3万人以上。\n";
        let mut doc = analyse("a.txt", text);
        doc.text = None;
        SharedView {
            documents: vec![
                SharedDocument::Text {
                    name: "a.txt".into(),
                    text: text.into(),
                    title: None,
                    place: Some("某区".into()),
                    year: Some(2024),
                },
                SharedDocument::Analysis { doc },
            ],
            tab: "table".into(),
            selected: Some(1),
            target: Some(1),
            filter: SharedFilter {
                text: "就业".into(),
                ..Default::default()
            },
            compare: vec![0, 1],
            lang: "zh".into(),
        }
    }

    #[test]
    fn round_trip() {
        let v = view();
        let link = encode(&v);
        assert!(link.starts_with("v2="));
        assert!(link.len() < encode_v1(&v).len());
        assert_eq!(decode(&encode_v1(&v)), Ok(v.clone()));
        assert!(link
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_=".contains(c)));
        assert_eq!(decode(&link), Ok(v.clone()));
        assert_eq!(decode(&format!("https://x.org/planlens/#{link}")), Ok(v));
    }

    #[test]
    fn every_broken_link_says_why() {
        let link = encode(&view());
        assert_eq!(decode("https://x.org/planlens/"), Err(LinkError::NotALink));
        assert_eq!(decode("v7=abc"), Err(LinkError::UnknownVersion("7".into())));
        assert_eq!(decode("v1=@@@"), Err(LinkError::NotBase64));
        assert_eq!(decode(&link[..link.len() / 2]), Err(LinkError::Corrupt));
        let mut bytes = link.clone().into_bytes();
        let k = bytes.len() / 2;
        bytes[k] = if bytes[k] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(bytes).unwrap();
        assert!(decode(&altered).is_err());
        // a bomb: 30 MB of zeros deflate to a few KB
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'0'; 30 * 1024 * 1024], 10);
        for v in ["v1", "v2"] {
            assert_eq!(
                decode(&format!("{v}={}", URL_SAFE_NO_PAD.encode(&bomb))),
                Err(LinkError::TooLarge)
            );
        }
        let not_view = miniz_oxide::deflate::compress_to_vec(br#"{"documents": 5}"#, 10);
        assert!(matches!(
            decode(&format!("v1={}", URL_SAFE_NO_PAD.encode(not_view))),
            Err(LinkError::BadContent(_))
        ));
        let mut v = view();
        v.selected = Some(9);
        assert!(matches!(decode(&encode(&v)), Err(LinkError::BadContent(_))));
    }
}
