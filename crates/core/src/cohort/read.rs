//! Reading a cohort: the long CSV format (`agency,type,province,year,code,score`), the wide one
//! (`agency,type,province,year,ITA,IIT,EIT,OIT,1,…,10`, any score columns) and the workbook JSON
//! with many agencies. Thai digits are accepted in years, codes and scores.
//!
//! A row with any bad cell is left out *and listed* in the [`Preview`] with its line number and
//! reason; the caller shows the preview before applying anything. A file that cannot be read at
//! all (no header, an unknown header, an invalid workbook) is an error.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use rustc_hash::FxHashMap;

use crate::foundation::cohort_problem::CohortProblem;
use crate::foundation::error::ItaError;
use crate::foundation::number::parse_score;
use crate::framework::{for_year, Framework};
use crate::input::scores_csv::parse_year_number;
use crate::workbook::limits::{check_len, NAME_MAX};
use crate::workbook::scores::normalize_code;
use crate::workbook::Workbook;
use crate::Lang;

use super::{Cohort, CohortAgency, YearRow, YearTable};

mod cells;
use cells::{fields, trim};

/// What an import found, shown before it is applied.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Preview {
    pub agencies: usize,
    pub years: Vec<u16>,
    /// Data lines (or workbook agency-years) taken in.
    pub good_rows: usize,
    /// Every line left out, with its reason, in file order.
    pub bad_rows: Vec<CohortProblem>,
}

impl Preview {
    /// One line per bad row, in the user's language.
    pub fn bad_messages(&self, lang: Lang) -> Vec<String> {
        self.bad_rows.iter().map(|p| p.message(lang)).collect()
    }
}

/// A cohort read from a file, with its preview.
#[derive(Clone, Debug)]
pub struct CohortImport {
    pub cohort: Cohort,
    pub preview: Preview,
}

fn err(p: CohortProblem) -> ItaError {
    ItaError::Cohort(p)
}

/// Read a cohort file: a workbook JSON if it starts with `{`, else CSV (long or wide).
pub fn read_cohort(text: &str) -> Result<CohortImport, ItaError> {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        Ok(from_workbook(&Workbook::from_json(t)?))
    } else {
        read_cohort_csv(text)
    }
}

/// The agencies of a workbook as a cohort (the workbook reader has validated everything).
pub fn from_workbook(wb: &Workbook) -> CohortImport {
    let mut b = Builder::default();
    for agency in &wb.agencies {
        let kind = agency.kind.label(Lang::Th);
        // A workbook identifies agencies by id: an empty or repeated name gets the id beside it
        // so that no agency's scores merge into another's.
        let taken = |name: &str| b.find(name.trim(), &agency.province).is_some();
        let name = if agency.name.trim().is_empty() || taken(&agency.name) {
            format!("{} ({})", agency.name.trim(), agency.id)
                .trim()
                .to_string()
        } else {
            agency.name.clone()
        };
        let a = b.agency(&name, kind, &agency.province);
        for (year, rec) in &agency.years {
            let Ok(fw) = for_year(*year) else { continue };
            let row = b.row(*year, fw, a, 0);
            let values: Vec<(usize, f64)> = rec
                .scores
                .values
                .iter()
                .filter_map(|(code, v)| Some((fw.node_index(code)?, *v)))
                .collect();
            b.set_row(*year, row, &values);
            b.good += 1;
        }
    }
    b.finish()
}

/// The two CSV layouts.
enum Layout {
    Long,
    /// Score columns as typed (normalised codes), after the four leading columns.
    Wide(Vec<String>),
}

const LEAD: [&str; 4] = ["agency", "type", "province", "year"];

/// Read a long or wide cohort CSV (`,`, `;` or tab separated; RFC 4180 quotes).
pub fn read_cohort_csv(text: &str) -> Result<CohortImport, ItaError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !trim(l).is_empty());
    let Some((h_idx, header)) = lines.next() else {
        return Err(err(CohortProblem::Empty));
    };
    let sep = [',', ';', '\t']
        .into_iter()
        .find(|&s| header.contains(s))
        .unwrap_or(',');
    let mut head_cells = Vec::new();
    fields(header, sep, h_idx + 1, &mut head_cells).map_err(err)?;
    let head: Vec<String> = head_cells
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let unknown = || {
        err(CohortProblem::UnknownHeader {
            found: header.trim().to_string(),
        })
    };
    if head.len() < 5 || head[..4] != LEAD {
        return Err(unknown());
    }
    let layout = if head[4..] == ["code", "score"] {
        Layout::Long
    } else {
        let codes: Vec<String> = head[4..].iter().map(|c| normalize_code(c)).collect();
        // A column no framework knows is a header mistake, not a problem of every row.
        let known = |c: &String| {
            crate::framework::all()
                .iter()
                .any(|f| f.node_index(c).is_some())
        };
        if !codes.iter().all(known) {
            return Err(unknown());
        }
        Layout::Wide(codes)
    };
    let mut r = LineReader {
        b: Builder::default(),
        sep,
        width: head.len(),
        layout,
        year_cols: Vec::new(),
        years_seen: Vec::new(),
        f: Vec::new(),
        values: Vec::new(),
    };
    for (idx, line) in lines {
        r.line(idx + 1, line);
    }
    Ok(r.b.finish())
}

