//! A tolerant scanner over tags and text, for the XML inside a Word file and for saved web pages:
//! it never fails, whatever the input (unclosed tags, stray `<`, cut-off files), and builds no tree.
//!
//! - Tag names are lower-cased (`w:pStyle` → `w:pstyle`); attributes stay raw until [`attr`] reads
//!   one.
//! - Comments, `<!DOCTYPE …>`, `<?xml …?>` and other declarations are skipped; `<![CDATA[…]]>` is
//!   text.
//! - In HTML mode the raw-text elements (`<script>`, `<style>`, `<title>`, `<textarea>` …) are
//!   skipped whole, content and all.
//! - Text is given raw; [`unescape`] decodes its character references.

/// Elements whose content is raw text up to their end tag (HTML); skipped whole.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    "template", "svg", "math",
];

/// What the scanner found next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// A start tag: its lower-case name, its raw attribute source, and whether it ends in `/>`.
    Start {
        name: String,
        attrs: &'a str,
        empty: bool,
    },
    /// An end tag's lower-case name.
    End(String),
    /// Text between tags, character references not yet decoded.
    Text(&'a str),
    /// The content of a `<![CDATA[…]]>` section, taken as it is.
    CData(&'a str),
}

/// An element being left out with everything in it, its nesting counted (a `<div>` inside a
/// dropped `<div>` does not end it).
#[derive(Debug, Default)]
pub struct Skip(Option<(String, usize)>);

impl Skip {
    /// Starts leaving out the element `name` just opened.
    pub fn start(&mut self, name: String) {
        self.0 = Some((name, 0));
    }

    /// Whether `token` is inside the element being left out (its own end tag included).
    pub fn skipping(&mut self, token: &Token) -> bool {
        let Some((name, depth)) = self.0.as_mut() else {
            return false;
        };
        match token {
            Token::Start { name: n, empty, .. } if n == name && !empty => *depth += 1,
            Token::End(n) if n == name => {
                if *depth == 0 {
                    self.0 = None;
                } else {
                    *depth -= 1;
                }
            }
            _ => {}
        }
        true
    }
}

/// The tokens of `src`; `html` skips raw-text elements (see the module's notes).
pub struct Scanner<'a> {
    src: &'a str,
    at: usize,
    html: bool,
}

impl<'a> Scanner<'a> {
    pub fn new(src: &'a str, html: bool) -> Self {
        Scanner { src, at: 0, html }
    }
}

/// Where `needle` next starts in `b` at or after `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// Past the end tag of the raw-text element `name` whose content starts at `from`, or the end.
fn raw_text_end(b: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(p) = find(b, at, b"</") {
        let after = p + 2 + name.len();
        let named = b
            .get(p + 2..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        let ends = b
            .get(after)
            .is_none_or(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/');
        if named && ends {
            return find(b, after, b">").map_or(b.len(), |e| e + 1);
        }
        at = p + 2;
    }
    b.len()
}

/// Past the `>` that ends the tag whose attributes start at `from` (a `>` inside a quoted value
/// does not end it), and where the attributes end.
fn tag_end(b: &[u8], from: usize) -> (usize, usize) {
    let mut i = from;
    let mut quote = None;
    while i < b.len() {
        match (quote, b[i]) {
            (None, b'>') => return (i + 1, i),
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        i += 1;
    }
    (b.len(), b.len())
}

impl<'a> Iterator for Scanner<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let (src, b) = (self.src, self.src.as_bytes());
        loop {
            let i = self.at;
            if i >= b.len() {
                return None;
            }
            if b[i] != b'<' {
                let end = find(b, i + 1, b"<").unwrap_or(b.len());
                self.at = end;
                return Some(Token::Text(&src[i..end]));
            }
            let rest = &b[i + 1..];
            if rest.starts_with(b"!--") {
                self.at = find(b, i + 4, b"-->").map_or(b.len(), |e| e + 3);
                continue;
            }
            if rest.starts_with(b"![CDATA[") {
                let from = i + 9;
                let end = find(b, from, b"]]>").unwrap_or(b.len());
                self.at = (end + 3).min(b.len());
                return Some(Token::CData(&src[from..end]));
            }
            if rest.first().is_some_and(|&c| c == b'!' || c == b'?') {
                self.at = find(b, i + 1, b">").map_or(b.len(), |e| e + 1);
                continue;
            }
            let end_tag = rest.first() == Some(&b'/');
            let name_from = i + 1 + usize::from(end_tag);
            if !b.get(name_from).is_some_and(u8::is_ascii_alphabetic) {
                // a `<` that starts no tag is text
                self.at = i + 1;
                return Some(Token::Text(&src[i..i + 1]));
            }
            let mut n = name_from;
            while n < b.len() && !b[n].is_ascii_whitespace() && b[n] != b'/' && b[n] != b'>' {
                n += 1;
            }
            let name = src[name_from..n].to_ascii_lowercase();
            let (after, attrs_end) = tag_end(b, n);
            self.at = after;
            if end_tag {
                return Some(Token::End(name));
            }
            let empty = attrs_end > n && b[attrs_end - 1] == b'/';
            if self.html && !empty && RAW_TEXT.contains(&name.as_str()) {
                self.at = raw_text_end(b, after, &name);
                continue;
            }
            let attrs = &src[n..attrs_end - usize::from(empty)];
            return Some(Token::Start { name, attrs, empty });
        }
    }
}

/// The value of attribute `key` (matched without regard to letter case) in a tag's raw attribute
/// source, character references decoded; `Some("")` for an attribute without a value.
pub fn attr(attrs: &str, key: &str) -> Option<String> {
    let b = attrs.as_bytes();
    let mut i = 0;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        let key_from = i;
        i += 1; // an attribute name may start with `=`
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'/' | b'=') {
            i += 1;
        }
        let this = &attrs[key_from..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let from = i + 1;
                i = find(b, from, &[q]).unwrap_or(b.len());
                value = &attrs[from..i];
                i = (i + 1).min(b.len());
            } else {
                let from = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = &attrs[from..i];
            }
        }
        if this.eq_ignore_ascii_case(key) {
            return Some(unescape(value));
        }
    }
}

