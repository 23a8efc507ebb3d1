//! The strings of sharing, saved views and workspace files in 简体中文 and English, and the message
//! for each way a share link can be broken (the core's [`LinkError`], and an address that only
//! looks like a link). Messages are for people: technical detail goes to [`link_error_detail`].

use planlens_core::share::{LinkError, NearLink, MAX_INFLATED, WARN_BROWSER, WARN_CHAT};

use crate::i18n::Lang;

/// Fixed strings of the share and saved-view panels.
pub struct ShareStrings {
    pub heading: &'static str,
    pub share: &'static str,
    pub kind: &'static str,
    pub with_texts: &'static str,
    pub analysis_only: &'static str,
    pub link: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub saved_views: &'static str,
    pub view_name: &'static str,
    pub save_view: &'static str,
    pub open: &'static str,
    pub no_saved: &'static str,
    pub export_workspace: &'static str,
    pub default_view_name: &'static str,
}

const ZH: ShareStrings = ShareStrings {
    heading: "分享与保存",
    share: "分享链接",
    kind: "链接内容",
    with_texts: "附带原文",
    analysis_only: "仅分析结果",
    link: "链接",
    copy: "复制",
    copied: "已复制",
    saved_views: "已保存的视图",
    view_name: "视图名称",
    save_view: "保存当前视图",
    open: "打开",
    no_saved: "尚无保存的视图。",
    export_workspace: "导出工作区（JSON）",
    default_view_name: "视图",
};

const EN: ShareStrings = ShareStrings {
    heading: "Share and save",
    share: "Share link",
    kind: "Link carries",
    with_texts: "with texts",
    analysis_only: "analysis only",
    link: "Link",
    copy: "Copy",
    copied: "Copied",
    saved_views: "Saved views",
    view_name: "View name",
    save_view: "Save current view",
    open: "Open",
    no_saved: "No saved views yet.",
    export_workspace: "Export workspace (JSON)",
    default_view_name: "View",
};

/// The share strings of `lang`.
pub fn strings(lang: Lang) -> &'static ShareStrings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// The link's length, with a warning when chat apps or address bars may cut it.
pub fn length_note(lang: Lang, chars: usize) -> (String, Option<String>) {
    let len = match lang {
        Lang::Zh => format!("{chars} 个字符"),
        Lang::En => format!("{chars} characters"),
    };
    let warn = if chars > WARN_BROWSER {
        Some(match lang {
            Lang::Zh => format!("超过 {WARN_BROWSER} 个字符：浏览器地址栏可能无法打开。请改用“仅分析结果”或导出工作区文件。"),
            Lang::En => format!("Over {WARN_BROWSER} characters: address bars may refuse it. Share the analysis only, or export the workspace file."),
        })
    } else if chars > WARN_CHAT {
        Some(match lang {
            Lang::Zh => format!("超过 {WARN_CHAT} 个字符：聊天软件可能截断链接。"),
            Lang::En => format!("Over {WARN_CHAT} characters: chat apps may cut the link."),
        })
    } else {
        None
    };
    (len, warn)
}

/// Why a link did not open; the workspace is unchanged. Every case of the core's error has its
/// own words (matched exhaustively, so a new case must be worded here).
pub fn link_error(lang: Lang, e: &LinkError) -> String {
    let zh = lang == Lang::Zh;
    let what = match e {
        LinkError::NotALink => {
            if zh {
                "这不是 PlanLens 链接".to_string()
            } else {
                "this is not a PlanLens link".to_string()
            }
        }
        LinkError::NearLink(NearLink::NoData) => {
            if zh {
                "这看起来像 PlanLens 分享链接，但版本号后面没有链接数据，可能在复制时被截断"
                    .to_string()
            } else {
                "this looks like a PlanLens link, but it carries no data after its version; it was cut off when copied".to_string()
            }
        }
        LinkError::NearLink(NearLink::Spaced) => {
            if zh {
                "这看起来像 PlanLens 分享链接，但开头的“v数字=”部分中有空格，可能在复制时被改动"
                    .to_string()
            } else {
                "this looks like a PlanLens link, but its “vN=” start has spaces in it; it was altered when copied".to_string()
            }
        }
        LinkError::InvalidVersion(v) => {
            if zh {
                format!(
                    "这看起来像 PlanLens 分享链接，但 v{v} 不是有效的链接版本，可能在复制时被改动"
                )
            } else {
                format!("this looks like a PlanLens link, but v{v} is not a valid link version; it may have been altered when copied")
            }
        }
        LinkError::UnknownVersion(v) => {
            if zh {
                format!("链接版本 v{v} 未知（可能由更新版本的 PlanLens 生成）")
            } else {
                format!("link version v{v} is newer than this PlanLens (a newer PlanLens made it)")
            }
        }
        LinkError::NotBase64 => {
            if zh {
                "链接已损坏（含有不属于链接的字符），可能在复制时被改动".to_string()
            } else {
                "the link is damaged (it holds characters that do not belong in it); it may have been altered when copied".to_string()
            }
        }
        LinkError::Corrupt => {
            if zh {
                "链接已损坏或被截断（数据无法解压）".to_string()
            } else {
                "the link is damaged or cut short (its data does not decompress)".to_string()
            }
        }
        LinkError::TooLarge => {
            if zh {
                format!("链接数据过大（超过 {} MB）", MAX_INFLATED / 1024 / 1024)
            } else {
                format!(
                    "the link's data is larger than {} MB",
                    MAX_INFLATED / 1024 / 1024
                )
            }
        }
        LinkError::TooManyDocuments { found, max } => {
            if zh {
                format!("链接中有 {found} 份文档，一次最多打开 {max} 份")
            } else {
                format!("the link holds {found} documents; PlanLens opens at most {max} at a time")
            }
        }
        LinkError::BadContent(_) => {
            if zh {
                "链接内容不是有效的 PlanLens 视图（可能由不兼容的版本生成，或在复制时被改动）"
                    .to_string()
            } else {
                "the link does not hold a valid PlanLens view (an incompatible version made it, or it was altered when copied)".to_string()
            }
        }
    };
    match lang {
        Lang::Zh => format!("无法打开分享链接：{what}。工作区未改动。"),
        Lang::En => format!("Could not open the share link: {what}. The workspace is unchanged."),
    }
}

