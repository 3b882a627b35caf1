//! The built-in frameworks in their scoring-only form, for the calculator (`ita-calc`, the
//! embedded calculator): the same files, read and validated by `build.rs` like the full form,
//! kept as Rust statics with what scoring and the calculator's labels need — codes, weights,
//! scales, the tool, indicator and sub-indicator names, the rating levels — and without the
//! question and sub-item texts (a question's title is kept when it has sub-items, since a
//! warning may name it), the provisional notes and the document rules. The calculator's wasm
//! then carries neither the full text nor a JSON reader for it (issue #12, docs/SIZE.md).
//!
//! Each is turned into an ordinary [`Framework`] and scored by the same engine; the tests check
//! that it gives the same scoring tree, names and results as the full form for every built-in
//! year (`tests/it/calculator_scoring_frameworks.rs`).

use std::sync::OnceLock;

use super::{
    DocumentRules, Framework, FrameworkFile, Indicator, OitIndicatorRule, Question, Rating,
    RatingLevel, Scale, SubIndicator, Tool, ToolPart,
};

/// One framework as `build.rs` writes it.
struct ScoringFramework {
    id: &'static str,
    title_th: &'static str,
    title_en: &'static str,
    years: &'static [u16],
    pass_mark: f64,
    oit_indicator_rule: OitIndicatorRule,
    tools: &'static [ScoringTool],
    indicators: &'static [ScoringIndicator],
    /// (code, indicator, name_th, name_en).
    sub_indicators: &'static [(&'static str, u8, &'static str, &'static str)],
    questions: &'static [ScoringQuestion],
    /// (name, min, tool_min, passed), highest first.
    levels: &'static [(&'static str, f64, f64, bool)],
}

struct ScoringTool {
    code: &'static str,
    name_th: &'static str,
    name_en: &'static str,
    weight: f64,
    /// (code, name_th, name_en).
    parts: &'static [(&'static str, &'static str, &'static str)],
}

struct ScoringIndicator {
    number: u8,
    name_th: &'static str,
    name_en: &'static str,
    tool: &'static str,
    part: Option<&'static str>,
}

struct ScoringQuestion {
    code: &'static str,
    parent: &'static str,
    /// Empty unless the question has sub-items.
    title_th: &'static str,
    title_en: Option<&'static str>,
    scale: Scale,
    reverse: bool,
    /// How many sub-items (their texts are left out).
    sub_items: usize,
    reverse_sub_items: &'static [usize],
    provisional: bool,
}

/// Written by `build.rs` from `frameworks/*.toml` after validating them.
const SCORING: &[ScoringFramework] = include!(concat!(env!("OUT_DIR"), "/frameworks_scoring.rs"));

fn text(s: &str) -> String {
    s.to_string()
}

impl ScoringFramework {
    fn file(&self) -> FrameworkFile {
        FrameworkFile {
            id: text(self.id),
            title_th: text(self.title_th),
            title_en: text(self.title_en),
            years: self.years.to_vec(),
            pass_mark: self.pass_mark,
            oit_indicator_rule: self.oit_indicator_rule,
            provisional: Vec::new(),
            tools: self
                .tools
                .iter()
                .map(|t| Tool {
                    code: text(t.code),
                    name_th: text(t.name_th),
                    name_en: text(t.name_en),
                    weight: t.weight,
                    parts: t
                        .parts
                        .iter()
                        .map(|&(code, th, en)| ToolPart {
                            code: text(code),
                            name_th: text(th),
                            name_en: text(en),
                        })
                        .collect(),
                })
                .collect(),
            indicators: self
                .indicators
                .iter()
                .map(|i| Indicator {
                    number: i.number,
                    name_th: text(i.name_th),
                    name_en: text(i.name_en),
                    tool: text(i.tool),
                    part: i.part.map(text),
                })
                .collect(),
            sub_indicators: self
                .sub_indicators
                .iter()
                .map(|&(code, indicator, th, en)| SubIndicator {
                    code: text(code),
                    indicator,
                    name_th: text(th),
                    name_en: text(en),
                })
                .collect(),
            questions: self
                .questions
                .iter()
                .map(|q| Question {
                    code: text(q.code),
                    parent: text(q.parent),
                    title_th: text(q.title_th),
                    title_en: q.title_en.map(text),
                    scale: q.scale,
                    reverse: q.reverse,
                    sub_items: vec![String::new(); q.sub_items],
                    reverse_sub_items: q.reverse_sub_items.to_vec(),
                    group_th: None,
                    provisional: q.provisional,
                })
                .collect(),
            rating: Rating {
                levels: self
                    .levels
                    .iter()
                    .map(|&(name, min, tool_min, passed)| RatingLevel {
                        name: text(name),
                        min,
                        tool_min,
                        passed,
                    })
                    .collect(),
            },
            documents: DocumentRules::default(),
        }
    }
}

/// The built-in frameworks, scoring-only, in the order of the full ones (ascending years).
pub(super) fn built_in() -> &'static [Framework] {
    static ALL: OnceLock<Vec<Framework>> = OnceLock::new();
    ALL.get_or_init(|| {
        SCORING
            .iter()
            .map(|f| Framework::compiled(f.file()))
            .collect()
    })
}
