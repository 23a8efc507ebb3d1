//! The strings of sharing, saved views and workspace files in 简体中文 and English, and the message
//! for each way a share link can be broken (the core's [`LinkError`]).

use planlens_core::share::{LinkError, MAX_INFLATED, WARN_BROWSER, WARN_CHAT};

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

/// Why a link did not open; the workspace is unchanged.
pub fn link_error(lang: Lang, e: &LinkError) -> String {
    let what = match (lang, e) {
        (Lang::Zh, LinkError::NotALink) => "这不是 PlanLens 链接".to_string(),
        (Lang::Zh, LinkError::UnknownVersion(v)) => {
            format!("链接版本 v{v} 未知（可能由更新版本的 PlanLens 生成）")
        }
        (Lang::Zh, LinkError::NotBase64) => {
            "链接已损坏（含有非 base64 字符），可能在复制时被改动".to_string()
        }
        (Lang::Zh, LinkError::Corrupt) => "链接已损坏或被截断（数据无法解压）".to_string(),
        (Lang::Zh, LinkError::TooLarge) => {
            format!("链接数据过大（超过 {} MB）", MAX_INFLATED / 1024 / 1024)
        }
        (Lang::Zh, LinkError::BadContent(d)) => format!("链接内容不是 PlanLens 视图：{d}"),
        (Lang::En, e) => e.to_string(),
    };
    match lang {
        Lang::Zh => format!("无法打开分享链接：{what}。工作区未改动。"),
        Lang::En => format!("Could not open the share link: {what}. The workspace is unchanged."),
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
}
