//! Every string of the interface in 简体中文 (the default) and English, and messages for the core's
//! error types. Components never hold literal UI text; they ask [`Lang::s`] or the functions here.

pub mod citation_text;
pub mod corrections_text;
pub mod offline_text;
pub mod panel_text;
pub mod reading_text;
pub mod share_text;
pub mod storage_text;
pub mod timeline_text;
pub mod worker_text;

use planlens_core::decode::DecodeError;
use planlens_core::import::ImportError;
use planlens_core::units::UnitKind;
use planlens_core::{Binding, DocKind};
use serde::{Deserialize, Serialize};

use crate::input::ingest::LoadError;
use planlens_core::formats::{docx::DocxError, pdf::PdfError, zip::ZipError};

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl From<Lang> for planlens_core::share::LinkLang {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Zh => Self::Zh,
            Lang::En => Self::En,
        }
    }
}

/// The fixed strings of one language.
pub struct Strings {
    pub html_lang: &'static str,
    pub tagline: &'static str,
    pub lang_switch: &'static str,
    pub lang_switch_label: &'static str,
    pub theme_label: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub add_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_placeholder: &'static str,
    pub add: &'static str,
    pub add_shortcut: &'static str,
    pub open_file: &'static str,
    pub drop_hint: &'static str,
    pub examples: &'static str,
    pub example_names: [&'static str; 3],
    pub documents: &'static str,
    pub no_documents: &'static str,
    pub rename: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub remove: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub undo: &'static str,
    pub dismiss: &'static str,
    pub views: &'static str,
    pub tab_tree: &'static str,
    pub tab_table: &'static str,
    pub tab_source: &'static str,
    pub tab_summary: &'static str,
    pub tab_compare: &'static str,
    pub select_hint: &'static str,
    pub targets_word: &'static str,
    pub achieved: &'static str,
    pub target_status: &'static str,
    pub no_heading: &'static str,
    pub no_targets: &'static str,
    pub no_targets_in_doc: &'static str,
    pub search: &'static str,
    pub section: &'static str,
    pub status: &'static str,
    pub tier: &'static str,
    pub unit_kind: &'static str,
    pub any: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub col_metric: &'static str,
    pub col_value: &'static str,
    pub col_unit: &'static str,
    pub col_section: &'static str,
    pub col_deadline: &'static str,
    pub col_status: &'static str,
    pub col_order: &'static str,
    pub col_year: &'static str,
    pub col_binding: &'static str,
    pub filter_binding: &'static str,
    pub filter_year: &'static str,
    pub binding_binding: &'static str,
    pub binding_expected: &'static str,
    pub binding_title_binding: &'static str,
    pub binding_title_expected: &'static str,
    pub binding_sr: &'static str,
    pub year_sr: &'static str,
    pub unstated: &'static str,
    pub no_text: &'static str,
    pub by_section: &'static str,
    pub by_status: &'static str,
    pub headline: &'static str,
    pub keys_hint: &'static str,
    pub empty_paste: &'static str,
    pub place: &'static str,
    pub year: &'static str,
    pub year_invalid: &'static str,
    pub notice_detail: &'static str,
    pub close: &'static str,
    pub compare_docs: &'static str,
    pub compare_need_two: &'static str,
    pub col_indicator: &'static str,
    pub chart_hint: &'static str,
    pub no_rows: &'static str,
    pub measure_growth: &'static str,
    pub measure_level: &'static str,
    pub measure_count: &'static str,
    pub measure_share: &'static str,
    pub doc_kind: &'static str,
    pub kind_sr: &'static str,
    pub period: &'static str,
    pub period_placeholder: &'static str,
    pub period_invalid: &'static str,
    pub place_sr: &'static str,
    pub place_title: &'static str,
    pub no_docs_of_kind: &'static str,
}

const ZH: Strings = Strings {
    html_lang: "zh-CN",
    tagline: "粘贴政府规划文本，查看其中的量化目标。全部分析在浏览器中完成。",
    lang_switch: "English",
    lang_switch_label: "切换到英文界面 / Switch to English",
    theme_label: "配色",
    theme_system: "跟随系统",
    theme_light: "浅色",
    theme_dark: "深色",
    add_heading: "添加规划",
    paste_label: "规划文本",
    paste_placeholder: "在此粘贴规划全文，例如“到2025年，单位地区生产总值能耗降低13.5%……”",
    add: "添加文档",
    add_shortcut: "快捷键：在文本框中按 Ctrl+Enter（Mac 上为 ⌘+Enter）",
    open_file: "打开文件（.txt / .docx / .html / .pdf / .json）",
    drop_hint: "或把文件拖放到页面上任意位置",
    examples: "示例",
    example_names: [
        "云溪区年度计划（三档目标）",
        "青川县政府工作报告",
        "东平区网页转载（繁体）",
    ],
    documents: "文档",
    no_documents: "尚无文档。请粘贴规划文本、打开文件或选用示例。",
    rename: "重命名",
    save: "保存",
    cancel: "取消",
    remove: "删除",
    move_up: "上移",
    move_down: "下移",
    undo: "撤销",
    dismiss: "关闭提示",
    views: "视图",
    tab_tree: "目录树",
    tab_table: "表格",
    tab_source: "原文",
    tab_summary: "概要",
    tab_compare: "对比",
    select_hint: "选择或添加一份文档以查看其目标。",
    targets_word: "个目标",
    achieved: "已完成",
    target_status: "目标",
    no_heading: "（标题之前）",
    no_targets: "没有符合条件的目标。",
    no_targets_in_doc: "这份文档中没有识别到量化目标。",
    search: "搜索",
    section: "章节",
    status: "状态",
    tier: "档次",
    unit_kind: "单位类型",
    any: "全部",
    export_csv: "导出 CSV",
    export_json: "导出 JSON",
    col_metric: "指标",
    col_value: "数值",
    col_unit: "单位",
    col_section: "章节",
    col_deadline: "期限",
    col_status: "状态",
    col_order: "序号",
    col_year: "年份",
    col_binding: "属性",
    filter_binding: "指标属性",
    filter_year: "年份",
    binding_binding: "约束性",
    binding_expected: "预期性",
    binding_title_binding: "约束性指标",
    binding_title_expected: "预期性指标",
    binding_sr: "指标属性：",
    year_sr: "年份：",
    unstated: "未标明",
    no_text: "该文档未包含原文（导出时未附带文本）。",
    by_section: "按章节",
    by_status: "按状态",
    headline: "主要指标",
    keys_hint: "快捷键：j / k 或 ↓ / ↑ 在目标间移动。",
    empty_paste: "粘贴的文本为空：请先粘贴规划全文。",
    place: "地区",
    year: "年份",
    year_invalid: "年份应为 1900 至 2100 之间的数字（如 2025），或留空。尚未保存。",
    notice_detail: "详情",
    close: "关闭",
    compare_docs: "参与对比的文档",
    compare_need_two: "请至少选择两份文档进行对比。",
    col_indicator: "指标",
    chart_hint: "选择一行（单击或回车）以绘制该指标的图表。",
    no_rows: "没有符合条件的指标。",
    measure_growth: "增速",
    measure_level: "总量",
    measure_count: "数量",
    measure_share: "比率",
    doc_kind: "类型",
    kind_sr: "文档类型：",
    period: "规划期",
    period_placeholder: "规划期，如 2021—2025",
    period_invalid:
        "规划期应为两个 1900 至 2100 之间的年份（如 2021—2025），前者不晚于后者，或留空。尚未保存。",
    place_sr: "所属地区：",
    place_title: "该数值所属的地区（不同于文档的地区）",
    no_docs_of_kind: "没有这一类型的文档。",
};

const EN: Strings = Strings {
    html_lang: "en",
    tagline: "Paste a Chinese government plan and see its quantitative targets. Everything runs in your browser.",
    lang_switch: "中文",
    lang_switch_label: "切换到中文界面 / Switch to Chinese",
    theme_label: "Theme",
    theme_system: "System",
    theme_light: "Light",
    theme_dark: "Dark",
    add_heading: "Add a plan",
    paste_label: "Plan text",
    paste_placeholder: "Paste the full text of a plan here, e.g. “到2025年，单位地区生产总值能耗降低13.5%……”",
    add: "Add document",
    add_shortcut: "Shortcut: Ctrl+Enter in the text box (⌘+Enter on a Mac)",
    open_file: "Open a file (.txt / .docx / .html / .pdf / .json)",
    drop_hint: "or drop files anywhere on the page",
    examples: "Examples",
    example_names: ["Yunxi district plan (tiers)", "Qingchuan county report", "Dongping web copy (Traditional)"],
    documents: "Documents",
    no_documents: "No documents yet. Paste a plan, open a file or pick an example.",
    rename: "Rename",
    save: "Save",
    cancel: "Cancel",
    remove: "Remove",
    move_up: "Move up",
    move_down: "Move down",
    undo: "Undo",
    dismiss: "Dismiss",
    views: "Views",
    tab_tree: "Tree",
    tab_table: "Table",
    tab_source: "Source",
    tab_summary: "Summary",
    tab_compare: "Compare",
    select_hint: "Select or add a document to see its targets.",
    targets_word: "targets",
    achieved: "Achieved",
    target_status: "Target",
    no_heading: "(before the first heading)",
    no_targets: "No targets match.",
    no_targets_in_doc: "No quantitative targets were found in this document.",
    search: "Search",
    section: "Section",
    status: "Status",
    tier: "Tier",
    unit_kind: "Unit kind",
    any: "All",
    export_csv: "Export CSV",
    export_json: "Export JSON",
    col_metric: "Indicator",
    col_value: "Value",
    col_unit: "Unit",
    col_section: "Section",
    col_deadline: "Deadline",
    col_status: "Status",
    col_order: "No.",
    col_year: "Year",
    col_binding: "Binding",
    filter_binding: "Binding",
    filter_year: "Year",
    binding_binding: "binding",
    binding_expected: "expected",
    binding_title_binding: "binding indicator (约束性)",
    binding_title_expected: "expected indicator (预期性)",
    binding_sr: "indicator: ",
    year_sr: "year: ",
    unstated: "not stated",
    no_text: "This document carries no text (it was exported without it).",
    by_section: "By section",
    by_status: "By status",
    headline: "Headline indicators",
    keys_hint: "Keys: j / k or ↓ / ↑ move between targets.",
    empty_paste: "The pasted text is empty: paste the plan's text first.",
    place: "Place",
    year: "Year",
    year_invalid: "The year must be a number from 1900 to 2100 (e.g. 2025), or blank. Nothing was saved yet.",
    notice_detail: "Detail",
    close: "Close",
    compare_docs: "Documents to compare",
    compare_need_two: "Choose at least two documents to compare.",
    col_indicator: "Indicator",
    chart_hint: "Select a row (click or Enter) to chart that indicator.",
    no_rows: "No indicators match.",
    measure_growth: "growth",
    measure_level: "level",
    measure_count: "count",
    measure_share: "share",
    doc_kind: "Kind",
    kind_sr: "document kind: ",
    period: "Period",
    period_placeholder: "Period, e.g. 2021—2025",
    period_invalid: "The period must be two years from 1900 to 2100 (e.g. 2021—2025), the first not after the second, or blank. Nothing was saved yet.",
    place_sr: "place: ",
    place_title: "the place this value is for (not the document's)",
    no_docs_of_kind: "No documents of this kind.",
};

impl Lang {
    /// The fixed strings of this language.
    pub fn s(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The word after a count of targets: `个目标`, `target` or `targets`.
    pub fn targets_word(self, n: usize) -> &'static str {
        match self {
            Lang::En if n == 1 => "target",
            _ => self.s().targets_word,
        }
    }

