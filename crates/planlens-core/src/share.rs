//! Share links with no server: the view (documents, tab, selection, filters, compared documents,
//! language) travels in the URL fragment as `#v3=` + base64url(deflate(GB18030(JSON))): Chinese
//! text takes two bytes a character in GB18030 against three in UTF-8, which makes links 10–15%
//! shorter after deflate. A v3 link round-trips every Unicode text exactly: a character whose
//! GB18030 bytes would decode to another one is written as a JSON `\u` escape (see [`encode`]).
//! `#v2=` links (the same layout without that care: 18 private-use characters such as U+E78D come
//! back as U+FE10…) and `#v1=` links (deflate of the UTF-8 JSON) still open exactly as before.
//!
//! Decoding goes by the version prefix, so links of every version keep opening; each way a link
//! can be broken (cut short, not base64, corrupt deflate, a decompression bomb, an unknown or
//! invalid version, a near-link such as `#v3` without data, JSON with wrong fields, more than
//! [`MAX_DOCUMENTS`] documents, documents that fail the checks a JSON file gets) gives its own
//! error. A link opens exactly when its documents would load from a JSON file.
//!
//! Two kinds: `texts` carries each document's original text (the recipient re-analyses it, which is
//! deterministic and far shorter than the analysis); `analysis` carries the tree and targets
//! without the text, for plans too long for a link.

use crate::import::{check_document, check_year};
use crate::model::{Document, Status, MAX_DOCUMENTS};
use crate::units::UnitKind;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::fmt;
use strum::{EnumString, IntoStaticStr};

/// The largest inflated payload a link may carry (a decompression bomb stops here).
pub const MAX_INFLATED: usize = 20 * 1024 * 1024;

/// Above this many characters chat apps cut links.
pub const WARN_CHAT: usize = 2_000;
/// Above this many characters browsers' address bars may refuse links.
pub const WARN_BROWSER: usize = 32_000;

/// A document in a link: an object whose `k` says which.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
        /// The period and kind as the sender edited them (absent from links made before them).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        period: Option<[u32; 2]>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kind: Option<crate::model::DocKind>,
        /// The sender's marks on milestones (absent from links made before them, and when none).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        marks: Vec<crate::model::Mark>,
        /// The sender's corrections of the targets (absent when none).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        corrections: Vec<crate::corrections::Correction>,
    },
    /// The analysis without its text.
    Analysis { doc: Document },
}

/// The fields of [`SharedDocument::Text`].
#[derive(Deserialize)]
struct TextFields {
    name: String,
    text: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    place: Option<String>,
    #[serde(default)]
    year: Option<u32>,
    #[serde(default)]
    period: Option<[u32; 2]>,
    #[serde(default)]
    kind: Option<crate::model::DocKind>,
    #[serde(default)]
    marks: Vec<crate::model::Mark>,
    #[serde(default)]
    corrections: Vec<crate::corrections::Correction>,
}

/// The field of [`SharedDocument::Analysis`].
#[derive(Deserialize)]
struct AnalysisFields {
    doc: Document,
}

/// The tag of a shared document.
#[derive(Deserialize)]
struct Tag<'a> {
    #[serde(borrow)]
    k: std::borrow::Cow<'a, str>,
}

/// Read as the derived internally tagged form would be, but through the document's own JSON
/// text: the tag first, then the fields with the same reader a JSON file's documents get (one
/// reader of [`Document`] in the app instead of two). Links are JSON, so this only reads JSON.
impl<'de> Deserialize<'de> for SharedDocument {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let raw = Box::<serde_json::value::RawValue>::deserialize(input)?;
        let json = raw.get();
        let tag: Tag = serde_json::from_str(json).map_err(D::Error::custom)?;
        match &*tag.k {
            "text" => {
                let f: TextFields = serde_json::from_str(json).map_err(D::Error::custom)?;
                Ok(SharedDocument::Text {
                    name: f.name,
                    text: f.text,
                    title: f.title,
                    place: f.place,
                    year: f.year,
                    period: f.period,
                    kind: f.kind,
                    marks: f.marks,
                    corrections: f.corrections,
                })
            }
            "analysis" => {
                let f: AnalysisFields = serde_json::from_str(json).map_err(D::Error::custom)?;
                Ok(SharedDocument::Analysis { doc: f.doc })
            }
            other => Err(D::Error::unknown_variant(other, &["text", "analysis"])),
        }
    }
}

