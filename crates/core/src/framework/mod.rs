//! ITA frameworks as data: the schema of `frameworks/*.toml`, loading, validation, and the
//! scoring tree compiled from a framework (every code with its parent and its weight in it).

mod check;
pub mod listed;
mod schema;
mod scoring_only;
#[cfg(feature = "toml-input")]
mod toml_text;
pub mod user;

pub use schema::*;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::foundation::error::{ItaError, Lang};

/// The framework files shipped with the tool (`frameworks/*.toml`), as the build script wrote
/// them after reading and validating them: one minified JSON array of [`FrameworkFile`]s. The
/// app therefore carries neither the TOML text nor a TOML parser (`build.rs`).
const BUILT_IN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/frameworks.json"));

/// The code of the overall score.
pub const OVERALL: &str = "ITA";

/// What a code stands for in the scoring tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    Overall,
    Tool,
    ToolPart,
    Indicator,
    SubIndicator,
    Question,
    SubItem,
}

/// One code of the scoring tree.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub code: String,
    pub kind: NodeKind,
    pub parent: Option<usize>,
    /// This node's weight in its parent's value (the parent is the weighted sum of its children).
    pub weight: f64,
    pub children: Vec<usize>,
    /// The tool (IIT/EIT/OIT) this node belongs to; `None` for the overall.
    pub tool: Option<usize>,
}

/// A validated framework with its compiled scoring tree.
#[derive(Clone, Debug, PartialEq)]
pub struct Framework {
    pub file: FrameworkFile,
    pub nodes: Vec<Node>,
    index: BTreeMap<String, usize>,
}

impl Framework {
    /// Parse and validate a framework file (TOML). Errors name the offending field. Only with
    /// the `toml-input` feature (the CLI, the import module, tests): the app's main module and
    /// ita-calc read the built-in frameworks without a TOML parser.
    #[cfg(feature = "toml-input")]
    pub fn from_toml(text: &str) -> Result<Framework, ItaError> {
        let file: FrameworkFile = toml::from_str(text).map_err(|e| ItaError::BadFramework {
            path: String::new(),
            problem: toml_text::toml_problem(text, &e),
        })?;
        Framework::from_file(file)
    }

    /// Parse and validate a framework stored as JSON (the serde form of [`FrameworkFile`], as
    /// the web app keeps a framework file the user imported). Errors name the line and field.
    pub fn from_json(text: &str) -> Result<Framework, ItaError> {
        let file: FrameworkFile =
            serde_json::from_str(text).map_err(|e| ItaError::BadFramework {
                path: String::new(),
                problem: crate::foundation::error::Problem::Json(
                    crate::foundation::error::JsonProblem::of(&e),
                ),
            })?;
        Framework::from_file(file)
    }

    /// Validate a parsed framework file and compile its scoring tree.
    pub fn from_file(file: FrameworkFile) -> Result<Framework, ItaError> {
        crate::framework::check::validate(&file)?;
        Ok(Framework::compiled(file))
    }

    /// Compile the scoring tree of a file that is already valid.
    fn compiled(file: FrameworkFile) -> Framework {
        let mut fw = Framework {
            file,
            nodes: Vec::new(),
            index: BTreeMap::new(),
        };
        fw.compile();
        fw
    }

    pub fn id(&self) -> &str {
        &self.file.id
    }

    pub fn pass_mark(&self) -> f64 {
        self.file.pass_mark
    }

    /// The names of the rating levels, in the framework's order.
    pub fn level_names(&self) -> Vec<String> {
        self.file
            .rating
            .levels
            .iter()
            .map(|l| l.name.clone())
            .collect()
    }

    /// Whether this framework scores `year`.
    pub fn covers(&self, year: u16) -> bool {
        self.file.years.contains(&year)
    }

    /// The index of a code in the tree (codes must already be normalised).
    pub fn node_index(&self, code: &str) -> Option<usize> {
        self.index.get(code).copied()
    }

    pub fn node(&self, code: &str) -> Option<&Node> {
        self.node_index(code).map(|i| &self.nodes[i])
    }

    pub fn tools(&self) -> &[Tool] {
        &self.file.tools
    }

    pub fn tool(&self, code: &str) -> Option<&Tool> {
        self.file.tools.iter().find(|t| t.code == code)
    }

    pub fn indicators(&self) -> &[Indicator] {
        &self.file.indicators
    }

    pub fn indicator(&self, number: u8) -> Option<&Indicator> {
        self.file.indicators.iter().find(|i| i.number == number)
    }

    pub fn sub_indicator(&self, code: &str) -> Option<&SubIndicator> {
        self.file.sub_indicators.iter().find(|s| s.code == code)
    }

    pub fn questions(&self) -> &[Question] {
        &self.file.questions
    }

    pub fn question(&self, code: &str) -> Option<&Question> {
        self.file.questions.iter().find(|q| q.code == code)
    }

