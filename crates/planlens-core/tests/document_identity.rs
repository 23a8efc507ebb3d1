//! What kind of plan each development and seed document is, the years it covers and the year its
//! targets are for (issue 10, point 4), read from the real texts in ../shared. The kinds and years
//! are the ones ../shared/corpus/dev/SOURCES.md gives each page; an excerpt that never names its
//! kind (a middle page, a table alone, a news item) has none.

use planlens_core::{analyse, DocKind};
use std::path::Path;

type Row = (&'static str, Option<DocKind>, Option<[u32; 2]>, Option<u32>);

fn check(dir: &str, rows: &[Row]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(dir);
    let mut wrong = Vec::new();
    for &(file, kind, period, year) in rows {
        let text =
            std::fs::read_to_string(dir.join(file)).expect("the shared corpus beside the project");
        let d = analyse(file, &text);
        if (d.kind, d.period, d.year) != (kind, period, year) {
            wrong.push(format!(
                "{file}: want {kind:?} {period:?} {year:?}, got {:?} {:?} {:?}",
                d.kind, d.period, d.year
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn development_documents() {
    use DocKind::*;
    let p14 = Some([2021, 2025]);
    check(
        "dev/docs",
        &[
            (
                "d01_shenzhen_weijian_2022.txt",
                Some(SectorPlan),
                p14,
                Some(2025),
            ),
            // page 3 of a plan: its prose and table never say 规划
            ("d02_weizhi_jiaoyu_2021.txt", None, None, Some(2025)),
            (
                "d03_quanguo_nongye_2021.txt",
                Some(SectorPlan),
                p14,
                Some(2025),
            ),
            (
                "d04_xuzhou_gangyao_2021.txt",
                Some(FiveYearPlan),
                p14,
                Some(2025),
            ),
            (
                "d05_fujian_shiwuwu_2026.txt",
                Some(FiveYearPlan),
                Some([2026, 2030]),
                Some(2030),
            ),
            // a regional plan with targets for 2025 and no named period
            (
                "d06_changsanjiao_gangyao_2019.txt",
                Some(SectorPlan),
                None,
                Some(2025),
            ),
            (
                "d07_quanguo_xinxihua_2021.txt",
                Some(SectorPlan),
                p14,
                Some(2025),
            ),
            (
                "d08_quanguo_jiankang_2022.txt",
                Some(SectorPlan),
                p14,
                Some(2025),
            ),
            // a table of 十三五 indicators alone
            ("d09_quanguo_shengtai_2016.txt", None, None, Some(2020)),
            (
                "d10_zhangshu_gangyao_2021.txt",
                Some(FiveYearPlan),
                p14,
                Some(2025),
            ),
            (
                "d11_beijing_baogao_2026.txt",
                Some(WorkReport),
                None,
                Some(2026),
            ),
            (
                "d12_xianyou_baogao_2026.txt",
                Some(WorkReport),
                None,
                Some(2026),
            ),
            (
                "d13_guangdong_baogao_2026.txt",
                Some(WorkReport),
                None,
                Some(2026),
            ),
            // the excerpt names no year at all
            ("d14_jinwan_baogao_2021.txt", Some(WorkReport), None, None),
        ],
    );
}

#[test]
fn seed_documents() {
    check(
        "seeds",
        &[
            ("000_f496820ad71848e0.txt", None, None, Some(2024)),
            (
                "001_58b6f5522228b5a4.txt",
                Some(DocKind::WorkPoints),
                None,
                Some(2024),
            ),
            ("002_164c5bc2f913ee6e.txt", None, None, Some(2023)),
            ("003_09cd9697b698c6f1.txt", None, None, Some(2024)),
            ("004_932117ff3934a2a4.txt", None, None, Some(2024)),
        ],
    );
}

/// The place each document is for, as SOURCES.md gives it (the seeds: as their texts name it).
#[test]
fn places() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let mut wrong = Vec::new();
    for (file, want) in [
        ("dev/docs/d01_shenzhen_weijian_2022.txt", Some("深圳市")),
        ("dev/docs/d02_weizhi_jiaoyu_2021.txt", None),
        ("dev/docs/d03_quanguo_nongye_2021.txt", Some("全国")),
        ("dev/docs/d04_xuzhou_gangyao_2021.txt", Some("徐州市")),
        ("dev/docs/d05_fujian_shiwuwu_2026.txt", Some("福建省")),
        // a regional plan: the region as its title names it
        (
            "dev/docs/d06_changsanjiao_gangyao_2019.txt",
            Some("长江三角洲区域"),
        ),
        ("dev/docs/d07_quanguo_xinxihua_2021.txt", Some("全国")),
        ("dev/docs/d08_quanguo_jiankang_2022.txt", Some("全国")),
        // a table alone, under a national plan's heading that names no issuer
        ("dev/docs/d09_quanguo_shengtai_2016.txt", None),
        ("dev/docs/d10_zhangshu_gangyao_2021.txt", Some("樟树市")),
        ("dev/docs/d11_beijing_baogao_2026.txt", Some("北京市")),
        // says 我县 and 仙游, never 仙游县
        ("dev/docs/d12_xianyou_baogao_2026.txt", Some("仙游县")),
        ("dev/docs/d13_guangdong_baogao_2026.txt", Some("广东省")),
        ("dev/docs/d14_jinwan_baogao_2021.txt", Some("金湾区")),
        ("seeds/000_f496820ad71848e0.txt", Some("莲湖区")),
        ("seeds/001_58b6f5522228b5a4.txt", Some("XX新城")),
        ("seeds/002_164c5bc2f913ee6e.txt", Some("城关区")),
        // says 区政府 and 莲湖, never 莲湖区
        ("seeds/003_09cd9697b698c6f1.txt", Some("莲湖区")),
        ("seeds/004_932117ff3934a2a4.txt", Some("杏花岭区")),
    ] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let got = analyse(file, &text).place;
        if got.as_deref() != want {
            wrong.push(format!("{file}: want {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Each document's title: its headline past the page's furniture, else (an excerpt without one)
/// its first sentence, shortened at a clause.
#[test]
fn titles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let mut wrong = Vec::new();
    for (file, want) in [
        // headline under a breadcrumb, above a date and source line
        (
            "dev/docs/d01_shenzhen_weijian_2022.txt",
            "深圳到2025年人均预期寿命达到84.53岁 千人床位数达到4.5张",
        ),
        // page 3 of a plan: its first sentence
        ("dev/docs/d02_weizhi_jiaoyu_2021.txt", "服务社会，群众满意"),
        // an exam question: its first sentence, cut at a clause
        (
            "dev/docs/d03_quanguo_nongye_2021.txt",
            "材料一：国务院印发的《“十四五”推进农业农村现代化规划》…",
        ),
        // a headline that opens with a year (Traditional, pinyin in brackets)
        (
            "dev/docs/d04_xuzhou_gangyao_2021.txt",
            "2025年GDP力争破万亿 徐州发布“十四五”规划纲要",
        ),
        // a news item without headline: its lede past `date 2026-02-05`
        (
            "dev/docs/d05_fujian_shiwuwu_2026.txt",
            "地区生产总值(GDP)首度突破六兆元(人民币，下同)后，福建省十五五规画纲要明确提出…",
        ),
        // headline under a breadcrumb
        (
            "dev/docs/d06_changsanjiao_gangyao_2019.txt",
            "《长江三角洲区域一体化发展规划纲要》公布",
        ),
        // a lede that opens with a stray comma
        (
            "dev/docs/d07_quanguo_xinxihua_2021.txt",
            "中央网信办，国家发展改革委日前会同有关部门组织编制了《十四五国家信息化规划》…",
        ),
        // headline above a byline
        (
            "dev/docs/d08_quanguo_jiankang_2022.txt",
            "「十四五」国民健康规划公布 提出中国人均预期寿命将达80岁以上",
        ),
        // a table's heading
        (
            "dev/docs/d09_quanguo_shengtai_2016.txt",
            "专栏1“十三五”生态环境保护主要指标",
        ),
        // the plan's own title line
        (
            "dev/docs/d10_zhangshu_gangyao_2021.txt",
            "(江西省)宜春市樟树市国民经济和社会发展十四五规划(2022年更新)",
        ),
        // a news item without headline: its lede's first sentence past `date 2026-01-25`
        (
            "dev/docs/d11_beijing_baogao_2026.txt",
            "大陆各地进入地方「两会」(人大、政协)时间",
        ),
        // a lone `|`, then a lede past its dateline `12月24日,`
        (
            "dev/docs/d12_xianyou_baogao_2026.txt",
            "县十八届人大五次会议开幕",
        ),
        // past `我的频道` and the dateline `香港新闻组／香港27日电`: the photo caption's first sentence
        (
            "dev/docs/d13_guangdong_baogao_2026.txt",
            "广东省省长工作报告预估2025年粤港澳大湾区经济总量突破15兆元人民币",
        ),
        // a headline over two lines, under the paper's page navigation
        (
            "dev/docs/d14_jinwan_baogao_2021.txt",
            "“十四五”珠海金湾 力争GDP达2000亿",
        ),
        // a lede past its dateline `5月20日,`, the year clause left off
        (
            "seeds/000_f496820ad71848e0.txt",
            "记者从西安市委宣传部、市政府新闻办举办的新闻发布会上获悉…",
        ),
        // a headline printed three times
        ("seeds/001_58b6f5522228b5a4.txt", "XX新城2024年工作计划"),
        // headline under a welcome line and a breadcrumb
        (
            "seeds/002_164c5bc2f913ee6e.txt",
            "兰州市城关区在全省高质量发展中打头阵当先锋着力打造“七个新城关”",
        ),
        // a middle page: its first sentence, cut at a clause
        (
            "seeds/003_09cd9697b698c6f1.txt",
            "区政府认真落实全市功能体系和布局规划传导要求，扎实开展土地资源和产业现状摸底调研…",
        ),
        // headline under `您当前的位置`
        (
            "seeds/004_932117ff3934a2a4.txt",
            "锚定“六地”定位 挖掘潜在优势 杏花岭区今年经济工作要做到七个坚持",
        ),
    ] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let got = analyse(file, &text).title;
        if got != want {
            wrong.push(format!("{file}: want {want}, got {got}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Titles from sentences written for each rule: a dateline, an amount or a breadcrumb first,
/// a headline over two lines, a work report's subtitle, a line of 5,000 characters.
#[test]
fn title_rules() {
    let title = |text: &str| analyse("t", text).title;
    // a dateline line, then the headline
    assert_eq!(
        title("2026-01-20 10:00 来源：某某日报\n某市2026年政府工作报告\n各位代表：现在我代表市人民政府作报告。"),
        "某市2026年政府工作报告"
    );
    // a dateline in front of the lede: the lede without it
    assert_eq!(
        title("1月23日上午，某省第十四届人民代表大会第二次会议开幕。省长作政府工作报告。"),
        "某省第十四届人民代表大会第二次会议开幕"
    );
    assert_eq!(
        title("新华社北京3月5日电 国务院总理作政府工作报告。报告提出，今年增长5%左右。"),
        "国务院总理作政府工作报告"
    );
    // an amount alone first
    assert_eq!(
        title("300亿元\n某区今年重大项目投资计划发布\n今年全区安排重大项目100个。"),
        "某区今年重大项目投资计划发布"
    );
    assert_eq!(
        title("300亿元！今年全区安排重大项目100个，总投资300亿元。"),
        "今年全区安排重大项目100个，总投资300亿元"
    );
    // a breadcrumb and page navigation first
    assert_eq!(
        title("网站首页 > 新闻中心 > 地方动态 > 某某县人民政府工作动态\n\n某县2024年工作要点\n一、总体要求"),
        "某县2024年工作要点"
    );
    assert_eq!(
        title("当前版：A05版 上一版 下一版\n\n某镇今年办好十件民生实事\n\n本报讯 今年某镇将新建道路5公里。"),
        "某镇今年办好十件民生实事"
    );
    // a headline over two lines; a work report's subtitle and speaker are not joined
    assert_eq!(
        title("“十四五”某某新区\n力争GDP达1000亿\n\n本报讯 某某新区召开会议。"),
        "“十四五”某某新区 力争GDP达1000亿"
    );
    assert_eq!(
        title("政府工作报告\n市长 张三\n各位代表：现在我作报告。"),
        "政府工作报告"
    );
    // a line of 5,000 characters: cut at a clause, or at the limit
    let long = format!(
        "今年全市{}，新增就业1万人。",
        "推进高质量发展，".repeat(600)
    );
    let t = title(&long);
    assert!(t.ends_with('…') && t.chars().count() <= 49, "{t}");
    assert!(t.starts_with("今年全市推进高质量发展"), "{t}");
}

#[test]
fn bad_input_gives_a_clear_none() {
    // ten places named once each: none is the document's
    let many = "甲县、乙县、丙县、丁县、戊县、己县、庚县、辛县、壬县、癸县各新建学校1所。";
    assert_eq!(analyse("t", many).place, None);
    // no place at all, and pinyin-broken names
    assert_eq!(analyse("t", "新增就业1万人。").place, None);
    let d = analyse("t", "莲(lián)湖(hú)区(qū)2024年工作要点\n新增就业1万人。");
    assert_eq!(d.place.as_deref(), Some("莲湖区"));
    assert_eq!(d.kind, Some(planlens_core::DocKind::WorkPoints));
    // a pinyin-broken name named once in the text: not enough to be the document's
    let d = analyse("t", "今年，莲(lián)湖(hú)区(qū)新增就业1万人。");
    assert_eq!(d.place, None);
    // ten places in the title line and the text, none the document's own
    let d = analyse("t", &format!("{many}\n{many}"));
    assert_eq!(d.place, None);
    // a report on itself (我县) that never names itself: no name made up
    let d = analyse("t", "我县新增就业1万人，我县完成投资10亿元，建设美丽中国。");
    assert_eq!(d.place, None);
    // a title line of 5,000 characters: no kind, no period, a title cut to 48 characters
    let title = "规".repeat(5_000);
    let d = analyse("t", &format!("{title}\n新增就业1万人。"));
    assert_eq!((d.kind, d.period, d.place.as_deref()), (None, None, None));
    assert_eq!(d.title.chars().count(), 49);
    assert!(d.title.ends_with('…'));
    // a title line of 5,000 place names
    let d = analyse("t", &format!("{}\n新增就业1万人。", "甲县".repeat(2_500)));
    assert!(d.title.chars().count() <= 49);
    // only furniture: the file's name stands
    let d = analyse("name.txt", "首页 > 新闻 > 正文\n|\n2026-01-20 10:00");
    assert!(!d.title.is_empty());
}