type YearRead = Result<(u16, &'static Framework), ItaError>;

/// The data lines of a CSV, one at a time, with the buffers they share.
struct LineReader<'t> {
    b: Builder,
    sep: char,
    /// Cells in a line (the header's).
    width: usize,
    layout: Layout,
    /// Per year, each wide column's node (None: not in that year's framework); few years.
    year_cols: Vec<(u16, Vec<Option<usize>>)>,
    /// Each distinct year cell, read once (a file has few).
    years_seen: Vec<(String, YearRead)>,
    /// The cells of the line (reused from line to line: a file has 10,000s).
    f: Vec<Cow<'t, str>>,
    /// (wide column, node, value) of one row.
    values: Vec<(usize, usize, f64)>,
}

impl<'t> LineReader<'t> {
    /// Read one data line into the builder, or list it as bad.
    ///
    /// A function of its own, never inlined into the loop over lines: the browser runs a wasm
    /// call to its end in the code it started with, so a loop over 30,000 lines inside one
    /// call stays in the unoptimised first-tier code; a call per line is optimised once it is
    /// hot, for the rest of the file.
    #[inline(never)]
    fn line(&mut self, line_no: usize, line: &'t str) {
        let LineReader {
            b,
            sep,
            width,
            layout,
            year_cols,
            years_seen,
            f,
            values,
        } = self;
        let (sep, width) = (*sep, *width);
        if let Err(p) = fields(line, sep, line_no, f) {
            b.bad.push(p);
            return;
        }
        if f.len() != width {
            b.bad.push(CohortProblem::FieldCount {
                line: line_no,
                expected: width,
                found: f.len(),
            });
            return;
        }
        let cell = |e: ItaError| CohortProblem::Cell {
            line: line_no,
            error: Box::new(e),
        };
        let name = trim(&f[0]);
        if name.is_empty() {
            b.bad.push(CohortProblem::NoAgency { line: line_no });
            return;
        }
        let too_long = check_len("agency", name, NAME_MAX)
            .and_then(|()| check_len("type", trim(&f[1]), NAME_MAX))
            .and_then(|()| check_len("province", trim(&f[2]), NAME_MAX));
        if let Err(e) = too_long {
            b.bad.push(cell(e));
            return;
        }
        // A file has few distinct year cells: each is read once.
        let raw_year = trim(&f[3]);
        let seen = match years_seen.iter().position(|(raw, _)| *raw == raw_year) {
            Some(k) => k,
            None => {
                let r =
                    parse_year_number(raw_year, "year").and_then(|y| for_year(y).map(|fw| (y, fw)));
                years_seen.push((raw_year.to_string(), r));
                years_seen.len() - 1
            }
        };
        let (year, fw) = match &years_seen[seen].1 {
            Ok(y) => *y,
            Err(e) => {
                b.bad.push(cell(e.clone()));
                return;
            }
        };
        match &*layout {
            Layout::Long => {
                let node = match known_code(fw, year, &f[4]) {
                    Ok(n) => n,
                    Err(e) => {
                        b.bad.push(cell(e));
                        return;
                    }
                };
                let value = match parse_score(&f[5], &fw.nodes[node].code) {
                    Ok(v) => v,
                    Err(e) => {
                        b.bad.push(cell(e));
                        return;
                    }
                };
                let a = b.agency(name, trim(&f[1]), trim(&f[2]));
                let row = b.row(year, fw, a, line_no);
                if let Some(v) = value {
                    if let Some(first) = b.set_once(year, row, node, v, line_no) {
                        b.bad.push(CohortProblem::Duplicate {
                            line: line_no,
                            agency: format!("{name} ({})", fw.nodes[node].code),
                            year,
                            first_line: first,
                        });
                        return;
                    }
                }
                b.good += 1;
            }
            Layout::Wide(codes) => {
                let cols = match year_cols.iter().position(|(y, _)| *y == year) {
                    Some(k) => &year_cols[k].1,
                    None => {
                        year_cols.push((year, codes.iter().map(|c| fw.node_index(c)).collect()));
                        &year_cols[year_cols.len() - 1].1
                    }
                };
                values.clear();
                let mut problem = None;
                for (k, raw) in f[4..].iter().enumerate() {
                    match (parse_score(raw, &codes[k]), cols[k]) {
                        (Ok(None), _) => {}
                        (Ok(Some(v)), Some(node)) => values.push((k, node, v)),
                        (Ok(Some(_)), None) => {
                            problem = Some(cell(ItaError::UnknownCode {
                                code: codes[k].clone(),
                                year,
                            }));
                            break;
                        }
                        (Err(e), _) => {
                            problem = Some(cell(e));
                            break;
                        }
                    }
                }
                if problem.is_none() && values.is_empty() {
                    problem = Some(CohortProblem::NoScores { line: line_no });
                }
                if let Some(p) = problem {
                    b.bad.push(p);
                    return;
                }
                let a = b.agency(name, trim(&f[1]), trim(&f[2]));
                if let Some(first) = b.seen_row(year, a) {
                    b.bad.push(CohortProblem::Duplicate {
                        line: line_no,
                        agency: name.to_string(),
                        year,
                        first_line: first,
                    });
                    return;
                }
                let row = b.row(year, fw, a, line_no);
                b.set_wide_row(year, row, codes.len(), values);
                b.good += 1;
            }
        }
    }
}