    /// A target's value as a chip: the core's Chinese chip (`6%左右`), and in English the same with
    /// `≈` for 左右 (`≈6%`); units stay as the plan writes them.
    pub fn value_chip(self, t: &planlens_core::Target) -> String {
        use planlens_core::{present, Comparator};
        match (self, t.comparator) {
            (Lang::En, Comparator::Approx) => {
                format!("≈{}{}", present::number(t.value), t.unit)
            }
            _ => present::value_chip(t),
        }
    }

    /// `12 个目标` / `12 targets`.
    pub fn n_targets(self, n: usize) -> String {
        match self {
            Lang::Zh => format!("{n} 个目标"),
            Lang::En if n == 1 => "1 target".to_string(),
            Lang::En => format!("{n} targets"),
        }
    }

    /// Live preview of the text being pasted.
    pub fn preview(self, chars: usize, targets: usize) -> String {
        match self {
            Lang::Zh => format!("{chars} 字 · 识别到 {targets} 个目标"),
            Lang::En => format!("{chars} characters · {targets} targets found"),
        }
    }

    /// The undo toast: the last removed document, and how many removals undo can bring back.
    pub fn removed(self, title: &str, count: usize) -> String {
        match (self, count) {
            (Lang::Zh, 0 | 1) => format!("已删除“{title}”。"),
            (Lang::Zh, n) => format!("已删除“{title}”（可依次撤销 {n} 次删除）。"),
            (Lang::En, 0 | 1) => format!("Removed “{title}”."),
            (Lang::En, n) => format!("Removed “{title}” ({n} removals can be undone, last first)."),
        }
    }

