//! The recommendation library: standard development guidelines (แนวทางการพัฒนา) and measure
//! templates for the ten indicators, the seven-issue template of the 2568–2569 reports, and a
//! one- or two-sentence guideline for every question and OIT item of every built-in framework.
//!
//! The texts live in `recommendations/*.toml` (embedded at build time, schema in
//! `recommendations/README.md`), written from the seed reports' own wording. Thai texts are
//! actions without a subject ("แจ้งเวียน…"); [`Guidance::sentence`] adds "หน่วยงาน" the way the
//! reports' guideline column does ("หน่วยงานแจ้งเวียน…"). Templates may contain placeholders
//! (`{agency}`, `{executive}`, `{year}`, `{prev_year}`) that [`Wording::fill`] replaces. Digits
//! in the data are Arabic; [`Wording::fill`] and the drafting code convert them when Thai
//! digits are chosen.

mod checks;

#[cfg(feature = "toml-input")]
use checks::Toml;
use checks::{FileFormat, Json};

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::foundation::error::Lang;
use crate::foundation::number::{with_digits_keeping, Digits};
use crate::framework::{Framework, Scale};
use crate::workbook::AgencyKind;

/// The built-in files (`recommendations/*.toml`), as the build script wrote them: minified
/// JSON of the same data (`build.rs`), so that no TOML parser ships with the app.
macro_rules! built_in {
    ($stem:literal) => {
        (
            concat!($stem, ".toml"),
            include_str!(concat!(env!("OUT_DIR"), "/", $stem, ".json")),
        )
    };
}

const INDICATORS_FILE: (&str, &str) = built_in!("indicators");
const ISSUES_FILE: (&str, &str) = built_in!("issues");
const CODE_FILES: &[(&str, &str)] = &[
    built_in!("codes-2565"),
    built_in!("codes-2566"),
    built_in!("codes-2568"),
    built_in!("codes-2569"),
];

/// The placeholders a template may use.
pub const PLACEHOLDERS: [&str; 4] = ["{agency}", "{executive}", "{year}", "{prev_year}"];

/// `questions_from` value meaning "use the indicator's generic guidance".
pub const FROM_INDICATOR: &str = "indicator";

/// A problem in the recommendation data, naming the file and the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// The data file.
    pub file: String,
    /// The field, e.g. `indicators[2].measures[0].owners`, or a line number.
    pub path: String,
    pub problem: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.path, self.problem)
    }
}

impl std::error::Error for DataError {}

/// A unit responsible for measures, named by agency kind ("สำนักปลัด", "กองคลัง", …).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnerRole {
    /// Stable id used by templates (`admin`, `finance`, `all`, …).
    pub role: String,
    pub municipality: String,
    pub sao: String,
    pub pao: String,
    pub central: String,
    pub other: String,
    pub en: String,
}

impl OwnerRole {
    /// The unit's name for an agency of `kind`.
    pub fn label(&self, kind: AgencyKind, lang: Lang) -> &str {
        match (lang, kind) {
            (Lang::En, _) => &self.en,
            (Lang::Th, AgencyKind::Municipality) => &self.municipality,
            (Lang::Th, AgencyKind::Sao) => &self.sao,
            (Lang::Th, AgencyKind::Pao) => &self.pao,
            (Lang::Th, AgencyKind::Central) => &self.central,
            (Lang::Th, AgencyKind::Other) => &self.other,
        }
    }
}

/// A measure (มาตรการ/โครงการ) with its steps (ขั้นตอน/วิธีการ), responsible units and, if it
/// differs from the library's default, its monitoring (การกำกับติดตามและรายงานผล).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureTemplate {
    /// Stable id, unique within its indicator or issue.
    pub id: String,
    pub measure_th: String,
    pub measure_en: String,
    pub steps_th: Vec<String>,
    pub steps_en: Vec<String>,
    /// Roles of [`OwnerRole`], most responsible first.
    pub owners: Vec<String>,
    #[serde(default)]
    pub monitoring_th: Vec<String>,
    #[serde(default)]
    pub monitoring_en: Vec<String>,
}

impl MeasureTemplate {
    /// The measure's title.
    pub fn measure(&self, lang: Lang) -> &str {
        pick(lang, &self.measure_th, &self.measure_en)
    }

    /// The steps, in order.
    pub fn steps(&self, lang: Lang) -> &[String] {
        pick_list(lang, &self.steps_th, &self.steps_en)
    }

    /// The measure's own monitoring lines, if it has any (otherwise use the library default).
    pub fn monitoring(&self, lang: Lang) -> Option<&[String]> {
        let m = pick_list(lang, &self.monitoring_th, &self.monitoring_en);
        (!m.is_empty()).then_some(m)
    }
}