fn known_code(fw: &Framework, year: u16, raw: &str) -> Result<usize, ItaError> {
    fw.node_index(&normalize_code(raw))
        .ok_or_else(|| ItaError::UnknownCode {
            code: raw.trim().to_string(),
            year,
        })
}

const NO_ROW: u32 = u32::MAX;

/// The index's hash of an agency's (province, name).
fn key_hash(name: &str, province: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    (province, name).hash(&mut h);
    h.finish()
}

/// One year being built.
struct YearBuild {
    fw: &'static Framework,
    rows: Vec<YearRow>,
    /// Per agency, its row ([`NO_ROW`]: none yet).
    row_of: Vec<u32>,
    /// (row, node, value, line): the long format and workbooks.
    cells: Vec<(u32, usize, f64, u32)>,
    /// The wide format: `rows × wide columns`, NaN where a cell is empty, and the node of each
    /// wide column that has a value (the same in every row of a year).
    wide: Vec<f64>,
    wide_nodes: Vec<Option<usize>>,
    /// Long format: the line that first set (row, node).
    set_at: HashMap<(u32, usize), u32>,
}

#[derive(Default)]
struct Builder {
    agencies: Vec<CohortAgency>,
    /// A hash of (province, name) → the latest agency with that hash; [`Builder::same_hash`]
    /// chains the earlier ones. No name is copied into the index.
    index: FxHashMap<u64, u32>,
    /// Per agency, the previous agency whose (province, name) has the same hash, or [`NO_ROW`].
    same_hash: Vec<u32>,
    /// The agency found last: a file's rows of one agency usually follow each other, so it is
    /// tried before the index.
    last: Option<u32>,
    years: BTreeMap<u16, YearBuild>,
    good: usize,
    bad: Vec<CohortProblem>,
}

impl Builder {
    fn agency(&mut self, name: &str, kind: &str, province: &str) -> u32 {
        let name = name.trim();
        if let Some(a) = self.last.filter(|&a| self.is_agency(a, name, province)) {
            return a;
        }
        let key = key_hash(name, province);
        if let Some(a) = self.find_hashed(key, name, province) {
            self.last = Some(a);
            return a;
        }
        let i = self.agencies.len() as u32;
        self.agencies.push(CohortAgency {
            name: name.to_string(),
            kind: kind.to_string(),
            province: province.to_string(),
        });
        let previous = self.index.insert(key, i);
        self.same_hash.push(previous.unwrap_or(NO_ROW));
        self.last = Some(i);
        i
    }

    /// The agency `name` of `province`, if read already.
    fn find(&self, name: &str, province: &str) -> Option<u32> {
        self.find_hashed(key_hash(name, province), name, province)
    }

    fn find_hashed(&self, key: u64, name: &str, province: &str) -> Option<u32> {
        let mut a = *self.index.get(&key)?;
        while a != NO_ROW {
            if self.is_agency(a, name, province) {
                return Some(a);
            }
            a = self.same_hash[a as usize];
        }
        None
    }