    /// The name of the `n`th pasted document.
    pub fn pasted_name(self, n: u32) -> String {
        match self {
            Lang::Zh => format!("粘贴文本 {n}"),
            Lang::En => format!("Pasted text {n}"),
        }
    }

    /// The theme switch: `配色：跟随系统` / `Theme: System` (each language's own colon).
    pub fn theme_button(self, theme: Theme) -> String {
        let s = self.s();
        match self {
            Lang::Zh => format!("{}：{}", s.theme_label, theme.label(self)),
            Lang::En => format!("{}: {}", s.theme_label, theme.label(self)),
        }
    }

    /// The note after adding documents whose text was already open (`skipped` of them, matching
    /// the open documents `titles`); `some_added` when others of the same action were added.
    pub fn duplicates(self, titles: &[String], skipped: usize, some_added: bool) -> String {
        let quoted = |sep: &str| {
            titles
                .iter()
                .map(|t| format!("“{t}”"))
                .collect::<Vec<_>>()
                .join(sep)
        };
        match (self, skipped, some_added) {
            (Lang::Zh, 1, false) => {
                format!("已有相同文本的文档：{}。已选中它，没有重复添加。", quoted("、"))
            }
            (Lang::Zh, n, _) => format!(
                "跳过了 {n} 份与已有文档文本相同的文档（{}），没有重复添加。",
                quoted("、")
            ),
            (Lang::En, 1, false) => format!(
                "A document with the same text is already open: {}. It is selected; nothing was added twice.",
                quoted(", ")
            ),
            (Lang::En, 1, true) => format!(
                "Skipped 1 document with the same text as one already open ({}); nothing was added twice.",
                quoted(", ")
            ),
            (Lang::En, n, _) => format!(
                "Skipped {n} documents with the same text as documents already open ({}); nothing was added twice.",
                quoted(", ")
            ),
        }
    }

    /// A pasted text held aside, not shown in the box (it is too long to show well).
    pub fn held_draft(self, chars: usize) -> String {
        match self {
            Lang::Zh => format!("已粘贴 {chars} 字：文本很长，不在框中显示，可直接添加。"),
            Lang::En => {
                format!("{chars} characters pasted: too long to show in the box; add it as it is.")
            }
        }
    }