/// The technical detail of a link error, if any (shown small, after the message).
pub fn link_error_detail(e: &LinkError) -> Option<String> {
    e.detail().map(str::to_string)
}

/// An address whose `#…` part looks like a share link but is not one (`#V1=…`, `#v1`, `#v=…`):
/// said rather than ignored.
pub fn near_link_error(lang: Lang) -> String {
    match lang {
        Lang::Zh => "这个地址看起来像 PlanLens 分享链接，但“#”后面的部分格式不对（应为 v、版本号和“=”，再跟链接数据），可能在复制时被改动。请向发送者要一份完整的链接。工作区未改动。".to_string(),
        Lang::En => "This address looks like a PlanLens share link, but the part after “#” is not in the right form (v, a version number and “=”, then the link's data); it may have been altered when copied. Ask the sender for the whole link. The workspace is unchanged.".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_by_length() {
        assert!(length_note(Lang::En, 1_999).1.is_none());
        assert!(length_note(Lang::En, 2_001).1.unwrap().contains("chat"));
        assert!(length_note(Lang::Zh, 40_000).1.unwrap().contains("地址栏"));
        let e = link_error(Lang::Zh, &LinkError::UnknownVersion("9".into()));
        assert!(e.contains("v9"));
        assert!(link_error(Lang::En, &LinkError::Corrupt).contains("cut short"));
    }

    #[test]
    fn version_zero_is_invalid_not_newer() {
        for link in ["#v0=abc", "#v01=abc"] {
            let e = planlens_core::share::decode(link).unwrap_err();
            let (zh, en) = (link_error(Lang::Zh, &e), link_error(Lang::En, &e));
            assert!(
                zh.contains("不是有效的链接版本") && !zh.contains("更新版本"),
                "{zh}"
            );
            assert!(
                en.contains("not a valid link version") && !en.contains("newer"),
                "{en}"
            );
        }
        let e = planlens_core::share::decode("#v9=abc").unwrap_err();
        assert!(link_error(Lang::En, &e).contains("newer than this PlanLens"));
        assert!(link_error(Lang::Zh, &e).contains("v9"));
    }

    #[test]
    fn near_links_say_they_look_like_one() {
        for link in ["#v3", "#v3=", "#v 3=abc"] {
            let e = planlens_core::share::decode(link).unwrap_err();
            assert!(
                link_error(Lang::Zh, &e).contains("看起来像 PlanLens 分享链接"),
                "{link}"
            );
            assert!(
                link_error(Lang::En, &e).contains("looks like a PlanLens link, but"),
                "{link}"
            );
        }
    }

    #[test]
    fn bad_content_is_told_in_words_with_the_detail_apart() {
        let serde = "missing field `tab` at line 1 column 20";
        let e = LinkError::BadContent(serde.into());
        for lang in [Lang::Zh, Lang::En] {
            let msg = link_error(lang, &e);
            assert!(
                !msg.contains("missing field") && !msg.contains('`'),
                "{msg}"
            );
        }
        assert_eq!(link_error_detail(&e).as_deref(), Some(serde));
        assert_eq!(link_error_detail(&LinkError::Corrupt), None);
        assert!(near_link_error(Lang::En)
            .starts_with("This address looks like a PlanLens share link, but"));
        assert!(near_link_error(Lang::Zh).contains("看起来像 PlanLens 分享链接，但"));
    }
}
