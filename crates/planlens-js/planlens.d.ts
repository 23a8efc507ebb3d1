// The values of the PlanLens JS API, generated from the core's Rust types by
// crates/planlens-js/tests/types.rs (do not edit by hand).
export type Export = { version: number, documents: Array<Document>, };
export type Document = { 
/**
 * Where the text came from (a file name, or a name the user gave).
 */
name: string, 
/**
 * What the text was read from when it is not plain text: `docx` (a Word document), `html`
 * (a web page) or `pdf` (a PDF file); the text is then the one PlanLens derived from that file.
 */
source_format?: string | null, 
/**
 * The document's title as inferred from the text (headline line, or the first heading).
 */
title: string, 
/**
 * The place the plan is for (`莲湖区`), inferred from the title and text; editable in the app.
 */
place: string | null, 
/**
 * The year the plan is for, inferred from the title and text; editable in the app.
 */
year: number | null, 
/**
 * The years a multi-year plan covers (`十四五` → [2021, 2025], `2016—2020年`), else None.
 */
period?: [number, number] | null, 
/**
 * What kind of plan this is, inferred from the title and the opening lines.
 */
kind?: DocKind | null, 
/**
 * Hex SHA-256 of the original text (UTF-8), used to recognise identical documents.
 */
text_hash: string, 
/**
 * Number of Unicode scalar values in the original text; spans index into it.
 */
text_chars: number, 
/**
 * The original text, when the export carries it (the app does; the CLI only with `--with-text`).
 */
text?: string | null, 
/**
 * Top-level heading nodes in document order.
 */
tree: Array<Node>, 
/**
 * Every target in document order; nodes refer to them by index.
 */
targets: Array<Target>, 
/**
 * The dated commitments that are not targets (`6月底前建成投用`), in text order.
 */
milestones?: Array<Milestone>, 
/**
 * The user's marks on milestones (done or not, a note), kept with the document and carried
 * by share links; a new analysis of the same text finds them again by [`Mark::key_of`].
 */
marks?: Array<Mark>, 
/**
 * The user's corrections of the targets (edits, deletions, additions), in the order made;
 * `targets` stays what PlanLens extracted, and [`crate::corrections::apply`] gives the
 * corrected targets. Kept with the document and carried by share links.
 */
corrections?: Array<Correction>, };
export type Node = { 
/**
 * Heading text, normalised to Simplified, without its numbering.
 */
title: string, 
/**
 * Depth: 0 for the document headline, 1 for top-level headings, and so on.
 */
level: number, 
/**
 * `[start, end)` in Unicode scalar offsets of the original text: the heading and its content.
 */
span: [number, number], children: Array<Node>, 
/**
 * Indices into `Document::targets` of the targets directly under this heading.
 */
targets: Array<number>, };
export type Target = { 
/**
 * Shortest Simplified phrase naming what is measured, with its distinguishing qualifier.
 */
metric: string, 
/**
 * The change word as written (simplified), e.g. 增长 新增 达到.
 */
verb: string | null, value: number, value_max: number | null, 
/**
 * Unit as written, simplified: `%`, `亿元`, `万平方米`, `个百分点` …
 */
unit: string, 
/**
 * What the unit measures, as read with it (filters and value sorting group by it). Files
 * and links get it again from `unit` when they load ([`Document::settle_unit_kinds`]), so a
 * hand-edited unit and JSON written before the field existed read the same.
 */
unit_kind: UnitKind, comparator: Comparator, 
/**
 * Time limit as written (simplified): 年底前, 6月底前, 前三季度 …
 */
deadline: string | null, 
/**
 * 目标值 / 争取值 / 奋斗值 and the like.
 */
tier: string | null, status: Status, 
/**
 * The year the value is for, as the text or a table header states it (`到2025年`, a `2020年`
 * column); None when none is stated (periods, comparison bases and the document's own year
 * give None). Absent from JSON written before it existed.
 */
year?: number | null, 
/**
 * 约束性 / 预期性 where the text or table marks the indicator.
 */
binding?: Binding | null, 
/**
 * The place the value belongs to where the text names one other than the document's own
 * (`深圳到2025年…` in a provincial plan, one city's figure in a multi-city news item), as
 * written (`深圳`, `苏州市`); None when it is the document's place. Absent from older JSON.
 */
place?: string | null, 
/**
 * Heading titles from the outermost to the nearest.
 */
section: Array<string>, 
/**
 * `[start, end)` in Unicode scalar offsets of the original text.
 */
span: [number, number], 
/**
 * The original text of `span`.
 */
quote: string, 
/**
 * Where the target's values come from once the analyst has corrected the document
 * (`extracted`, `corrected`, `added`): set on the targets of
 * [`crate::corrections::corrected_document`], so that exports of what the views show carry
 * it; absent from what PlanLens extracts.
 */
origin?: Origin | null, };
export type Milestone = { 
/**
 * What is to be done, as short as a metric: the thing and the action (`市妇幼保健院迁建项目投入使用`).
 */
what: string, 
/**
 * The time as written in the original text (`6月底前`, `二季度`, `春节前`).
 */
deadline: string, 
/**
 * The first day of the period the work is done in (`二季度` → `2024-04-01`), ISO 8601; None
 * for a time that is only a limit (`6月底前`) or cannot be dated.
 */
from?: string | null, 
/**
 * The last day it is due (`6月底前` → `2024-06-30`), ISO 8601; None when the time has no
 * calendar day (`春节前`, `年中`) or the plan's year is not known: listed, never dated wrongly.
 */
by?: string | null, 
/**
 * Heading titles from the outermost section down.
 */
section: Array<string>, 
/**
 * `[start, end)` of the clause in Unicode scalar offsets of the original text.
 */
span: [number, number], 
/**
 * `[start, end)` of the time in the original text.
 */
deadline_span: [number, number], 
/**
 * The clause as written.
 */
quote: string, };
export type Mark = { 
/**
 * The milestone's `deadline_span[0]`.
 */
at: number, 
/**
 * The milestone's `deadline`.
 */
deadline: string, done?: boolean | null, note?: string, };
export type Correction = { key: Key, change: Change, };
export type Key = { 
/**
 * `[start, end)` in Unicode scalar offsets of the original text.
 */
span: [number, number], 
/**
 * [`quote_hash`] of the original text of `span`.
 */
hash: string, 
/**
 * Which of the targets at `span` (a phrase can hold several: `分别增长5%和7%` read as one
 * quote, a three-part ratio): the extracted ones count from 0 in text order, an added one
 * takes the next number free when it is added.
 */
nth?: number, };
export type Change = { "kind": "edit", edits: Array<FieldEdit>, } | { "kind": "delete" } | { "kind": "add", target: Target, };
export type FieldEdit = { "field": "metric", "to": string } | { "field": "value", "to": number } | { "field": "value_max", "to": number | null } | { "field": "unit", "to": string } | { "field": "comparator", "to": Comparator } | { "field": "year", "to": number | null } | { "field": "status", "to": Status } | { "field": "tier", "to": string | null } | { "field": "deadline", "to": string | null } | { "field": "binding", "to": Binding | null } | { "field": "section", "to": string | null };
export type Origin = "extracted" | "corrected" | "added";
export type Comparator = "eq" | "ge" | "le" | "approx" | "range";
export type Status = "target" | "achieved";
export type Binding = "binding" | "expected";
export type DocKind = "work_report" | "annual_plan" | "five_year_plan" | "sector_plan" | "work_points" | "livelihood";
export type UnitKind = "percent" | "money" | "measure" | "count" | "time" | "multiple";
export type Category = "经济总量" | "工业" | "投资" | "消费" | "财政" | "开放" | "创新" | "就业" | "收入" | "教育" | "卫生" | "养老托育" | "生态环境" | "城乡建设" | "农业" | "文旅" | "市场主体" | "安全" | "党建" | "其他";
export type Measure = "growth" | "level" | "count" | "share";
export type Comparison = { documents: Array<string>, rows: Array<CompareRow>, };
export type CompareRow = { 
/**
 * Canonical indicator name, or the metric as written when the lexicon does not know it.
 */
indicator: string, 
/**
 * Whether `indicator` comes from the lexicon.
 */
canonical: boolean, category: Category, measure: Measure, 
/**
 * The unit most cells use.
 */
unit: string, 
/**
 * For each document (in the comparison's order), indices into its `targets`.
 */
cells: Array<Array<number>>, };
export type PanelExport = { rows: Array<RowOut>, verdicts: Array<VerdictOut>, };
export type RowOut = { document: string, 
/**
 * The first mention's quote.
 */
quote: string, 
/**
 * Every mention's quote, in document order.
 */
quotes: Array<string>, 
/**
 * [`row_origin`]: `extracted`, `corrected` or `added`.
 */
origin: Origin, place: string | null, year: number | null, 
/**
 * Whether `year` was inferred (not stated by the text).
 */
year_inferred: boolean, 
/**
 * Canonical indicator name, or the metric as written when the lexicon does not know it.
 */
indicator: string, category: Category, measure: Measure, basis: Basis, status: Status, tier: string | null, comparator: Comparator, value: number, value_max: number | null, unit: string, 
/**
 * `value` in `base_unit` (`1.3万人` -> 13000 人).
 */
base_value: number, base_unit: string, };
export type VerdictOut = { place: string | null, year: number | null, indicator: string, measure: Measure, tier: string | null, target: RowOut, result: RowOut, verdict: Judgement, gap: number | null, gap_unit: string, };
export type PanelRow = { place: string | null, year: number | null, 
/**
 * Whether `year` was inferred (not stated by the text).
 */
year_inferred: boolean, 
/**
 * Canonical indicator name, or the metric as written when the lexicon does not know it.
 */
indicator: string, category: Category, measure: Measure, basis: Basis, status: Status, tier: string | null, comparator: Comparator, value: number, value_max: number | null, unit: string, 
/**
 * `value` in `base_unit` (`1.3万人` -> 13000 人).
 */
base_value: number, base_unit: string, };
export type Basis = "year" | "annual_average" | "cumulative";
export type Judgement = "met" | "missed" | "unclear";
export type SharedView = { documents: Array<SharedDocument>, tab: Tab, 
/**
 * Index into `documents` of the selected one.
 */
selected: number | null, 
/**
 * Index of the selected target in the selected document.
 */
target: number | null, filter: SharedFilter, 
/**
 * Indices into `documents` of the compared ones.
 */
compare: Array<number>, lang: LinkLang, };
export type SharedDocument = { "k": "text", name: string, text: string, title?: string | null, place?: string | null, year?: number | null, 
/**
 * The period and kind as the sender edited them (absent from links made before them).
 */
period?: [number, number] | null, kind?: DocKind | null, 
/**
 * The sender's marks on milestones (absent from links made before them, and when none).
 */
marks?: Array<Mark>, 
/**
 * The sender's corrections of the targets (absent when none).
 */
corrections?: Array<Correction>, } | { "k": "analysis", doc: Document, };
export type SharedFilter = { text?: string, section?: string | null, 
/**
 * Written as the status code (`target`, `achieved`); a code this build does not know (a
 * newer PlanLens's) reads as no filter.
 */
status?: Status | null, tier?: string | null, 
/**
 * Written as the unit kind's code (`percent`, `money`, …); unknown codes read as no filter.
 */
kind?: UnitKind | null, 
/**
 * `binding`, `expected` or `none` (targets the plan does not mark); see
 * [`crate::table::Pick::code`]. Absent from links made before it existed.
 */
binding?: string | null, 
/**
 * A year in digits (`2025`) or `none` (targets stating no year). Absent from older links.
 */
year?: string | null, 
/**
 * `extracted`, `corrected` or `added`: the targets of that origin in a corrected document;
 * unknown codes read as no filter. Absent from older links.
 */
origin?: Origin | null, };
export type Tab = "table" | "source" | "summary" | "compare" | "timeline" | "tree";
export type LinkLang = "en" | "zh";