    /// The button that drops a held paste.
    pub fn held_clear(self) -> &'static str {
        match self {
            Lang::Zh => "清除",
            Lang::En => "Clear",
        }
    }

    /// A paste over [`crate::input::ingest::MAX_TEXT_BYTES`]: said instead of analysing it.
    pub fn paste_too_large(self, bytes: u64) -> String {
        let (mb, max) = (megabytes(bytes), max_megabytes());
        match self {
            Lang::Zh => format!("粘贴的文本过大（{mb} MB），最多可分析 {max} MB：请分成几部分分别粘贴。"),
            Lang::En => format!("The pasted text is too large ({mb} MB); at most {max} MB can be analysed. Paste it in parts."),
        }
    }

    /// A category's name in this language.
    pub fn category(self, c: planlens_core::lexicon::Category) -> &'static str {
        use planlens_core::lexicon::Category::*;
        match self {
            Lang::Zh => c.into(),
            Lang::En => match c {
                经济总量 => "Economic output",
                工业 => "Industry",
                投资 => "Investment",
                消费 => "Consumption and prices",
                财政 => "Public finance",
                开放 => "Trade and foreign capital",
                创新 => "Innovation",
                就业 => "Employment",
                收入 => "Income",
                教育 => "Education",
                卫生 => "Health",
                养老托育 => "Elderly and child care",
                生态环境 => "Environment",
                城乡建设 => "Urban and rural construction",
                农业 => "Agriculture",
                文旅 => "Culture and tourism",
                市场主体 => "Business",
                安全 => "Safety",
                党建 => "Party building",
                其他 => "Other",
            },
        }
    }

    pub fn measure(self, m: planlens_core::lexicon::Measure) -> &'static str {
        use planlens_core::lexicon::Measure;
        let s = self.s();
        match m {
            Measure::Growth => s.measure_growth,
            Measure::Level => s.measure_level,
            Measure::Count => s.measure_count,
            Measure::Share => s.measure_share,
        }
    }

    /// The year a value is for, as its chip shows it (`2025年`, `2025`).
    pub fn year_chip(self, year: u32) -> String {
        match self {
            Lang::Zh => planlens_core::present::year_chip(year),
            Lang::En => year.to_string(),
        }
    }

    /// 约束性 / 预期性 in this language (`binding` / `expected` in English).
    pub fn binding(self, b: Binding) -> &'static str {
        match b {
            Binding::Binding => self.s().binding_binding,
            Binding::Expected => self.s().binding_expected,
        }
    }

    /// What a binding badge's tooltip says (the English one names the Chinese term).
    pub fn binding_title(self, b: Binding) -> &'static str {
        match b {
            Binding::Binding => self.s().binding_title_binding,
            Binding::Expected => self.s().binding_title_expected,
        }
    }

    /// A document kind's name (`五年规划` / `five-year plan`).
    pub fn kind(self, k: DocKind) -> &'static str {
        match (self, k) {
            (Lang::Zh, k) => planlens_core::present::kind_word(k),
            (Lang::En, DocKind::WorkReport) => "work report",
            (Lang::En, DocKind::AnnualPlan) => "annual plan",
            (Lang::En, DocKind::FiveYearPlan) => "five-year plan",
            (Lang::En, DocKind::SectorPlan) => "sector plan",
            (Lang::En, DocKind::WorkPoints) => "work plan",
            (Lang::En, DocKind::Livelihood) => "livelihood projects",
        }
    }

    /// What a kind badge's tooltip says: what the kind covers (the English one names the Chinese).
    pub fn kind_title(self, k: DocKind) -> &'static str {
        match (self, k) {
            (Lang::Zh, DocKind::WorkReport) => "政府工作报告",
            (Lang::Zh, DocKind::AnnualPlan) => "国民经济和社会发展年度计划（含执行情况）",
            (Lang::Zh, DocKind::FiveYearPlan) => "国民经济和社会发展五年规划（纲要）",
            (Lang::Zh, DocKind::SectorPlan) => "专项规划（如教育、生态环境保护规划）",
            (Lang::Zh, DocKind::WorkPoints) => "工作要点、工作计划或实施方案",
            (Lang::Zh, DocKind::Livelihood) => "民生实事项目",
            (Lang::En, DocKind::WorkReport) => "government work report (政府工作报告)",
            (Lang::En, DocKind::AnnualPlan) => {
                "annual economic and social development plan (国民经济和社会发展计划)"
            }
            (Lang::En, DocKind::FiveYearPlan) => "five-year plan (五年规划)",
            (Lang::En, DocKind::SectorPlan) => "sector plan (专项规划)",
            (Lang::En, DocKind::WorkPoints) => {
                "work points, work plan or implementation plan (工作要点 / 工作计划 / 实施方案)"
            }
            (Lang::En, DocKind::Livelihood) => "livelihood projects (民生实事)",
        }
    }

    /// The years a multi-year plan covers (`2021—2025年` / `2021–2025`).
    pub fn period_chip(self, [from, to]: [u32; 2]) -> String {
        match self {
            Lang::Zh => format!("{}年", planlens_core::present::period_chip([from, to])),
            Lang::En => format!("{from}–{to}"),
        }
    }

    /// A kind filter's option: the kind and how many documents are of it.
    pub fn kind_option(self, label: &str, n: usize) -> String {
        match self {
            Lang::Zh => format!("{label}（{n}）"),
            Lang::En => format!("{label} ({n})"),
        }
    }

    /// How many documents the list shows of how many.
    pub fn docs_shown(self, shown: usize, total: usize) -> String {
        match self {
            Lang::Zh => format!("显示 {shown} / {total} 份文档"),
            Lang::En => format!("{shown} of {total} documents"),
        }
    }

    /// How many rows the table shows of how many.
    pub fn rows_shown(self, shown: usize, total: usize) -> String {
        match self {
            Lang::Zh => format!("显示 {shown} / {total} 个目标"),
            Lang::En => format!("{shown} of {total} targets"),
        }
    }

    pub fn unit_kind(self, k: UnitKind) -> &'static str {
        let zh = self == Lang::Zh;
        match k {
            UnitKind::Percent => {
                if zh {
                    "百分比"
                } else {
                    "percent"
                }
            }
            UnitKind::Money => {
                if zh {
                    "金额"
                } else {
                    "money"
                }
            }
            UnitKind::Measure => {
                if zh {
                    "计量"
                } else {
                    "measure"
                }
            }
            UnitKind::Count => {
                if zh {
                    "数量"
                } else {
                    "count"
                }
            }
            UnitKind::Time => {
                if zh {
                    "时间"
                } else {
                    "time"
                }
            }
            UnitKind::Multiple => {
                if zh {
                    "倍数"
                } else {
                    "multiple"
                }
            }
        }
    }

    /// A file that could not be added, named, with what is wrong with it.
    pub fn load_error(self, file: &str, e: &LoadError) -> String {
        let what = match e {
            LoadError::Import(e) => self.import_error(e),
            LoadError::Decode(e) => self.decode_error(e),
            LoadError::Docx(e) => self.docx_error(e),
            LoadError::OldWord { kind } => old_word(self, kind),
            LoadError::Pdf(e) => self.pdf_error(e),
            LoadError::NoDocuments => match self {
                Lang::Zh => "PlanLens 文件中没有文档".to_string(),
                Lang::En => "the PlanLens file holds no documents".to_string(),
            },
            LoadError::TooLarge { bytes, max } => {
                let (mb, max) = (megabytes(*bytes), max / 1024 / 1024);
                match self {
                    Lang::Zh => format!("文件过大（{mb} MB），最多可读取 {max} MB"),
                    Lang::En => format!("the file is too large ({mb} MB); at most {max} MB can be read"),
                }
            }
            LoadError::Unreadable => match self {
                Lang::Zh => "浏览器无法读取该文件（可能已被移动或没有读取权限）".to_string(),
                Lang::En => "the browser could not read it (it may have moved, or reading it is not allowed)".to_string(),
            },
        };
        match self {
            Lang::Zh => format!("无法读取“{file}”：{what}。工作区未改动。"),
            Lang::En => format!("Could not read “{file}”: {what}. The workspace is unchanged."),
        }
    }

    fn import_error(self, e: &ImportError) -> String {
        match (self, e) {
            (Lang::Zh, ImportError::NotJson { line, column }) => {
                format!("不是有效的 JSON（第 {line} 行第 {column} 列出错）")
            }
            (Lang::Zh, ImportError::NotAnExport) => {
                "是 JSON，但不是 PlanLens 文件（缺少 \"version\" 和 \"documents\"）".to_string()
            }
            (Lang::Zh, ImportError::UnsupportedVersion { found }) => format!(
                "不支持 PlanLens 格式版本 {found}（本程序读取版本 {}）",
                planlens_core::FORMAT_VERSION
            ),
            (Lang::Zh, ImportError::BadField { detail }) => format!("字段缺失或无效：{detail}"),
            (Lang::Zh, ImportError::Inconsistent { document, detail }) => {
                format!("第 {} 个文档内容不一致：{detail}", document + 1)
            }
            (Lang::Zh, ImportError::TooManyDocuments { found, max }) => {
                format!("文件中有 {found} 份文档，一次最多读取 {max} 份")
            }
            (Lang::En, ImportError::NotJson { line, column }) => {
                format!("not JSON (line {line}, column {column})")
            }
            (Lang::En, ImportError::NotAnExport) => {
                "JSON, but not a PlanLens file (no \"version\" and \"documents\")".to_string()
            }
            (Lang::En, ImportError::UnsupportedVersion { found }) => format!(
                "PlanLens format version {found} is not supported (this version reads {})",
                planlens_core::FORMAT_VERSION
            ),
            (Lang::En, ImportError::BadField { detail }) => {
                format!("missing or invalid field: {detail}")
            }
            (Lang::En, ImportError::Inconsistent { document, detail }) => {
                format!("document {}: {detail}", document + 1)
            }
            (Lang::En, ImportError::TooManyDocuments { found, max }) => {
                format!("the file holds {found} documents; PlanLens reads at most {max} at a time")
            }
        }
    }

    /// Every way the core can fail to read bytes as text, in both languages (matched
    /// exhaustively: a new kind of failure must get its own message here).
    /// A `.docx` that could not be read: its archive damaged, or not a Word document.
    fn pdf_error(self, e: &PdfError) -> String {
        match (self, e) {
            (Lang::Zh, PdfError::Encrypted) => {
                "PDF 已加密（需要密码才能打开）：请先去除密码，或复制其中的文字粘贴进来".to_string()
            }
            (Lang::En, PdfError::Encrypted) => {
                "the PDF is encrypted (it needs a password): remove the password, or copy its text and paste it".to_string()
            }
            (Lang::Zh, PdfError::NoText) => {
                "PDF 中没有文字层，应是扫描的图片：不支持扫描件（不做文字识别）".to_string()
            }
            (Lang::En, PdfError::NoText) => {
                "the PDF has no text layer: scanned images are not supported (no OCR)".to_string()
            }
            (Lang::Zh, PdfError::Damaged(why)) => {
                format!("PDF 已损坏或不完整（{why}）：请重新下载后再打开")
            }
            (Lang::En, PdfError::Damaged(why)) => {
                format!("the PDF is damaged or truncated ({why}): download it again")
            }
            (Lang::Zh, PdfError::NoReader(why)) => format!("PDF 阅读组件未能加载（{why}）"),
            (Lang::En, PdfError::NoReader(why)) => {
                format!("the PDF reader could not be loaded ({why})")
            }
        }
    }

    fn docx_error(self, e: &DocxError) -> String {
        let zh = self == Lang::Zh;
        match e {
            DocxError::NotWord => if zh {
                "这是一个压缩包，但不是 Word 文档（其中没有 word/document.xml）"
            } else {
                "it is a zip archive but not a Word document (it has no word/document.xml)"
            }
            .to_string(),
            DocxError::Zip(ZipError::TooLarge { max }) => {
                let mb = max / 1024 / 1024;
                if zh {
                    format!("Word 文档解压后超过 {mb} MB，无法读取")
                } else {
                    format!("the Word document unpacks to more than {mb} MB, too large to read")
                }
            }
            DocxError::Zip(ZipError::Unsupported(what)) => {
                if zh {
                    format!("Word 文档使用了不支持的压缩方式（{what}）：请在 Word 或 WPS 中另存为 .docx 后再打开")
                } else {
                    format!("the Word document is packed in a way PlanLens does not read ({what}): save it again as .docx in Word or WPS")
                }
            }
            DocxError::Zip(_) => if zh {
                "Word 文档已损坏（压缩包不完整或有错误）：请重新下载，或在 Word 或 WPS 中另存为 .docx 后再打开"
            } else {
                "the Word document is damaged (its zip archive is incomplete or corrupt): download it again, or save it again as .docx in Word or WPS"
            }
            .to_string(),
        }
    }

    fn decode_error(self, e: &DecodeError) -> String {
        let zh = self == Lang::Zh;
        match e {
            DecodeError::Empty => if zh {
                "文件是空的（没有文字）"
            } else {
                "the file is empty (it holds no text)"
            }
            .to_string(),
            DecodeError::NotText { kind } => not_text(self, kind),
            DecodeError::Binary { offset } => {
                if zh {
                    format!("不是文本文件，而是二进制数据（第 {offset} 字节为 NUL）：请打开原文件，复制其中的文字后粘贴到这里")
                } else {
                    format!("it is not a text file but binary data (NUL byte at offset {offset}): open the original, copy its text and paste it here")
                }
            }
            DecodeError::Undecodable { offset } => {
                if zh {
                    format!("文本编码无法识别：既不是 UTF-8（第 {offset} 字节出错），也不是 UTF-16 或 GB18030/GBK。请用文本编辑器另存为 UTF-8 后再打开，或复制文字后粘贴")
                } else {
                    format!("its encoding is not recognised: not UTF-8 (bad byte at offset {offset}), UTF-16 or GB18030/GBK. Save it as UTF-8 in a text editor, or copy its text and paste it")
                }
            }
        }
    }
}

