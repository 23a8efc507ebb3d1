//! The strings of working offline in 简体中文 and English: a new version is ready to load.

use crate::i18n::Lang;

/// What the update notice says.
pub struct OfflineText {
    pub update_ready: &'static str,
    pub reload: &'static str,
}

/// The update notice's strings in `lang`.
pub fn strings(lang: Lang) -> OfflineText {
    match lang {
        Lang::Zh => OfflineText {
            update_ready: "规划透镜有新版本。刷新页面即可使用新版本（工作区会保留）。",
            reload: "刷新",
        },
        Lang::En => OfflineText {
            update_ready:
                "A new version of PlanLens is ready. Reload to use it (the workspace is kept).",
            reload: "Reload",
        },
    }
}