/// Table filters carried by a link.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SharedFilter {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Written as the status code (`target`, `achieved`); a code this build does not know (a
    /// newer PlanLens's) reads as no filter.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "code")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Status>"))]
    pub status: Option<Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    /// Written as the unit kind's code (`percent`, `money`, …); unknown codes read as no filter.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "code")]
    #[cfg_attr(feature = "ts", ts(as = "Option<UnitKind>"))]
    pub kind: Option<UnitKind>,
    /// `binding`, `expected` or `none` (targets the plan does not mark); see
    /// [`crate::table::Pick::code`]. Absent from links made before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding: Option<String>,
    /// A year in digits (`2025`) or `none` (targets stating no year). Absent from older links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<String>,
    /// `extracted`, `corrected` or `added`: the targets of that origin in a corrected document;
    /// unknown codes read as no filter. Absent from older links.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "code")]
    #[cfg_attr(feature = "ts", ts(as = "Option<crate::corrections::Origin>"))]
    pub origin: Option<crate::corrections::Origin>,
}

/// The view a link opens on. Written as `tree`, `table`, …; a link without one, or with a tab a
/// newer PlanLens added, opens on the tree.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, IntoStaticStr, EnumString,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Tab {
    Table,
    Source,
    Summary,
    Compare,
    /// The milestones and dated targets on a month axis.
    Timeline,
    #[default]
    #[serde(other)]
    Tree,
}

/// The sender's interface language (`zh` or `en`; anything else reads as `zh`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum LinkLang {
    En,
    #[default]
    #[serde(other)]
    Zh,
}

/// Everything a link restores.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SharedView {
    pub documents: Vec<SharedDocument>,
    #[serde(default)]
    pub tab: Tab,
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
    #[serde(default)]
    pub lang: LinkLang,
}

/// An optional enum written as its code: `<&str>::from` out, `str::parse` back, where a code
/// this build does not know reads as `None` rather than failing the whole link.
mod code {
    use serde::{Deserialize, Deserializer, Serializer};
    use std::str::FromStr;

    pub fn serialize<T, S>(value: &Option<T>, out: S) -> Result<S::Ok, S::Error>
    where
        T: Copy + Into<&'static str>,
        S: Serializer,
    {
        match value {
            Some(v) => out.serialize_some((*v).into()),
            None => out.serialize_none(),
        }
    }

    pub fn deserialize<'de, T, D>(input: D) -> Result<Option<T>, D::Error>
    where
        T: FromStr,
        D: Deserializer<'de>,
    {
        let raw = Option::<String>::deserialize(input)?;
        Ok(raw.and_then(|c| c.parse().ok()))
    }
}

/// Why a fragment that looks like a link (see [`looks_like_link`]) is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NearLink {
    /// `v3`, `v3=` or `v3=` followed by white space only: the data was cut off when copied.
    NoData,
    /// `v 3=…`, `v3 =…`: spaces inside the `vN=` prefix; the link was altered when copied.
    Spaced,
}

/// Why a link could not be opened. [`LinkError::code`] names each case for translation. Serde
/// carries it whole from the analysis worker, which decodes links for the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkError {
    /// Nothing like a `#vN=` prefix: some other fragment or text.
    NotALink,
    /// Looks like a PlanLens link (`v` and digits) but is not a whole one.
    NearLink(NearLink),
    /// `v0=`, `v01=`: digits that no PlanLens ever wrote as a version.
    InvalidVersion(String),
    /// A version this build does not know (a newer PlanLens made it).
    UnknownVersion(String),
    /// The payload is not base64url (often: cut or altered when copied).
    NotBase64,
    /// The deflate stream is corrupt or cut short.
    Corrupt,
    /// The payload inflates beyond [`MAX_INFLATED`].
    TooLarge,
    /// More than [`MAX_DOCUMENTS`] documents (`max` is that limit).
    TooManyDocuments { found: usize, max: usize },
    /// Valid compression, but not a PlanLens view; the detail (a JSON error, or which document is
    /// inconsistent and how) is for logs, see [`LinkError::detail`].
    BadContent(String),
}