/// An old binary Word (`doc`) or WPS (`wps`) file: what it is, and to save it as `.docx` or PDF.
fn old_word(lang: Lang, kind: &str) -> String {
    let (zh, en) = if kind == "wps" {
        ("WPS 文字", "WPS Writer")
    } else {
        ("Word 97–2003", "Word 97–2003")
    };
    match lang {
        Lang::Zh => format!("这是旧格式的 {zh} 文件（.{kind}），PlanLens 无法直接读取：请在 Word 或 WPS 中“另存为” .docx 或 PDF 后再打开"),
        Lang::En => format!("it is an old-format {en} file (.{kind}), which PlanLens cannot read: use “Save as” in Word or WPS to make a .docx or PDF, and open that"),
    }
}

/// A file of a known non-text kind (the core's names: `PDF`, `Word`, `PNG` …): what it is, and
/// how to get its text into PlanLens.
fn not_text(lang: Lang, kind: &str) -> String {
    let zh = lang == Lang::Zh;
    let (name_zh, name_en, how) = match kind {
        "PDF" => ("PDF", "a PDF", Hint::Copy),
        "Word" => ("Word 文档", "a Word document", Hint::Copy),
        "Excel" => ("Excel 表格", "an Excel workbook", Hint::Copy),
        "PowerPoint" => (
            "PowerPoint 演示文稿",
            "a PowerPoint presentation",
            Hint::Copy,
        ),
        "OpenDocument" => ("OpenDocument 文档", "an OpenDocument file", Hint::Copy),
        "Office" => ("Office 文档", "an Office document", Hint::Copy),
        "RTF" => ("RTF 文档", "an RTF document", Hint::Copy),
        "PNG" | "JPEG" | "GIF" | "WebP" => ("图片", "a picture", Hint::Ocr),
        "ZIP" | "gzip" | "7z" => ("压缩包", "an archive", Hint::Unpack),
        _ => (kind, kind, Hint::Copy),
    };
    // the core's name too, unless the description already says it (`Word 文档`)
    let (zh_kind, en_kind) = (
        if name_zh.contains(kind) {
            String::new()
        } else {
            format!("，{kind}")
        },
        if name_en.contains(kind) {
            String::new()
        } else {
            format!(" ({kind})")
        },
    );
    match (zh, how) {
        (true, Hint::Copy) => format!("不是文本文件（{name_zh}{zh_kind}）：请用相应软件打开它，复制其中的文字后粘贴到这里"),
        (true, Hint::Ocr) => format!("不是文本文件（{name_zh}{zh_kind}）：PlanLens 只读取文字，请先用文字识别（OCR）取出其中的文字后粘贴"),
        (true, Hint::Unpack) => format!("不是文本文件（{name_zh}{zh_kind}）：请先解压，再打开其中的 .txt、.docx、.html 或 .json 文件"),
        (false, Hint::Copy) => format!("it is not a text file but {name_en}{en_kind}: open it, copy its text and paste it here"),
        (false, Hint::Ocr) => format!("it is not a text file but {name_en}{en_kind}; PlanLens reads text only: take the text out with OCR, then paste it"),
        (false, Hint::Unpack) => format!("it is not a text file but {name_en}{en_kind}: unpack it, then open the .txt, .docx, .html or .json files inside"),
    }
}

