//! Built-in example plans, written for this project (short, realistic, not the shared seeds): a
//! district plan with 目标值/争取值/奋斗值 tiers, a county report mixing a review of the past year
//! with next year's targets, and a Traditional-Chinese web copy with pinyin noise like 發(fā).

/// (file name, text) of each example, in the order of `Strings::example_names`.
pub const EXAMPLES: [(&str, &str); 3] = [
    ("云溪区2025年计划.txt", include_str!("district_tiers.txt")),
    (
        "青川县2024年政府工作报告.txt",
        include_str!("county_report.txt"),
    ),
    (
        "東平區2024年工作要點.txt",
        include_str!("traditional_web.txt"),
    ),
];