    /// Questions / items that count towards an indicator (directly or through a sub-indicator).
    pub fn questions_of_indicator(&self, number: u8) -> Vec<&Question> {
        let ind = number.to_string();
        self.file
            .questions
            .iter()
            .filter(|q| {
                q.parent == ind
                    || self
                        .sub_indicator(&q.parent)
                        .is_some_and(|s| s.indicator == number)
            })
            .collect()
    }

    /// The provisional notes that apply to `year`.
    pub fn provisional_for(&self, year: u16) -> Vec<&Provisional> {
        self.file
            .provisional
            .iter()
            .filter(|p| p.years.is_empty() || p.years.contains(&year))
            .collect()
    }

    /// Human name of any code: "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "i7 …", "IIT".
    pub fn display_name(&self, code: &str, lang: Lang) -> String {
        if code == OVERALL {
            return match lang {
                Lang::Th => "คะแนนภาพรวม".into(),
                Lang::En => "Overall score".into(),
            };
        }
        if let Some(t) = self.tool(code) {
            return t.code.clone();
        }
        if let Some(p) = self
            .file
            .tools
            .iter()
            .flat_map(|t| t.parts.iter())
            .find(|p| p.code == code)
        {
            return match lang {
                Lang::Th => p.name_th.clone(),
                Lang::En => p.name_en.clone(),
            };
        }
        if let Ok(n) = code.parse::<u8>() {
            if let Some(i) = self.indicator(n) {
                return match lang {
                    Lang::Th => format!("ตัวชี้วัดที่ {n} {}", i.name_th),
                    Lang::En => format!("Indicator {n} {}", i.name_en),
                };
            }
        }
        if let Some(s) = self.sub_indicator(code) {
            return match lang {
                Lang::Th => format!("ตัวชี้วัดย่อย {} {}", s.code, s.name_th),
                Lang::En => format!("Sub-indicator {} {}", s.code, s.name_en),
            };
        }
        if let Some(q) = self.question(code) {
            let title = match (lang, &q.title_en) {
                (Lang::En, Some(t)) => t,
                _ => &q.title_th,
            };
            return format!("{} {}", q.code, title);
        }
        code.to_string()
    }

    fn push(&mut self, code: String, kind: NodeKind, parent: Option<usize>, weight: f64) -> usize {
        let id = self.nodes.len();
        let tool = match kind {
            NodeKind::Overall => None,
            NodeKind::Tool => Some(id),
            _ => parent.and_then(|p| self.nodes[p].tool),
        };
        self.nodes.push(Node {
            code: code.clone(),
            kind,
            parent,
            weight,
            children: Vec::new(),
            tool,
        });
        if let Some(p) = parent {
            self.nodes[p].children.push(id);
        }
        self.index.insert(code, id);
        id
    }

    /// Build the tree. Weights follow the aggregation rules: every level is a mean of its
    /// children, except the overall (tool weights), the OIT indicators under the
    /// `mean_of_items` rule (sub-indicators weighted by item count), and a tool with parts,
    /// whose value is part 1 (the combination with part 2 is decided in scoring).
    fn compile(&mut self) {
        let f = self.file.clone();
        let root = self.push(OVERALL.to_string(), NodeKind::Overall, None, 1.0);
        for tool in &f.tools {
            let t = self.push(tool.code.clone(), NodeKind::Tool, Some(root), tool.weight);
            for (k, part) in tool.parts.iter().enumerate() {
                let w = if k == 0 { 1.0 } else { 0.0 };
                self.push(part.code.clone(), NodeKind::ToolPart, Some(t), w);
            }
            let inds: Vec<&Indicator> = f
                .indicators
                .iter()
                .filter(|i| i.tool == tool.code)
                .collect();
            for ind in &inds {
                let parent = match &ind.part {
                    Some(p) => self.index[p],
                    None => t,
                };
                let siblings = inds.iter().filter(|i| i.part == ind.part).count();
                self.push(
                    ind.number.to_string(),
                    NodeKind::Indicator,
                    Some(parent),
                    1.0 / siblings as f64,
                );
            }
        }
        for ind in &f.indicators {
            let subs: Vec<&SubIndicator> = f
                .sub_indicators
                .iter()
                .filter(|s| s.indicator == ind.number)
                .collect();
            let items_of = |code: &str| f.questions.iter().filter(|q| q.parent == code).count();
            let total_items: usize = subs.iter().map(|s| items_of(&s.code)).sum();
            let p = self.index[&ind.number.to_string()];
            for s in &subs {
                let w = match f.oit_indicator_rule {
                    OitIndicatorRule::MeanOfSubIndicators => 1.0 / subs.len() as f64,
                    OitIndicatorRule::MeanOfItems => items_of(&s.code) as f64 / total_items as f64,
                };
                self.push(s.code.clone(), NodeKind::SubIndicator, Some(p), w);
            }
        }
        for q in &f.questions {
            let siblings = f.questions.iter().filter(|o| o.parent == q.parent).count();
            let p = self.index[&q.parent];
            let qi = self.push(
                q.code.clone(),
                NodeKind::Question,
                Some(p),
                1.0 / siblings as f64,
            );
            for k in 1..=q.sub_items.len() {
                self.push(
                    format!("{}.{k}", q.code),
                    NodeKind::SubItem,
                    Some(qi),
                    1.0 / q.sub_items.len() as f64,
                );
            }
        }
    }
}