impl LinkError {
    /// A stable name of the case, for translations and logs: `not_a_link`, `near_link_no_data`,
    /// `near_link_spaced`, `invalid_version`, `unknown_version`, `not_base64`, `corrupt`,
    /// `too_large`, `too_many_documents` or `bad_content`.
    pub fn code(&self) -> &'static str {
        match self {
            LinkError::NotALink => "not_a_link",
            LinkError::NearLink(NearLink::NoData) => "near_link_no_data",
            LinkError::NearLink(NearLink::Spaced) => "near_link_spaced",
            LinkError::InvalidVersion(_) => "invalid_version",
            LinkError::UnknownVersion(_) => "unknown_version",
            LinkError::NotBase64 => "not_base64",
            LinkError::Corrupt => "corrupt",
            LinkError::TooLarge => "too_large",
            LinkError::TooManyDocuments { .. } => "too_many_documents",
            LinkError::BadContent(_) => "bad_content",
        }
    }

    /// The technical detail of [`LinkError::BadContent`], for logs.
    pub fn detail(&self) -> Option<&str> {
        match self {
            LinkError::BadContent(d) => Some(d),
            _ => None,
        }
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const NEAR: &str = "this looks like a PlanLens link, but";
        match self {
            LinkError::NotALink => write!(f, "not a PlanLens link (no #v{CURRENT}= part)"),
            LinkError::NearLink(NearLink::NoData) => write!(
                f,
                "{NEAR} it carries no data after its version; it was cut off when copied"
            ),
            LinkError::NearLink(NearLink::Spaced) => write!(
                f,
                "{NEAR} its “v…=” start has spaces in it; it was altered when copied"
            ),
            LinkError::InvalidVersion(v) => {
                write!(f, "{NEAR} v{v} is not a valid link version")
            }
            LinkError::UnknownVersion(v) => write!(
                f,
                "link version {v} is newer than this PlanLens (it reads up to version {CURRENT})"
            ),
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
            LinkError::TooManyDocuments { found, max } => write!(
                f,
                "the link holds {found} documents; PlanLens opens at most {max} at a time"
            ),
            LinkError::BadContent(d) => write!(f, "the link's data is not a PlanLens view ({d})"),
        }
    }
}

impl std::error::Error for LinkError {}

/// The version [`encode`] writes.
const CURRENT: u32 = 3;

/// The fragment (without `#`) for a view: `v3=` + base64url(deflate(GB18030(JSON))), where every
/// character whose GB18030 bytes do not decode back to it is written as a JSON `\u` escape, and
/// the bytes are checked to decode back to the JSON exactly. Should that check ever fail, the view
/// is written as a `v1=` link (UTF-8), so every Unicode text survives a link unchanged.
pub fn encode(view: &SharedView) -> String {
    let json = serde_json::to_string(view).unwrap_or_default();
    match gb18030_exact(&json) {
        Some(bytes) => format!("v{CURRENT}={}", pack(&bytes)),
        None => encode_v1(view),
    }
}

/// The version 1 fragment: `v1=` + base64url(deflate(UTF-8 JSON)).
pub fn encode_v1(view: &SharedView) -> String {
    let json = serde_json::to_vec(view).unwrap_or_default();
    format!("v1={}", pack(&json))
}

/// base64url(deflate(bytes)).
fn pack(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, 10))
}

/// GB18030 bytes that decode back to exactly `json`, escaping the characters that would not come
/// back (U+E5E5, and the private-use characters that encoding_rs decodes to the GB18030-2022
/// code points U+FE10… instead); `None` if even that does not round-trip.
fn gb18030_exact(json: &str) -> Option<Vec<u8>> {
    gb18030_verified(json).or_else(|| gb18030_verified(&escape_irreversible(json)))
}

/// The GB18030 bytes of `s` if they decode back to `s` exactly.
fn gb18030_verified(s: &str) -> Option<Vec<u8>> {
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(s);
    if unmappable {
        return None;
    }
    let back = encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(&bytes)?;
    (back == s).then(|| bytes.into_owned())
}

