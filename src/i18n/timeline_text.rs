//! The strings of the timeline tab (milestones and dated targets on a month axis) in 简体中文 and
//! English, and how a due day and a month are written in each.

use crate::i18n::Lang;
use planlens_core::milestones::timeline::Month;
use planlens_core::milestones::when::Day;

/// What the timeline tab says.
pub struct TimelineText {
    pub tab: &'static str,
    pub empty: &'static str,
    pub chart_label: &'static str,
    pub per_month: &'static str,
    pub month: &'static str,
    pub count: &'static str,
    pub all_months: &'static str,
    pub all_documents: &'static str,
    pub filter_month: &'static str,
    pub filter_document: &'static str,
    pub undated: &'static str,
    pub milestone: &'static str,
    pub dated_target: &'static str,
    pub mark: &'static str,
    pub unmarked: &'static str,
    pub done: &'static str,
    pub not_done: &'static str,
    pub note: &'static str,
    pub note_placeholder: &'static str,
    pub today: &'static str,
    pub overdue: &'static str,
    pub show_target: &'static str,
    /// The button that opens a milestone's sentence in the source.
    pub show_source: &'static str,
    pub download_csv: &'static str,
    pub download_ics: &'static str,
    pub no_section: &'static str,
}

/// The timeline's strings in `lang`.
pub fn strings(lang: Lang) -> &'static TimelineText {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

static ZH: TimelineText = TimelineText {
    tab: "时间表",
    empty: "所选文件中没有带时限的事项（如“6月底前建成投用”）。",
    chart_label: "各月到期事项数",
    per_month: "各月到期事项",
    month: "月份",
    count: "事项数",
    all_months: "全部月份",
    all_documents: "全部文件",
    filter_month: "按月份筛选",
    filter_document: "按文件筛选",
    undated: "未定日期",
    milestone: "节点",
    dated_target: "目标",
    mark: "进展",
    unmarked: "未标记",
    done: "已完成",
    not_done: "未完成",
    note: "备注",
    note_placeholder: "备注（保存在工作区中）",
    today: "今天",
    overdue: "已过期",
    show_target: "查看目标",
    show_source: "查看原文",
    download_csv: "下载节点 CSV",
    download_ics: "导出日历（.ics）",
    no_section: "（无标题）",
};

static EN: TimelineText = TimelineText {
    tab: "Timeline",
    empty: "The chosen documents have nothing with a time limit (such as 6月底前建成投用).",
    chart_label: "Items due per month",
    per_month: "Items due per month",
    month: "Month",
    count: "Items",
    all_months: "All months",
    all_documents: "All documents",
    filter_month: "Filter by month",
    filter_document: "Filter by document",
    undated: "No date",
    milestone: "Milestone",
    dated_target: "Target",
    mark: "Progress",
    unmarked: "Not marked",
    done: "Done",
    not_done: "Not done",
    note: "Note",
    note_placeholder: "Note (kept in the workspace)",
    today: "Today",
    overdue: "Overdue",
    show_target: "Show target",
    show_source: "Show in source",
    download_csv: "Download milestones (CSV)",
    download_ics: "Export calendar (.ics)",
    no_section: "(no heading)",
};

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A month as the axis labels it: `6月` / `Jun`, with the year in January and at the start.
pub fn month_label(lang: Lang, m: Month, with_year: bool) -> String {
    match (lang, with_year) {
        (Lang::Zh, true) => format!("{}年{}月", m.year, m.month),
        (Lang::Zh, false) => format!("{}月", m.month),
        (Lang::En, true) => format!("{} {}", MONTHS_EN[usize::from(m.month - 1)], m.year),
        (Lang::En, false) => MONTHS_EN[usize::from(m.month - 1)].to_string(),
    }
}

/// A due day: `2024年6月30日` / `30 Jun 2024`; a period `2024年4月1日—6月30日` / `1 Apr – 30 Jun 2024`.
pub fn due_label(lang: Lang, from: Option<Day>, by: Day) -> String {
    let day = |d: Day| match lang {
        Lang::Zh => format!("{}年{}月{}日", d.year, d.month, d.day),
        Lang::En => format!(
            "{} {} {}",
            d.day,
            MONTHS_EN[usize::from(d.month - 1)],
            d.year
        ),
    };
    match from.filter(|f| *f != by) {
        None => day(by),
        Some(f) => match lang {
            Lang::Zh if f.year == by.year => format!("{}—{}月{}日", day(f), by.month, by.day),
            Lang::Zh => format!("{}—{}", day(f), day(by)),
            Lang::En => format!("{} – {}", day(f), day(by)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_months_in_both_languages() {
        let d = |year, month, day| Day { year, month, day };
        assert_eq!(due_label(Lang::Zh, None, d(2024, 6, 30)), "2024年6月30日");
        assert_eq!(due_label(Lang::En, None, d(2024, 6, 30)), "30 Jun 2024");
        assert_eq!(
            due_label(Lang::Zh, Some(d(2024, 4, 1)), d(2024, 6, 30)),
            "2024年4月1日—6月30日"
        );
        assert_eq!(
            due_label(Lang::En, Some(d(2024, 4, 1)), d(2024, 6, 30)),
            "1 Apr 2024 – 30 Jun 2024"
        );
        let m = Month {
            year: 2025,
            month: 1,
        };
        assert_eq!(month_label(Lang::Zh, m, true), "2025年1月");
        assert_eq!(month_label(Lang::En, m, false), "Jan");
    }
}
