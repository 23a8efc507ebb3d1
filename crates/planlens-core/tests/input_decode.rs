//! The decoder over random plan-like texts: UTF-16 in either byte order, with or without a BOM,
//! reads back exactly; GBK and UTF-8 stay what they were.

use planlens_core::decode::{decode, Encoding};
use proptest::prelude::*;

/// Plan-like text: Chinese characters (一 and 　 have a NUL byte in UTF-16), punctuation, digits,
/// Latin letters and line breaks; never only white space.
fn plan_text() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = "一二三四五六七八九十、，。；：（）％增长新增就业万人亿元以上左右年底前地区生产总值　 0123456789.%abcXYZ-\n"
        .chars()
        .collect();
    prop::collection::vec(prop::sample::select(alphabet), 1..400)
        .prop_map(|cs| format!("一、{}\r\n", cs.into_iter().collect::<String>()))
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn utf16_reads_back_exactly(text in plan_text(), big_endian: bool, bom: bool) {
        let mut bytes = if bom { utf16("\u{FEFF}", big_endian) } else { Vec::new() };
        bytes.extend(utf16(&text, big_endian));
        let encoding = if big_endian { Encoding::Utf16Be } else { Encoding::Utf16Le };
        prop_assert_eq!(decode(&bytes), Ok((text, encoding)));
    }

    #[test]
    fn utf8_and_gbk_are_unchanged(text in plan_text()) {
        prop_assert_eq!(decode(text.as_bytes()), Ok((text.clone(), Encoding::Utf8)));
        let (gbk, _, _) = encoding_rs::GBK.encode(&text);
        let (back, encoding) = decode(&gbk).unwrap();
        if encoding == Encoding::Gb18030 {
            prop_assert_eq!(back, text);
        } else {
            // short GBK can happen to be valid UTF-8; it never reads as UTF-16
            prop_assert_eq!(encoding, Encoding::Utf8);
        }
    }
}

#[test]
fn a_notepad_unicode_file() {
    // what Windows Notepad writes for "Unicode": UTF-16LE with a BOM and CRLF line breaks
    let text = "某区2024年工作要点\r\n一、主要目标\r\n地区生产总值增长6%左右。\r\n";
    let bytes = [&[0xFF, 0xFE][..], &utf16(text, false)].concat();
    let (back, encoding) = decode(&bytes).unwrap();
    assert_eq!((back.as_str(), encoding), (text, Encoding::Utf16Le));
}