/// Named character references plans use (besides XML's five).
const NAMED: &[(&str, char)] = &[
    ("nbsp", '\u{A0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("shy", '\u{AD}'),
    ("zwsp", '\u{200B}'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("times", '×'),
    ("divide", '÷'),
    ("plusmn", '±'),
    ("le", '≤'),
    ("ge", '≥'),
    ("ne", '≠'),
    ("asymp", '≈'),
    ("deg", '°'),
    ("permil", '‰'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("yen", '¥'),
    ("copy", '©'),
    ("reg", '®'),
    ("sect", '§'),
    ("para", '¶'),
];

/// `s` with its character references (`&amp;`, `&#20154;`, `&#x4EBA;`, `&nbsp;` …) decoded; one
/// that is unknown or malformed stays as it is written.
pub fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        // a reference is short: look for its `;` in the next few bytes only (`;` is ASCII, so
        // where it is found is a character boundary)
        let near = &rest.as_bytes()[1..rest.len().min(13)];
        let semi = near.iter().position(|&b| b == b';').map(|e| e + 1);
        let decoded = semi.and_then(|e| reference(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference's name (between `&` and `;`) stands for.
fn reference(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => NAMED.iter().find(|(n, _)| *n == name).map(|&(_, c)| c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(name: &str, attrs: &'static str, empty: bool) -> Token<'static> {
        Token::Start {
            name: name.to_string(),
            attrs,
            empty,
        }
    }

    #[test]
    fn tags_text_and_declarations() {
        let got: Vec<Token> = Scanner::new(
            "<?xml version=\"1.0\"?><!-- c --><w:P a=\"x>y\"><w:t>增长6%</w:t><w:tab/></w:P>",
            false,
        )
        .collect();
        assert_eq!(
            got,
            [
                start("w:p", " a=\"x>y\"", false),
                start("w:t", "", false),
                Token::Text("增长6%"),
                Token::End("w:t".into()),
                start("w:tab", "", true),
                Token::End("w:p".into()),
            ]
        );
    }

    #[test]
    fn html_raw_text_is_skipped_and_stray_lt_is_text() {
        let got: Vec<Token> = Scanner::new(
            "a<script>if (a<b) x='</p>'</script>b < 5<style>p{}</style>",
            true,
        )
        .collect();
        assert_eq!(
            got,
            [
                Token::Text("a"),
                Token::Text("b "),
                Token::Text("<"),
                Token::Text(" 5")
            ]
        );
        // in XML mode <script> is an element like any other
        assert_eq!(Scanner::new("<script>x</script>", false).count(), 3);
        assert_eq!(
            Scanner::new("<![CDATA[a<b]]>", false).collect::<Vec<_>>(),
            [Token::CData("a<b")]
        );
    }

    #[test]
    fn cut_off_input_never_panics() {
        let src = "<p class='a'>增长<!-- x --><table><tr><td colspan=2>甲</td></tr><![CDATA[z]]><script>q";
        for n in 0..=src.len() {
            if src.is_char_boundary(n) {
                let _ = Scanner::new(&src[..n], true).count();
                let _ = Scanner::new(&src[..n], false).count();
            }
        }
    }

    #[test]
    fn attributes_by_key() {
        let a = " w:VAL=\"Heading1\" colspan = 3 hidden x='a&amp;b'";
        assert_eq!(attr(a, "w:val").as_deref(), Some("Heading1"));
        assert_eq!(attr(a, "colspan").as_deref(), Some("3"));
        assert_eq!(attr(a, "hidden").as_deref(), Some(""));
        assert_eq!(attr(a, "x").as_deref(), Some("a&b"));
        assert_eq!(attr(a, "rowspan"), None);
    }

    #[test]
    fn character_references() {
        assert_eq!(
            unescape("3 &lt; 5 &amp;&amp; &#20154;&#x4EBA;&nbsp;&ldquo;x&rdquo;"),
            "3 < 5 && 人人\u{a0}“x”"
        );
        assert_eq!(unescape("R&D &unknown; &#xZZ; &"), "R&D &unknown; &#xZZ; &");
        assert_eq!(unescape("&#0;"), "&#0;");
        assert_eq!(unescape("&amp人;"), "&amp人;");
        // many `&` without `;` stay as they are, in linear time
        let ampersands = "&".repeat(200_000);
        assert_eq!(unescape(&ampersands), ampersands);
    }
}
