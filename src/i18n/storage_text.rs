//! The strings of saving and loading the workspace in 简体中文 and English: storage unavailable,
//! documents not saved (named), values kept aside and what can be done with them.

use crate::i18n::Lang;
use crate::persist::StorageProblem;

/// The warning for a storage problem.
pub fn problem(lang: Lang, p: &StorageProblem) -> String {
    match (lang, p) {
        (Lang::Zh, StorageProblem::Unavailable) => {
            "浏览器存储不可用（可能已被禁用或处于无痕模式），工作区只保存在内存中，刷新后将丢失。请用“导出工作区”保存。".to_string()
        }
        (Lang::En, StorageProblem::Unavailable) => {
            "Browser storage is unavailable (disabled, or a private window); the workspace is kept in memory only and is lost on reload. Use “Export workspace” to keep it.".to_string()
        }
        (Lang::Zh, StorageProblem::NotSaved(titles)) => format!(
            "浏览器拒绝保存 {} 份文档（存储空间可能已满），刷新后它们将丢失：{}。请导出工作区或删除不需要的文档。",
            titles.len(),
            list(titles)
        ),
        (Lang::En, StorageProblem::NotSaved(titles)) => format!(
            "The browser refused to save {} document(s) (storage may be full); they will be lost on reload: {}. Export the workspace or remove documents you do not need.",
            titles.len(),
            list(titles)
        ),
    }
}

fn list(titles: &[String]) -> String {
    const SHOWN: usize = 10;
    let mut out: Vec<String> = titles
        .iter()
        .take(SHOWN)
        .map(|t| format!("“{t}”"))
        .collect();
    if titles.len() > SHOWN {
        out.push(format!("… (+{})", titles.len() - SHOWN));
    }
    out.join("、")
}

/// Fixed strings of the kept-aside notice.
pub struct AsideStrings {
    pub kept: &'static str,
    pub download: &'static str,
    pub discard: &'static str,
}

const ZH: AsideStrings = AsideStrings {
    kept: "有一份保存的数据无法读取（可能已损坏或由更新版本的 PlanLens 保存）。它已原样另存，未被覆盖：",
    download: "下载该数据",
    discard: "删除该数据",
};

const EN: AsideStrings = AsideStrings {
    kept: "Some saved data could not be read (damaged, or saved by a newer PlanLens). It was kept aside as it was, not overwritten:",
    download: "Download it",
    discard: "Delete it",
};

/// The kept-aside strings of `lang`.
pub fn aside(lang: Lang) -> &'static AsideStrings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// When a value was kept aside and what it was, from its key
/// (`aside/2026-12-01T08:30:00.000Z/document`).
pub fn aside_label(lang: Lang, key: &str) -> String {
    let mut parts = key.split('/').skip(1);
    let when = parts.next().unwrap_or("").replace('T', " ");
    let when = when.split('.').next().unwrap_or("").to_string();
    let what = match (lang, parts.next().unwrap_or("")) {
        (Lang::Zh, "document") => "一份文档",
        (Lang::Zh, "workspace-order") => "文档列表",
        (Lang::Zh, "workspace-v1") => "旧版工作区",
        (Lang::En, "document") => "a document",
        (Lang::En, "workspace-order") => "the document list",
        (Lang::En, "workspace-v1") => "an earlier version's workspace",
        (_, other) => other,
    };
    format!("{what} · {when} UTC")
}

/// A saved view opened without some of its documents (removed from the workspace since).
pub fn saved_view_missing(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("该视图中有 {n} 份文档已不在工作区中，已打开其余部分。"),
        Lang::En => format!(
            "{n} document(s) of this view are no longer in the workspace; the rest was opened."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsaved_documents_are_named_in_both_languages() {
        let p = StorageProblem::NotSaved(vec!["甲区计划".into(), "乙区报告".into()]);
        let zh = problem(Lang::Zh, &p);
        assert!(
            zh.contains("2 份") && zh.contains("“甲区计划”、“乙区报告”"),
            "{zh}"
        );
        let many = StorageProblem::NotSaved((0..46).map(|i| format!("d{i}")).collect());
        let en = problem(Lang::En, &many);
        assert!(en.contains("46 document") && en.contains("(+36)"), "{en}");
        assert_eq!(
            aside_label(Lang::Zh, "aside/2026-12-01T08:30:00.000Z/document"),
            "一份文档 · 2026-12-01 08:30:00 UTC"
        );
        assert!(
            aside_label(Lang::En, "aside/2026-12-01T08:30:00.000Z/workspace-order")
                .starts_with("the document list")
        );
    }
}