/// The guidance for one indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorGuide {
    /// 1–10.
    pub number: u8,
    /// The one of the seven issues this indicator belongs to.
    pub issue: u8,
    /// Standard development guidelines (แนวทางการพัฒนา).
    pub guidelines_th: Vec<String>,
    pub guidelines_en: Vec<String>,
    /// Generic guidance for any question of this indicator whose wording is not known.
    pub question_th: String,
    pub question_en: String,
    /// Measure templates; the first is the one drafted for the indicator.
    pub measures: Vec<MeasureTemplate>,
}

impl IndicatorGuide {
    pub fn guidelines(&self, lang: Lang) -> &[String] {
        pick_list(lang, &self.guidelines_th, &self.guidelines_en)
    }

    pub fn question(&self, lang: Lang) -> &str {
        pick(lang, &self.question_th, &self.question_en)
    }

    /// The measure template drafted for this indicator.
    pub fn primary_measure(&self) -> &MeasureTemplate {
        // Validation guarantees at least one.
        &self.measures[0]
    }
}

/// One of the seven issues (ประเด็น) of the 2568–2569 measures template.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueTemplate {
    /// 1–7.
    pub number: u8,
    pub title_th: String,
    pub title_en: String,
    /// The indicators the issue addresses; the first is the one whose change is its outcome.
    pub indicators: Vec<u8>,
    pub measures: Vec<MeasureTemplate>,
}

impl IssueTemplate {
    pub fn title(&self, lang: Lang) -> &str {
        pick(lang, &self.title_th, &self.title_en)
    }
}

/// The guideline for one question or OIT item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeGuide {
    pub code: String,
    pub th: String,
    #[serde(default)]
    pub en: Option<String>,
    /// The one of the seven issues the item belongs to (default: its indicator's).
    #[serde(default)]
    pub issue: Option<u8>,
}

/// The code guidelines for one framework.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeSet {
    /// The framework id (`frameworks/*.toml` `id`).
    pub framework: String,
    /// Where IIT/EIT questions without an entry take their guidance: another framework id
    /// (same wording) or `"indicator"` (the indicator's generic guidance).
    #[serde(default)]
    pub questions_from: Option<String>,
    pub codes: Vec<CodeGuide>,
}

impl CodeSet {
    pub fn get(&self, code: &str) -> Option<&CodeGuide> {
        self.codes.iter().find(|c| c.code == code)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorsFile {
    default_monitoring_th: Vec<String>,
    default_monitoring_en: Vec<String>,
    owners: Vec<OwnerRole>,
    indicators: Vec<IndicatorGuide>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IssuesFile {
    issues: Vec<IssueTemplate>,
}

/// Where a code's guidance came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum GuidanceSource {
    /// Written for this code of this framework.
    Code,
    /// Written for the same code of another framework with the same wording.
    Inherited { framework: String },
    /// The indicator's generic guidance (the question's wording is not known).
    Indicator,
}

/// The guideline for a question or OIT item.
#[derive(Clone, Debug, PartialEq)]
pub struct Guidance<'a> {
    pub code: String,
    /// The indicator the code counts towards.
    pub indicator: u8,
    /// The one of the seven issues it belongs to.
    pub issue: u8,
    pub source: GuidanceSource,
    action_th: &'a str,
    action_en: &'a str,
}

impl Guidance<'_> {
    /// What to do, as an action without a subject ("แจ้งเวียน…"), for a list of steps.
    pub fn action(&self, lang: Lang) -> &str {
        pick(lang, self.action_th, self.action_en)
    }

    /// The guideline as the analysis report's column writes it: "หน่วยงานแจ้งเวียน…".
    pub fn sentence(&self, lang: Lang) -> String {
        match lang {
            Lang::Th => format!("หน่วยงาน{}", self.action_th),
            Lang::En => self.action_en.to_string(),
        }
    }
}

/// The whole recommendation library.
#[derive(Clone, Debug, PartialEq)]
pub struct Library {
    /// Monitoring lines of a measure that does not set its own.
    pub default_monitoring_th: Vec<String>,
    pub default_monitoring_en: Vec<String>,
    /// Responsible units by role.
    pub owners: Vec<OwnerRole>,
    /// Indicators 1–10, once each.
    pub indicators: Vec<IndicatorGuide>,
    /// The seven issues, once each.
    pub issues: Vec<IssueTemplate>,
    /// Code guidelines, one set per framework id.
    pub code_sets: Vec<CodeSet>,
}