/// `json` with every non-ASCII character whose GB18030 round trip changes it written as `\uXXXX`
/// (UTF-16 surrogate pairs above U+FFFF). Outside its strings JSON is ASCII, and inside them a
/// character and its escape mean the same, so the JSON still says the same.
fn escape_irreversible(json: &str) -> String {
    use std::fmt::Write;
    let mut known: rustc_hash::FxHashMap<char, bool> = Default::default();
    let mut out = String::with_capacity(json.len() + 64);
    for c in json.chars() {
        let keep = c.is_ascii()
            || *known.entry(c).or_insert_with(|| {
                let mut buf = [0u8; 4];
                gb18030_verified(c.encode_utf8(&mut buf)).is_some()
            });
        if keep {
            out.push(c);
        } else {
            for unit in c.encode_utf16(&mut [0u16; 2]) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        }
    }
    out
}

/// What the start of a fragment says.
enum Prefix<'a> {
    /// `v<digits>=<payload>`.
    Link {
        version: &'a str,
        payload: &'a str,
    },
    Near(NearLink),
    None,
}

/// Reads `v<digits>=` (the `v` in either case, `=` also as `%3D`) from a fragment, a hash or a
/// whole URL (the part after its last `#`).
fn prefix(link: &str) -> Prefix<'_> {
    let frag = link.rsplit_once('#').map_or(link, |(_, f)| f).trim();
    let Some(rest) = frag.strip_prefix(['v', 'V']) else {
        return Prefix::None;
    };
    let after_v = rest.trim_start();
    let digits = after_v
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(after_v.len());
    if digits == 0 {
        return Prefix::None;
    }
    let (version, rest_after) = after_v.split_at(digits);
    let tail = rest_after.trim_start();
    let spaced = after_v.len() != rest.len() || tail.len() != rest_after.len();
    let payload = if tail.is_empty() {
        ""
    } else if let Some(p) = tail
        .strip_prefix('=')
        .or_else(|| tail.strip_prefix("%3D"))
        .or_else(|| tail.strip_prefix("%3d"))
    {
        p.trim()
    } else {
        return Prefix::None;
    };
    if spaced {
        Prefix::Near(NearLink::Spaced)
    } else if payload.is_empty() {
        Prefix::Near(NearLink::NoData)
    } else {
        Prefix::Link { version, payload }
    }
}

/// Whether `hash` (a location hash, a fragment or a whole URL) is meant as a PlanLens link: `v` (or
/// `V`) and digits, with or without `=` and data, spaces allowed around the digits. True for every
/// link [`decode`] opens and for the near-links it refuses with [`LinkError::NearLink`] or
/// [`LinkError::InvalidVersion`], so an app can explain them instead of ignoring them.
pub fn looks_like_link(hash: &str) -> bool {
    !matches!(prefix(hash), Prefix::None)
}

/// Opens a fragment (with or without `#`, or a whole URL) made by any version of [`encode`].
/// White space inside the data (a link wrapped over lines) is ignored.
pub fn decode(link: &str) -> Result<SharedView, LinkError> {
    let (version, payload) = match prefix(link) {
        Prefix::Link { version, payload } => (version, payload),
        Prefix::Near(why) => return Err(LinkError::NearLink(why)),
        Prefix::None => return Err(LinkError::NotALink),
    };
    match version {
        "1" => view_from_json(&inflate(payload)?),
        // v2 and v3 have the same layout; only v3 writers escape what GB18030 would change
        "2" | "3" => {
            let bytes = inflate(payload)?;
            let json = encoding_rs::GB18030
                .decode_without_bom_handling_and_without_replacement(&bytes)
                .ok_or(LinkError::Corrupt)?;
            view_from_json(json.as_bytes())
        }
        v if v.starts_with('0') => Err(LinkError::InvalidVersion(v.to_string())),
        v => Err(LinkError::UnknownVersion(v.to_string())),
    }
}

/// base64url, then inflate with the size cap.
fn inflate(payload: &str) -> Result<Vec<u8>, LinkError> {
    let compact: String;
    let payload = if payload.contains(|c: char| c.is_ascii_whitespace()) {
        compact = payload
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect();
        &compact
    } else {
        payload
    };
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
    let mut view: SharedView =
        serde_json::from_slice(json).map_err(|e| LinkError::BadContent(e.to_string()))?;
    for shared in &mut view.documents {
        if let SharedDocument::Analysis { doc } = shared {
            doc.settle_unit_kinds();
        }
    }
    check(&view)?;
    Ok(view)
}

