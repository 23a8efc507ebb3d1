//! The year and the binding (约束性/预期性) of targets in the table: filters that choose any
//! target, one value or targets stating none; sorting by them; their codes for select boxes and
//! share links; and the two CSV columns they add (last, so earlier columns keep their positions).
//! Years and bindings are set by hand here, so that these tests do not depend on the extractor.

use planlens_core::table::{
    binding_choices, rows, to_csv, year_choices, Choices, Filter, Pick, SortKey, CSV_HEADER,
};
use planlens_core::{analyse, Binding, Document};

const PLAN: &str = "某市“十四五”规划\n一、主要指标\n\
地区生产总值年均增长6%，单位地区生产总值能耗降低13.5%，森林覆盖率达到24.1%，\
城镇调查失业率控制在5.5%以内，新建学校3所。\n";

/// Five targets: years 2025, 2020, none, 2025, none; bindings expected, binding, binding, none,
/// expected.
fn doc() -> Document {
    let mut d = analyse("plan.txt", PLAN);
    assert_eq!(d.targets.len(), 5, "{:#?}", d.targets);
    let marks = [
        (Some(2025), Some(Binding::Expected)),
        (Some(2020), Some(Binding::Binding)),
        (None, Some(Binding::Binding)),
        (Some(2025), None),
        (None, Some(Binding::Expected)),
    ];
    for (t, (year, binding)) in d.targets.iter_mut().zip(marks) {
        t.year = year;
        t.binding = binding;
    }
    d
}

fn shown(d: &Document, f: &Filter) -> Vec<usize> {
    rows(d, f, SortKey::Document, false)
}

#[test]
fn binding_filter_picks_any_one_kind_or_none() {
    let d = doc();
    let with = |binding| Filter {
        binding,
        ..Default::default()
    };
    assert_eq!(shown(&d, &with(Pick::Any)), [0, 1, 2, 3, 4]);
    assert_eq!(shown(&d, &with(Pick::Is(Binding::Binding))), [1, 2]);
    assert_eq!(shown(&d, &with(Pick::Is(Binding::Expected))), [0, 4]);
    assert_eq!(shown(&d, &with(Pick::Unstated)), [3]);
}

#[test]
fn year_filter_picks_any_one_year_or_none() {
    let d = doc();
    let with = |year| Filter {
        year,
        ..Default::default()
    };
    assert_eq!(shown(&d, &with(Pick::Any)), [0, 1, 2, 3, 4]);
    assert_eq!(shown(&d, &with(Pick::Is(2025))), [0, 3]);
    assert_eq!(shown(&d, &with(Pick::Is(2020))), [1]);
    assert_eq!(shown(&d, &with(Pick::Is(2030))), Vec::<usize>::new());
    assert_eq!(shown(&d, &with(Pick::Unstated)), [2, 4]);
}

#[test]
fn filters_combine_with_each_other_and_with_text() {
    let d = doc();
    let f = Filter {
        year: Pick::Is(2025),
        binding: Pick::Is(Binding::Expected),
        ..Default::default()
    };
    assert_eq!(shown(&d, &f), [0]);
    let f = Filter {
        text: "约束性".into(),
        ..Default::default()
    };
    assert_eq!(
        shown(&d, &f),
        [1, 2],
        "the text search finds the binding word"
    );
    let f = Filter {
        text: "2020年".into(),
        ..Default::default()
    };
    assert_eq!(shown(&d, &f), [1], "and the year");
}

#[test]
fn sorting_by_year_and_binding_puts_unstated_first() {
    let d = doc();
    let all = Filter::default();
    assert_eq!(rows(&d, &all, SortKey::Year, false), [2, 4, 1, 0, 3]);
    assert_eq!(rows(&d, &all, SortKey::Year, true), [0, 3, 1, 2, 4]);
    assert_eq!(rows(&d, &all, SortKey::Binding, false), [3, 1, 2, 0, 4]);
    assert_eq!(rows(&d, &all, SortKey::Binding, true), [0, 4, 1, 2, 3]);
}

#[test]
fn choices_list_what_the_document_states() {
    let d = doc();
    assert_eq!(
        year_choices(&d),
        Choices {
            values: vec![2020, 2025],
            unstated: true
        }
    );
    assert_eq!(
        binding_choices(&d),
        Choices {
            values: vec![Binding::Binding, Binding::Expected],
            unstated: true
        }
    );
    let plain = analyse("p.txt", PLAN);
    assert_eq!(
        binding_choices(&plain),
        Choices {
            values: vec![],
            unstated: true
        },
        "a plan that marks nothing offers nothing to choose"
    );
}

#[test]
fn codes_round_trip_and_unknown_codes_filter_nothing() {
    for p in [
        Pick::Any,
        Pick::Is(Binding::Binding),
        Pick::Is(Binding::Expected),
        Pick::Unstated,
    ] {
        assert_eq!(Pick::<Binding>::from_code(&p.code()), p);
    }
    assert_eq!(Pick::Is(Binding::Binding).code(), "binding");
    assert_eq!(Pick::<Binding>::Unstated.code(), "none");
    assert_eq!(Pick::<Binding>::Any.code(), "");
    for p in [Pick::Any, Pick::Is(2025), Pick::Unstated] {
        assert_eq!(Pick::<u32>::from_code(&p.code()), p);
    }
    assert_eq!(Pick::Is(2025u32).code(), "2025");
    for junk in [
        "约束性",
        "Binding",
        "2025年",
        "+2025",
        "99999",
        "1800",
        "-1",
    ] {
        assert_eq!(Pick::<Binding>::from_code(junk), Pick::Any, "{junk}");
        assert_eq!(Pick::<u32>::from_code(junk), Pick::Any, "{junk}");
    }
}

#[test]
fn csv_has_year_and_binding_last_before_place() {
    let d = doc();
    let n = CSV_HEADER.len();
    assert_eq!(&CSV_HEADER[n - 4..], ["year", "binding", "place", "origin"]);
    assert_eq!(
        CSV_HEADER[13], "quote",
        "earlier columns keep their positions"
    );
    let csv = to_csv(&[(&d, vec![0, 1, 2, 3])]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(r.headers().unwrap().iter().collect::<Vec<_>>(), CSV_HEADER);
    let cells: Vec<(String, String)> = r
        .records()
        .map(|x| {
            let x = x.unwrap();
            assert_eq!(x.len(), n);
            assert_eq!(&x[n - 2], "", "no target has a place of its own");
            assert_eq!(&x[n - 1], "extracted");
            (x[n - 4].to_string(), x[n - 3].to_string())
        })
        .collect();
    let want = [
        ("2025", "expected"),
        ("2020", "binding"),
        ("", "binding"),
        ("2025", ""),
    ];
    assert_eq!(
        cells,
        want.map(|(a, b)| (a.to_string(), b.to_string())).to_vec()
    );
}