/// The built-in library, parsed once.
pub fn library() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(|| {
        // The built-in data is validated by the test suite; a broken file is a build defect.
        Library::from_built_in()
            .unwrap_or_else(|e| panic!("built-in recommendation data is invalid: {e}"))
    })
}

impl Library {
    /// Read and validate the built-in library (the build script's JSON of the TOML files).
    pub fn from_built_in() -> Result<Library, DataError> {
        Library::read::<Json>(INDICATORS_FILE, ISSUES_FILE, CODE_FILES)
    }

    /// Parse and validate the library from its TOML files, each given as `(file name, text)`
    /// (feature `toml-input`).
    #[cfg(feature = "toml-input")]
    pub fn from_toml(
        indicators: (&str, &str),
        issues: (&str, &str),
        codes: &[(&str, &str)],
    ) -> Result<Library, DataError> {
        Library::read::<Toml>(indicators, issues, codes)
    }

    /// Parse the library's files in format `F`, then assemble and validate it.
    fn read<F: FileFormat>(
        indicators: (&str, &str),
        issues: (&str, &str),
        codes: &[(&str, &str)],
    ) -> Result<Library, DataError> {
        let code_sets = codes
            .iter()
            .map(|file| Ok((file.0, F::parse::<CodeSet>(*file)?)))
            .collect::<Result<Vec<_>, DataError>>()?;
        Library::from_parts(
            (indicators.0, F::parse(indicators)?),
            (issues.0, F::parse(issues)?),
            code_sets,
        )
    }

    /// Assemble and validate the library from its parsed files.
    fn from_parts(
        (ind_name, ind): (&str, IndicatorsFile),
        (iss_name, iss): (&str, IssuesFile),
        code_sets: Vec<(&str, CodeSet)>,
    ) -> Result<Library, DataError> {
        let lib = Library {
            default_monitoring_th: ind.default_monitoring_th,
            default_monitoring_en: ind.default_monitoring_en,
            owners: ind.owners,
            indicators: ind.indicators,
            issues: iss.issues,
            code_sets: code_sets.iter().map(|(_, s)| s.clone()).collect(),
        };
        lib.validate(ind_name, iss_name, &code_sets)?;
        Ok(lib)
    }

    /// The guide for indicator `number`.
    pub fn indicator(&self, number: u8) -> Option<&IndicatorGuide> {
        self.indicators.iter().find(|i| i.number == number)
    }

    /// The seven issues, in order.
    pub fn issues(&self) -> &[IssueTemplate] {
        &self.issues
    }

    pub fn issue(&self, number: u8) -> Option<&IssueTemplate> {
        self.issues.iter().find(|i| i.number == number)
    }

    pub fn owner(&self, role: &str) -> Option<&OwnerRole> {
        self.owners.iter().find(|o| o.role == role)
    }