fn built_in() -> &'static [Framework] {
    static ALL: OnceLock<Vec<Framework>> = OnceLock::new();
    ALL.get_or_init(|| {
        // The build script validated every file (`check::validate`, and the tests do again
        // through `built_in_files`): here they only need their scoring trees.
        built_in_files()
            .into_iter()
            .map(Framework::compiled)
            .collect()
    })
}

/// The built-in framework files as written (validated at build time, not yet compiled).
pub fn built_in_files() -> Vec<FrameworkFile> {
    // Written by build.rs from files it has just parsed: a failure is a build defect.
    serde_json::from_str(BUILT_IN_JSON)
        .unwrap_or_else(|e| panic!("built-in frameworks (build output) unreadable: {e}"))
}

/// All built-in frameworks.
pub fn all() -> &'static [Framework] {
    built_in()
}

/// The framework that scores `year` (Buddhist era): the user's framework in effect for that
/// year ([`user`]), else the built-in one.
pub fn for_year(year: u16) -> Result<&'static Framework, ItaError> {
    user_or(built_in(), year)
}

/// Same as [`for_year`], with the built-in frameworks in their scoring-only form (no question
/// texts; `scoring_only`): what the calculator uses, so that its wasm carries only that form,
/// and what the app scores and analyses with on its first screen (the screens that show
/// question texts take [`for_year`], which comes with them). Scores, ratings, warnings,
/// analyses and the names of the frameworks, tools and indicators are those of [`for_year`].
pub fn scoring_for_year(year: u16) -> Result<&'static Framework, ItaError> {
    user_or(scoring_only::built_in(), year)
}

fn user_or(built_in: &'static [Framework], year: u16) -> Result<&'static Framework, ItaError> {
    match user::for_year(year) {
        Some(fw) => Ok(fw),
        None => covering(built_in, year),
    }
}

/// The built-in framework that scores `year`, whatever the user brought.
pub fn for_builtin_year(year: u16) -> Result<&'static Framework, ItaError> {
    covering(built_in(), year)
}

/// Same as [`for_builtin_year`], in the scoring-only form: enough to check a year's scores
/// (codes, scales), and what a stored workbook is checked with, so that reading one does not
/// need the question texts (the app's first screen carries only this form: docs/SIZE.md).
pub fn scoring_for_builtin_year(year: u16) -> Result<&'static Framework, ItaError> {
    covering(scoring_only::built_in(), year)
}

/// The framework of `all` that scores `year`.
fn covering(all: &'static [Framework], year: u16) -> Result<&'static Framework, ItaError> {
    all.iter().find(|f| f.covers(year)).ok_or_else(|| {
        let years = years_of(all);
        let first = years.first().copied().unwrap_or_default();
        let last = years.last().copied().unwrap_or_default();
        ItaError::NoFramework {
            year,
            available: (first, last),
        }
    })
}

/// The built-in framework that scores `year`, else the nearest one: the latest for a year after
/// every file, the earliest for a year before them (for rules that carry on, such as the OIT
/// item a cover memo cites).
pub fn nearest(year: u16) -> &'static Framework {
    if let Some(fw) = user::for_year(year) {
        return fw;
    }
    let all = built_in();
    all.iter().find(|f| f.covers(year)).unwrap_or_else(|| {
        let first_year = |f: &&Framework| f.file.years.iter().min().copied().unwrap_or(0);
        if all.iter().all(|f| first_year(&f) > year) {
            all.iter()
                .min_by_key(first_year)
                .expect("built-in frameworks exist")
        } else {
            all.iter()
                .max_by_key(first_year)
                .expect("built-in frameworks exist")
        }
    })
}

/// Every fiscal year a framework covers (built-in, or the user's in effect), ascending.
pub fn supported_years() -> Vec<u16> {
    years_with_user(built_in())
}

/// Same as [`supported_years`], from the scoring-only built-in frameworks (the calculator's).
pub fn scoring_supported_years() -> Vec<u16> {
    years_with_user(scoring_only::built_in())
}

fn years_with_user(built_in: &[Framework]) -> Vec<u16> {
    let mut years = years_of(built_in);
    for f in user::in_effect() {
        add_years(&mut years, &f.file.years);
    }
    years
}

/// Every fiscal year a framework of `all` covers, ascending.
fn years_of(all: &[Framework]) -> Vec<u16> {
    let mut years = Vec::new();
    for f in all {
        add_years(&mut years, &f.file.years);
    }
    years
}

/// Add `more` to the ascending `years`, once each (a few dozen at most: inserting in place
/// spares the wasm a sort of its own).
fn add_years(years: &mut Vec<u16>, more: &[u16]) {
    for &y in more {
        if let Err(i) = years.binary_search(&y) {
            years.insert(i, y);
        }
    }
}