    /// Whether agency `a` is `name` in `province` (both trimmed).
    fn is_agency(&self, a: u32, name: &str, province: &str) -> bool {
        let x = &self.agencies[a as usize];
        x.name == name && x.province == province
    }

    fn seen_row(&self, year: u16, agency: u32) -> Option<usize> {
        let y = self.years.get(&year)?;
        let r = *y.row_of.get(agency as usize)?;
        (r != NO_ROW).then(|| y.rows[r as usize].line as usize)
    }

    fn row(&mut self, year: u16, fw: &'static Framework, agency: u32, line: usize) -> u32 {
        let y = self.years.entry(year).or_insert_with(|| YearBuild {
            fw,
            rows: Vec::new(),
            row_of: Vec::new(),
            cells: Vec::new(),
            wide: Vec::new(),
            wide_nodes: Vec::new(),
            set_at: HashMap::new(),
        });
        let a = agency as usize;
        if y.row_of.len() <= a {
            y.row_of.resize(a + 1, NO_ROW);
        }
        if y.row_of[a] == NO_ROW {
            y.row_of[a] = y.rows.len() as u32;
            y.rows.push(YearRow {
                agency,
                line: line as u32,
            });
        }
        y.row_of[a]
    }

    /// Every cell of one workbook agency-year.
    fn set_row(&mut self, year: u16, row: u32, values: &[(usize, f64)]) {
        if let Some(y) = self.years.get_mut(&year) {
            y.cells
                .extend(values.iter().map(|&(node, v)| (row, node, v, 0)));
        }
    }

    /// Every cell of one wide row, `(column, node, value)`, in a table `width` columns wide.
    fn set_wide_row(&mut self, year: u16, row: u32, width: usize, values: &[(usize, usize, f64)]) {
        let Some(y) = self.years.get_mut(&year) else {
            return;
        };
        let start = row as usize * width;
        if y.wide.len() < start + width {
            y.wide.resize(start + width, f64::NAN);
            y.wide_nodes.resize(width, None);
        }
        for &(col, node, v) in values {
            y.wide[start + col] = v;
            y.wide_nodes[col] = Some(node);
        }
    }

    /// Set a cell unless an earlier line did; then return that line.
    fn set_once(&mut self, year: u16, row: u32, node: usize, v: f64, line: usize) -> Option<usize> {
        let y = self.years.get_mut(&year)?;
        if let Some(&first) = y.set_at.get(&(row, node)) {
            return Some(first as usize);
        }
        y.set_at.insert((row, node), line as u32);
        y.cells.push((row, node, v, line as u32));
        None
    }

    fn finish(self) -> CohortImport {
        let mut years = Vec::new();
        for (year, y) in self.years {
            // The columns: the nodes that have a value, in node order.
            let mut col_of = vec![usize::MAX; y.fw.nodes.len()];
            for c in &y.cells {
                col_of[c.1] = 0;
            }
            for &node in y.wide_nodes.iter().flatten() {
                col_of[node] = 0;
            }
            let mut codes = Vec::new();
            for (node, col) in col_of.iter_mut().enumerate() {
                if *col == 0 {
                    *col = codes.len();
                    codes.push(node);
                }
            }
            let w = codes.len();
            let mut values = vec![f64::NAN; y.rows.len() * w];
            for &(row, node, v, _) in &y.cells {
                values[row as usize * w + col_of[node]] = v;
            }
            let ww = y.wide_nodes.len();
            if ww > 0 {
                let placed: Vec<(usize, usize)> = (0..ww)
                    .filter_map(|k| Some((k, col_of[y.wide_nodes[k]?])))
                    .collect();
                for (row, cells) in y.wide.chunks(ww).enumerate() {
                    let out = &mut values[row * w..(row + 1) * w];
                    for &(k, col) in &placed {
                        out[col] = cells[k];
                    }
                }
            }
            years.push(YearTable {
                year,
                fw: y.fw,
                codes,
                rows: y.rows,
                values,
            });
        }
        let mut bad = self.bad;
        bad.sort_by_key(|p| p.line());
        let preview = Preview {
            agencies: self.agencies.len(),
            years: years.iter().map(|t| t.year).collect(),
            good_rows: self.good,
            bad_rows: bad,
        };
        CohortImport {
            cohort: Cohort {
                agencies: self.agencies,
                years,
            },
            preview,
        }
    }
}