    /// The responsible units of a template as one text: the name alone, or one "- name" line
    /// per unit when there are several (as SEED004's table writes them).
    pub fn owners_text(&self, roles: &[String], kind: AgencyKind, lang: Lang) -> String {
        let names: Vec<&str> = roles
            .iter()
            .filter_map(|r| self.owner(r))
            .map(|o| o.label(kind, lang))
            .collect();
        match names.as_slice() {
            [] => String::new(),
            [one] => one.to_string(),
            many => many
                .iter()
                .map(|n| format!("- {n}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// The monitoring lines of a measure that does not set its own.
    pub fn default_monitoring(&self, lang: Lang) -> &[String] {
        pick_list(
            lang,
            &self.default_monitoring_th,
            &self.default_monitoring_en,
        )
    }

    /// The code guidelines of a framework id.
    pub fn code_set(&self, framework_id: &str) -> Option<&CodeSet> {
        self.code_sets.iter().find(|s| s.framework == framework_id)
    }

    /// The guideline for a question, sub-item (its question's) or OIT item of `fw`: the one
    /// written for the code, else one inherited from a framework with the same wording, else
    /// the indicator's generic guidance. `None` for a code `fw` does not know.
    pub fn guidance(&self, fw: &Framework, code: &str) -> Option<Guidance<'_>> {
        let code = crate::workbook::scores::normalize_code(code);
        let q = fw.question(&code).or_else(|| {
            code.rsplit_once('.')
                .and_then(|(parent, _)| fw.question(parent))
        })?;
        let indicator = indicator_of(fw, &q.code)?;
        let guide = self.indicator(indicator)?;
        let set = self.code_set(fw.id());
        let own = set.and_then(|s| s.get(&q.code));
        let (entry, source) = match own {
            Some(e) => (Some(e), GuidanceSource::Code),
            None => match set.and_then(|s| s.questions_from.as_deref()) {
                Some(from) if q.scale != Scale::Oit && from != FROM_INDICATOR => {
                    match self.code_set(from).and_then(|s| s.get(&q.code)) {
                        Some(e) => (
                            Some(e),
                            GuidanceSource::Inherited {
                                framework: from.to_string(),
                            },
                        ),
                        None => (None, GuidanceSource::Indicator),
                    }
                }
                _ => (None, GuidanceSource::Indicator),
            },
        };
        Some(match entry {
            Some(e) => Guidance {
                code: q.code.clone(),
                indicator,
                issue: e.issue.unwrap_or(guide.issue),
                source,
                action_th: &e.th,
                action_en: e.en.as_deref().unwrap_or(&guide.question_en),
            },
            None => Guidance {
                code: q.code.clone(),
                indicator,
                issue: guide.issue,
                source,
                action_th: &guide.question_th,
                action_en: &guide.question_en,
            },
        })
    }
}

/// The indicator a question or OIT item counts towards.
pub fn indicator_of(fw: &Framework, code: &str) -> Option<u8> {
    let q = fw.question(code)?;
    q.parent
        .parse::<u8>()
        .ok()
        .or_else(|| fw.sub_indicator(&q.parent).map(|s| s.indicator))
}

/// How templates are worded for one agency and one plan: placeholders and digits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Wording {
    pub lang: Lang,
    pub digits: Digits,
    pub kind: AgencyKind,
    /// The agency's name; empty = the kind's generic name ("องค์การบริหารส่วนตำบล").
    pub agency: String,
    /// The plan's fiscal year (Buddhist era), for `{year}`.
    pub year: u16,
    /// The assessed year (Buddhist era), for `{prev_year}`.
    pub prev_year: u16,
}

impl Default for Wording {
    fn default() -> Self {
        Wording {
            lang: Lang::Th,
            digits: Digits::Thai,
            kind: AgencyKind::default(),
            agency: String::new(),
            year: 0,
            prev_year: 0,
        }
    }
}

impl Wording {
    /// The agency as templates name it: its name, or the kind's generic name.
    pub fn agency_name(&self) -> String {
        let name = self.agency.trim();
        if !name.is_empty() {
            return name.to_string();
        }
        self.kind_words().0.to_string()
    }

    /// The agency's chief executive ("นายกองค์การบริหารส่วนตำบล", "หัวหน้าส่วนราชการ", …).
    pub fn executive(&self) -> &'static str {
        self.kind_words().1
    }

    /// How the documents call an agency of this kind and its chief executive, when the user
    /// gave no name: (agency, executive) in the document's language.
    fn kind_words(&self) -> (&'static str, &'static str) {
        let (th, en) = match self.kind {
            AgencyKind::Municipality => {
                (("เทศบาล", "นายกเทศมนตรี"), ("the municipality", "the mayor"))
            }
            AgencyKind::Sao => (
                ("องค์การบริหารส่วนตำบล", "นายกองค์การบริหารส่วนตำบล"),
                ("the SAO", "the chief executive of the SAO"),
            ),
            AgencyKind::Pao => (
                ("องค์การบริหารส่วนจังหวัด", "นายกองค์การบริหารส่วนจังหวัด"),
                ("the PAO", "the chief executive of the PAO"),
            ),
            AgencyKind::Central => (
                ("ส่วนราชการ", "หัวหน้าส่วนราชการ"),
                ("the agency", "the head of the agency"),
            ),
            AgencyKind::Other => (
                ("หน่วยงาน", "ผู้บริหารสูงสุด"),
                ("the agency", "the chief executive"),
            ),
        };
        match self.lang {
            Lang::Th => th,
            Lang::En => en,
        }
    }

    /// Replace the placeholders and print digits as chosen.
    pub fn fill(&self, text: &str) -> String {
        let agency = self.agency_name();
        let filled = text
            .replace("{agency}", &agency)
            .replace("{executive}", self.executive())
            .replace("{year}", &self.year.to_string())
            .replace("{prev_year}", &self.prev_year.to_string());
        with_digits_keeping(&filled, self.digits, &[&agency])
    }
}

fn pick<'a>(lang: Lang, th: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::En if !en.trim().is_empty() => en,
        _ => th,
    }
}

fn pick_list<'a>(lang: Lang, th: &'a [String], en: &'a [String]) -> &'a [String] {
    match lang {
        Lang::En if !en.is_empty() => en,
        _ => th,
    }
}