/// The checks a JSON file gets ([`check_document`]; [`check_year`] for documents carried as
/// text), the document limit, and selections that point inside the view.
fn check(v: &SharedView) -> Result<(), LinkError> {
    let n = v.documents.len();
    if n > MAX_DOCUMENTS {
        return Err(LinkError::TooManyDocuments {
            found: n,
            max: MAX_DOCUMENTS,
        });
    }
    for (k, d) in v.documents.iter().enumerate() {
        match d {
            SharedDocument::Text { year, period, .. } => {
                check_year(*year).and_then(|_| crate::import::check_period(*period))
            }
            SharedDocument::Analysis { doc } => check_document(doc),
        }
        .map_err(|e| LinkError::BadContent(format!("document {}: {e}", k + 1)))?;
    }
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
                    period: None,
                    kind: None,
                    marks: vec![],
                    corrections: vec![],
                },
                SharedDocument::Analysis { doc },
            ],
            tab: Tab::Table,
            selected: Some(1),
            target: Some(1),
            filter: SharedFilter {
                text: "就业".into(),
                ..Default::default()
            },
            compare: vec![0, 1],
            lang: LinkLang::Zh,
        }
    }

    #[test]
    fn codes_a_newer_planlens_wrote_fall_back_instead_of_failing_the_link() {
        let json = r#"{"documents":[],"tab":"gantt","lang":"fr",
            "filter":{"status":"draft","kind":"volume","text":"就业"}}"#;
        let v = decode(&format!("v1={}", pack(json.as_bytes()))).expect("the link opens");
        assert_eq!((v.tab, v.lang), (Tab::Tree, LinkLang::Zh));
        assert_eq!((v.filter.status, v.filter.kind), (None, None));
        assert_eq!(v.filter.text, "就业");
        // known codes read as their enums, and are written back as the same codes
        let json = r#"{"documents":[],"tab":"compare","lang":"en",
            "filter":{"status":"achieved","kind":"money"}}"#;
        let v = decode(&format!("v1={}", pack(json.as_bytes()))).expect("the link opens");
        assert_eq!((v.tab, v.lang), (Tab::Compare, LinkLang::En));
        assert_eq!(v.filter.status, Some(Status::Achieved));
        assert_eq!(v.filter.kind, Some(UnitKind::Money));
        let written = serde_json::to_string(&v).unwrap();
        for code in [
            r#""tab":"compare""#,
            r#""lang":"en""#,
            r#""status":"achieved""#,
            r#""kind":"money""#,
        ] {
            assert!(written.contains(code), "{code} in {written}");
        }
    }

    #[test]
    fn round_trip() {
        let v = view();
        let link = encode(&v);
        assert!(link.starts_with("v3="));
        assert!(link.len() < encode_v1(&v).len());
        assert_eq!(decode(&encode_v1(&v)), Ok(v.clone()));
        assert_eq!(decode(&encode_v2(&v)), Ok(v.clone()));
        assert!(link
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_=".contains(c)));
        assert_eq!(decode(&link), Ok(v.clone()));
        assert_eq!(
            decode(&format!("https://x.org/planlens/#{link}")),
            Ok(v.clone())
        );
        // forgiving of what copying does: `V`, `%3D`, a link wrapped over lines
        assert_eq!(decode(&format!("#V{}", &link[1..])), Ok(v.clone()));
        assert_eq!(decode(&link.replacen('=', "%3D", 1)), Ok(v.clone()));
        let (a, b) = link.split_at(40);
        assert_eq!(decode(&format!("{a}\n  {b}")), Ok(v));
    }

    /// The v2 writer as it was: GB18030 without the escapes (the frozen v2 fixture is its output).
    fn encode_v2(view: &SharedView) -> String {
        let json = serde_json::to_string(view).unwrap();
        let (bytes, _, _) = encoding_rs::GB18030.encode(&json);
        format!("v2={}", pack(&bytes))
    }

    fn text_view(text: &str) -> SharedView {
        SharedView {
            documents: vec![SharedDocument::Text {
                name: "a.txt".into(),
                text: text.into(),
                title: None,
                place: None,
                year: None,
                period: None,
                kind: None,
                marks: vec![],
                corrections: vec![],
            }],
            ..Default::default()
        }
    }

    fn text_of(v: &SharedView) -> &str {
        match &v.documents[0] {
            SharedDocument::Text { text, .. } => text,
            SharedDocument::Analysis { .. } => unreachable!(),
        }
    }

    #[test]
    fn v3_keeps_the_characters_v2_changed() {
        let text = "规划\u{E78D}\u{E796}\u{FE10}𠀀";
        let v2 = decode(&encode_v2(&text_view(text))).unwrap();
        // v2 as it always read: the 2005 private-use mapping comes back as 2022's U+FE10…
        assert_eq!(text_of(&v2), "规划\u{FE10}\u{FE19}\u{FE10}𠀀");
        // v3 keeps them, and U+E5E5 (which GB18030 cannot encode at all) too
        let text = "规划\u{E78D}\u{E796}\u{E5E5}\u{FE10}𠀀";
        let link = encode(&text_view(text));
        assert!(link.starts_with("v3="), "{link}");
        assert_eq!(text_of(&decode(&link).unwrap()), text);
        // the escapes cost nothing when there is nothing to escape
        let plain = text_view("地区生产总值增长6%左右");
        assert_eq!(encode(&plain)[3..], encode_v2(&plain)[3..]);
    }

    #[test]
    fn near_links_and_versions() {
        use NearLink::*;
        for (link, err) in [
            ("#v1", LinkError::NearLink(NoData)),
            ("#V3", LinkError::NearLink(NoData)),
            ("#v1=", LinkError::NearLink(NoData)),
            ("v3=   ", LinkError::NearLink(NoData)),
            ("v 1=abc", LinkError::NearLink(Spaced)),
            ("v3 = abc", LinkError::NearLink(Spaced)),
            ("v0=abc", LinkError::InvalidVersion("0".into())),
            ("v01=abc", LinkError::InvalidVersion("01".into())),
            ("v7=abc", LinkError::UnknownVersion("7".into())),
            ("#section-2", LinkError::NotALink),
            ("#v=abc", LinkError::NotALink),
            ("#video", LinkError::NotALink),
            ("#v1-intro", LinkError::NotALink),
            ("", LinkError::NotALink),
        ] {
            assert_eq!(decode(link), Err(err.clone()), "{link}");
            assert_eq!(looks_like_link(link), err != LinkError::NotALink, "{link}");
        }
        assert!(looks_like_link(&encode(&view())));
        assert!(LinkError::NearLink(NoData)
            .to_string()
            .starts_with("this looks like a PlanLens link"));
        let invalid = LinkError::InvalidVersion("0".into()).to_string();
        assert!(!invalid.contains("newer"), "{invalid}");
        assert!(LinkError::UnknownVersion("7".into())
            .to_string()
            .contains("newer"));
    }

    #[test]
    fn codes_are_distinct() {
        let all = [
            LinkError::NotALink,
            LinkError::NearLink(NearLink::NoData),
            LinkError::NearLink(NearLink::Spaced),
            LinkError::InvalidVersion("0".into()),
            LinkError::UnknownVersion("9".into()),
            LinkError::NotBase64,
            LinkError::Corrupt,
            LinkError::TooLarge,
            LinkError::TooManyDocuments {
                found: 501,
                max: 500,
            },
            LinkError::BadContent("x".into()),
        ];
        let mut codes: Vec<&str> = all.iter().map(LinkError::code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all.len());
        assert_eq!(LinkError::BadContent("x".into()).detail(), Some("x"));
        assert_eq!(LinkError::Corrupt.detail(), None);
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
        for v in ["v1", "v2", "v3"] {
            assert_eq!(
                decode(&format!("{v}={}", URL_SAFE_NO_PAD.encode(&bomb))),
                Err(LinkError::TooLarge)
            );
        }
        let not_view = format!("v1={}", pack(br#"{"documents": 5}"#));
        let err = decode(&not_view).unwrap_err();
        assert_eq!(err.code(), "bad_content");
        assert!(
            err.to_string()
                .starts_with("the link's data is not a PlanLens view (invalid type"),
            "{err}"
        );
        let mut v = view();
        v.selected = Some(9);
        assert!(matches!(decode(&encode(&v)), Err(LinkError::BadContent(_))));
    }
}