/// How to get the text out of a file that is not text.
#[derive(Clone, Copy)]
enum Hint {
    Copy,
    Ocr,
    Unpack,
}

/// `bytes` in MB with one decimal (`25.3`).
fn megabytes(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

/// The size limit in whole MB (`20`).
fn max_megabytes() -> usize {
    crate::input::ingest::MAX_TEXT_BYTES / 1024 / 1024
}

/// Colour scheme: follow the system, or fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// The next theme in the switch's cycle.
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Theme::System => lang.s().theme_system,
            Theme::Light => lang.s().theme_light,
            Theme::Dark => lang.s().theme_dark,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_failures_name_the_file_and_the_reason() {
        let cases = [
            (PdfError::Encrypted, "加密", "encrypted"),
            (
                PdfError::NoText,
                "不支持扫描件",
                "scanned images are not supported",
            ),
            (PdfError::Damaged("xref".into()), "损坏", "damaged"),
        ];
        for (e, zh, en) in cases {
            let e = LoadError::Pdf(e);
            let (z, n) = (
                Lang::Zh.load_error("规划.pdf", &e),
                Lang::En.load_error("规划.pdf", &e),
            );
            assert!(
                z.contains("“规划.pdf”") && z.contains(zh) && z.contains("工作区未改动"),
                "{z}"
            );
            assert!(
                n.contains("“规划.pdf”") && n.contains(en) && n.contains("unchanged"),
                "{n}"
            );
        }
    }

    #[test]
    fn both_languages_name_the_problem() {
        let e = LoadError::Import(ImportError::UnsupportedVersion { found: "2".into() });
        assert!(Lang::Zh.load_error("a.json", &e).contains("版本 2"));
        assert!(Lang::En.load_error("a.json", &e).contains("version 2"));
        let e = LoadError::Decode(DecodeError::Binary { offset: 3 });
        assert!(Lang::Zh.load_error("x.png", &e).contains("二进制"));
        // an old Word or WPS file: named, with what to save it as
        for (kind, zh, en) in [
            ("doc", "Word 97", "Word 97"),
            ("wps", "WPS 文字", "WPS Writer"),
        ] {
            let e = LoadError::OldWord { kind };
            let (z, n) = (
                Lang::Zh.load_error("规划.x", &e),
                Lang::En.load_error("规划.x", &e),
            );
            assert!(
                z.contains("“规划.x”") && z.contains(zh) && z.contains(".docx 或 PDF"),
                "{z}"
            );
            assert!(
                n.contains("“规划.x”") && n.contains(en) && n.contains(".docx or PDF"),
                "{n}"
            );
        }
        let damaged = LoadError::Docx(DocxError::Zip(ZipError::NotZip));
        assert!(Lang::Zh.load_error("a.docx", &damaged).contains("已损坏"));
        assert!(Lang::En.load_error("a.docx", &damaged).contains("damaged"));
        let foreign = LoadError::Docx(DocxError::NotWord);
        assert!(Lang::En
            .load_error("a.docx", &foreign)
            .contains("not a Word document"));
        assert_eq!(Lang::En.n_targets(1), "1 target");
        assert_eq!(
            [1, 2].map(|n| Lang::En.targets_word(n)),
            ["target", "targets"]
        );
        assert_eq!(Lang::Zh.targets_word(1), "个目标");
        use planlens_core::lexicon::Category;
        assert_eq!(Lang::Zh.category(Category::养老托育), "养老托育");
        // 左右 is Chinese: the English chip says ≈
        let d = planlens_core::analyse(
            "p.txt",
            "一、目标\n地区生产总值增长6%左右，新增就业1万人以上。",
        );
        let chips = |l: Lang| {
            d.targets
                .iter()
                .map(|t| l.value_chip(t))
                .collect::<Vec<_>>()
        };
        assert_eq!(chips(Lang::Zh), ["6%左右", "≥1万人"]);
        assert_eq!(chips(Lang::En), ["≈6%", "≥1万人"]);
        assert_eq!(
            Lang::En.category(Category::养老托育),
            "Elderly and child care"
        );
        assert_eq!(Lang::Zh.other(), Lang::En);
        assert_eq!(Theme::Dark.next(), Theme::System);
    }

    #[test]
    fn every_decode_error_is_explained_in_both_languages() {
        for e in [
            DecodeError::Empty,
            DecodeError::NotText { kind: "PDF" },
            DecodeError::NotText { kind: "Word" },
            DecodeError::NotText { kind: "PNG" },
            DecodeError::NotText { kind: "ZIP" },
            DecodeError::Binary { offset: 7 },
            DecodeError::Undecodable { offset: 9 },
        ] {
            let zh = Lang::Zh.load_error("a.pdf", &LoadError::Decode(e.clone()));
            let en = Lang::En.load_error("a.pdf", &LoadError::Decode(e.clone()));
            assert!(
                zh.contains("“a.pdf”") && zh.contains("工作区未改动"),
                "{zh}"
            );
            assert!(en.contains("“a.pdf”") && en.contains("unchanged"), "{en}");
            assert_ne!(
                en,
                format!("Could not read “a.pdf”: {e}. The workspace is unchanged.")
            );
            assert!(!zh.contains("offset") && !zh.contains("text"), "{zh}");
        }
        let not_text = |lang: Lang, kind| {
            lang.load_error("a", &LoadError::Decode(DecodeError::NotText { kind }))
        };
        assert_eq!(
            not_text(Lang::Zh, "PDF"),
            "无法读取“a”：不是文本文件（PDF）：请用相应软件打开它，复制其中的文字后粘贴到这里。工作区未改动。"
        );
        assert!(not_text(Lang::Zh, "Word").contains("（Word 文档）"));
        assert!(not_text(Lang::Zh, "JPEG").contains("（图片，JPEG）：PlanLens 只读取文字"));
        assert!(not_text(Lang::En, "PDF").contains("but a PDF: open it"));
        assert!(not_text(Lang::En, "Word").contains("a Word document: open it, copy its text"));
        assert!(not_text(Lang::En, "7z").contains("unpack it"));
    }

    #[test]
    fn english_speaks_english_punctuation_and_words() {
        assert_eq!(Lang::En.theme_button(Theme::System), "Theme: System");
        assert_eq!(Lang::Zh.theme_button(Theme::Dark), "配色：深色");
        // status words are words, not the codes the data uses
        assert_ne!(Lang::En.s().achieved, "achieved");
        assert_ne!(Lang::En.s().target_status, "target");
        assert_ne!(Lang::Zh.s().no_targets_in_doc, Lang::Zh.s().no_targets);
    }

    #[test]
    fn kinds_and_periods_in_both_languages() {
        for k in planlens_core::table::DOC_KINDS {
            for lang in [Lang::Zh, Lang::En] {
                assert!(!lang.kind(k).is_empty() && !lang.kind_title(k).is_empty());
            }
            assert_ne!(Lang::Zh.kind(k), Lang::En.kind(k));
            assert!(
                Lang::En.kind_title(k).contains('('),
                "names the Chinese term"
            );
        }
        assert_eq!(Lang::Zh.kind(DocKind::WorkReport), "政府工作报告");
        assert_eq!(Lang::En.kind(DocKind::FiveYearPlan), "five-year plan");
        assert_eq!(Lang::Zh.period_chip([2021, 2025]), "2021—2025年");
        assert_eq!(Lang::En.period_chip([2021, 2025]), "2021–2025");
        assert_eq!(Lang::Zh.docs_shown(1, 3), "显示 1 / 3 份文档");
        assert_eq!(Lang::En.kind_option("work report", 2), "work report (2)");
    }

    #[test]
    fn size_and_duplicate_messages() {
        let e = LoadError::TooLarge {
            bytes: 25 * 1024 * 1024,
            max: crate::input::ingest::MAX_TEXT_BYTES,
        };
        assert!(Lang::Zh.load_error("big.txt", &e).contains("25.0 MB"));
        assert!(Lang::En.load_error("big.txt", &e).contains("at most 20 MB"));
        assert!(Lang::Zh
            .paste_too_large(21 * 1024 * 1024)
            .contains("最多可分析 20 MB"));
        let one = Lang::Zh.duplicates(&["甲".into()], 1, false);
        assert!(one.starts_with("已有相同文本的文档：“甲”"), "{one}");
        assert!(Lang::En
            .duplicates(&["A".into(), "B".into()], 3, true)
            .contains("Skipped 3"));
        assert_eq!(Lang::Zh.removed("甲", 1), "已删除“甲”。");
        assert!(Lang::En.removed("A", 3).contains("3 removals"));
    }
}
