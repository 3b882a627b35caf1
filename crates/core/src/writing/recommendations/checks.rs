//! Validation of the recommendation data files: coverage of a framework, required texts, no
//! left-over placeholders. Runs on load, so a bad edit to the data fails every test.

use super::*;
use crate::foundation::named_fields;

impl Library {
    /// Problems with `fw`'s coverage: every question must have guidance; every OIT item, and
    /// every IIT/EIT question unless the framework's set says `questions_from = "indicator"`,
    /// must have guidance written for it (or inherited); every code in the set must exist in
    /// `fw`. Empty = complete.
    pub fn check_framework(&self, fw: &Framework) -> Vec<String> {
        let mut problems = Vec::new();
        let Some(set) = self.code_set(fw.id()) else {
            return vec![format!("no code guidance for framework {}", fw.id())];
        };
        for c in &set.codes {
            if fw.question(&c.code).is_none() {
                problems.push(format!(
                    "codes-{}: {} is not a question of the framework",
                    fw.id(),
                    c.code
                ));
            }
        }
        let generic_ok = set.questions_from.as_deref() == Some(FROM_INDICATOR);
        for q in fw.questions() {
            match self.guidance(fw, &q.code) {
                None => problems.push(format!("{}: no guidance", q.code)),
                Some(g) if g.source == GuidanceSource::Indicator => {
                    if q.scale == Scale::Oit || !generic_ok {
                        problems.push(format!("{}: only the indicator's generic guidance", q.code));
                    }
                }
                Some(_) => {}
            }
        }
        problems
    }

    pub(super) fn validate(
        &self,
        ind_file: &str,
        iss_file: &str,
        code_sets: &[(&str, CodeSet)],
    ) -> Result<(), DataError> {
        let err = |file: &str, path: String, problem: &str| DataError {
            file: file.to_string(),
            path,
            problem: problem.to_string(),
        };
        check_texts(
            ind_file,
            "default_monitoring_th",
            &self.default_monitoring_th,
        )?;
        check_texts(
            ind_file,
            "default_monitoring_en",
            &self.default_monitoring_en,
        )?;
        for (k, o) in self.owners.iter().enumerate() {
            let p = format!("owners[{k}]");
            let texts = named_fields!(o; role, municipality, sao, pao, central, other, en);
            for (f, t) in texts {
                check_text(ind_file, &format!("{p}.{f}"), t)?;
            }
            if self.owners[..k].iter().any(|x| x.role == o.role) {
                return Err(err(ind_file, format!("{p}.role"), "duplicate role"));
            }
        }
        let numbers: Vec<u8> = self.indicators.iter().map(|i| i.number).collect();
        numbered_once(ind_file, ("indicators", "indicator"), 10, &numbers)?;
        for (k, i) in self.indicators.iter().enumerate() {
            let p = format!("indicators[{k}]");
            if !(1..=7).contains(&i.issue) {
                return Err(err(ind_file, format!("{p}.issue"), "must be 1–7"));
            }
            check_texts(ind_file, &format!("{p}.guidelines_th"), &i.guidelines_th)?;
            check_texts(ind_file, &format!("{p}.guidelines_en"), &i.guidelines_en)?;
            check_text(ind_file, &format!("{p}.question_th"), &i.question_th)?;
            check_text(ind_file, &format!("{p}.question_en"), &i.question_en)?;
            check_no_placeholders(ind_file, &format!("{p}.question_th"), &i.question_th)?;
            self.check_measures(ind_file, &p, &i.measures)?;
        }
        let numbers: Vec<u8> = self.issues.iter().map(|i| i.number).collect();
        numbered_once(iss_file, ("issues", "issue"), 7, &numbers)?;
        for (k, i) in self.issues.iter().enumerate() {
            let p = format!("issues[{k}]");
            check_text(iss_file, &format!("{p}.title_th"), &i.title_th)?;
            check_text(iss_file, &format!("{p}.title_en"), &i.title_en)?;
            if i.indicators.is_empty() || i.indicators.iter().any(|n| !(1..=10).contains(n)) {
                return Err(err(
                    iss_file,
                    format!("{p}.indicators"),
                    "one or more indicators 1–10",
                ));
            }
            self.check_measures(iss_file, &p, &i.measures)?;
        }
        // Every indicator's own issue must list it.
        for i in &self.indicators {
            if !self
                .issue(i.issue)
                .is_some_and(|s| s.indicators.contains(&i.number))
            {
                return Err(err(
                    ind_file,
                    format!("indicators[number={}].issue", i.number),
                    &format!(
                        "issue {} does not list indicator {} in {iss_file}",
                        i.issue, i.number
                    ),
                ));
            }
        }
        for (file, set) in code_sets {
            check_text(file, "framework", &set.framework)?;
            if let Some(from) = &set.questions_from {
                if from != FROM_INDICATOR && !code_sets.iter().any(|(_, s)| &s.framework == from) {
                    return Err(err(
                        file,
                        "questions_from".into(),
                        &format!("no code set for framework \"{from}\""),
                    ));
                }
            }
            for (k, c) in set.codes.iter().enumerate() {
                let p = format!("codes[{k}]");
                check_text(file, &format!("{p}.code"), &c.code)?;
                if c.code != c.code.to_lowercase() {
                    return Err(err(file, format!("{p}.code"), "codes are lower case"));
                }
                if set.codes[..k].iter().any(|x| x.code == c.code) {
                    return Err(err(file, format!("{p}.code"), "duplicate code"));
                }
                check_text(file, &format!("{p}.th"), &c.th)?;
                check_no_placeholders(file, &format!("{p}.th"), &c.th)?;
                if let Some(en) = &c.en {
                    check_text(file, &format!("{p}.en"), en)?;
                }
                if let Some(issue) = c.issue {
                    if !(1..=7).contains(&issue) {
                        return Err(err(file, format!("{p}.issue"), "must be 1–7"));
                    }
                }
                if starts_with_subject(&c.th) {
                    return Err(err(
                        file,
                        format!("{p}.th"),
                        "write an action without a subject (\"หน่วยงาน\" is added when needed)",
                    ));
                }
            }
        }
        Ok(())
    }

    /// The measures of the indicator or issue at `p`: at least one, each complete.
    fn check_measures(
        &self,
        file: &str,
        p: &str,
        measures: &[MeasureTemplate],
    ) -> Result<(), DataError> {
        if measures.is_empty() {
            return Err(DataError {
                file: file.into(),
                path: format!("{p}.measures"),
                problem: "at least one".into(),
            });
        }
        for (j, m) in measures.iter().enumerate() {
            self.check_measure(file, &format!("{p}.measures[{j}]"), m)?;
        }
        Ok(())
    }

    fn check_measure(&self, file: &str, p: &str, m: &MeasureTemplate) -> Result<(), DataError> {
        check_text(file, &format!("{p}.id"), &m.id)?;
        check_text(file, &format!("{p}.measure_th"), &m.measure_th)?;
        check_text(file, &format!("{p}.measure_en"), &m.measure_en)?;
        check_texts(file, &format!("{p}.steps_th"), &m.steps_th)?;
        check_texts(file, &format!("{p}.steps_en"), &m.steps_en)?;
        for (f, list) in named_fields!(m; monitoring_th, monitoring_en) {
            for (k, t) in list.iter().enumerate() {
                check_text(file, &format!("{p}.{f}[{k}]"), t)?;
            }
        }
        if m.owners.is_empty() {
            return Err(DataError {
                file: file.into(),
                path: format!("{p}.owners"),
                problem: "at least one owner role".into(),
            });
        }
        for r in &m.owners {
            if self.owner(r).is_none() {
                return Err(DataError {
                    file: file.into(),
                    path: format!("{p}.owners"),
                    problem: format!("unknown role \"{r}\""),
                });
            }
        }
        Ok(())
    }
}

/// The `numbers` of the entries of a list of `file` (its name, and what one entry is) are
/// 1 to `last`, each exactly once.
fn numbered_once(
    file: &str,
    (list, entry): (&str, &str),
    last: u8,
    numbers: &[u8],
) -> Result<(), DataError> {
    let problem = |path: String, problem: String| DataError {
        file: file.into(),
        path,
        problem,
    };
    for n in 1..=last {
        let count = numbers.iter().filter(|&&x| x == n).count();
        if count != 1 {
            let text = format!("{entry} {n} appears {count} times (must be once)");
            return Err(problem(list.into(), text));
        }
    }
    match numbers.iter().position(|n| !(1..=last).contains(n)) {
        Some(k) => Err(problem(
            format!("{list}[{k}].number"),
            format!("must be 1–{last}"),
        )),
        None => Ok(()),
    }
}

/// A form the library's files come in, parsed one file at a time, given as `(file name, text)`.
pub(super) trait FileFormat {
    fn parse<T: for<'de> Deserialize<'de>>(file: (&str, &str)) -> Result<T, DataError>;
}

/// The TOML sources (feature `toml-input`): a problem names its line.
#[cfg(feature = "toml-input")]
pub(super) struct Toml;

#[cfg(feature = "toml-input")]
impl FileFormat for Toml {
    fn parse<T: for<'de> Deserialize<'de>>(file: (&str, &str)) -> Result<T, DataError> {
        parse_toml(file)
    }
}

/// The built-in files, in the build script's JSON form.
pub(super) struct Json;

impl FileFormat for Json {
    fn parse<T: for<'de> Deserialize<'de>>(file: (&str, &str)) -> Result<T, DataError> {
        parse_json(file)
    }
}

/// Parse one TOML file, naming the line of a problem.
#[cfg(feature = "toml-input")]
fn parse_toml<T: for<'de> Deserialize<'de>>((file, text): (&str, &str)) -> Result<T, DataError> {
    toml::from_str(text).map_err(|e| {
        let path = e
            .span()
            .map(|s| {
                format!(
                    "line {}",
                    text[..s.start.min(text.len())].matches('\n').count() + 1
                )
            })
            .unwrap_or_else(|| "file".into());
        DataError {
            file: file.to_string(),
            path,
            problem: e.message().to_string(),
        }
    })
}

/// Parse one built-in file in the build script's JSON form.
fn parse_json<T: for<'de> Deserialize<'de>>((file, text): (&str, &str)) -> Result<T, DataError> {
    serde_json::from_str(text).map_err(|e| DataError {
        file: file.to_string(),
        path: format!("line {}", e.line()),
        problem: e.to_string(),
    })
}

/// Non-empty, trimmed, Arabic digits only, known placeholders only.
fn check_text(file: &str, path: &str, text: &str) -> Result<(), DataError> {
    let bad = |problem: &str| DataError {
        file: file.to_string(),
        path: path.to_string(),
        problem: problem.to_string(),
    };
    if text.trim().is_empty() {
        return Err(bad("empty text"));
    }
    if text.trim() != text {
        return Err(bad("leading or trailing spaces"));
    }
    if text.contains("  ") {
        return Err(bad("double space"));
    }
    if text.chars().any(|c| ('๐'..='๙').contains(&c)) {
        return Err(bad(
            "write digits as 0–9; documents convert them to Thai digits",
        ));
    }
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            return Err(bad("unclosed placeholder"));
        };
        let ph = &rest[start..start + len + 1];
        if !PLACEHOLDERS.contains(&ph) {
            return Err(bad(&format!("unknown placeholder {ph}")));
        }
        rest = &rest[start + len + 1..];
    }
    Ok(())
}

fn check_texts(file: &str, path: &str, texts: &[String]) -> Result<(), DataError> {
    if texts.is_empty() {
        return Err(DataError {
            file: file.to_string(),
            path: path.to_string(),
            problem: "at least one line".into(),
        });
    }
    for (k, t) in texts.iter().enumerate() {
        check_text(file, &format!("{path}[{k}]"), t)?;
    }
    Ok(())
}

fn check_no_placeholders(file: &str, path: &str, text: &str) -> Result<(), DataError> {
    if text.contains('{') {
        return Err(DataError {
            file: file.to_string(),
            path: path.to_string(),
            problem: "question guidance is used without wording; no placeholders".into(),
        });
    }
    Ok(())
}

/// Whether a Thai guideline starts with a subject that "หน่วยงาน" would duplicate.
fn starts_with_subject(th: &str) -> bool {
    ["หน่วยงาน", "ผู้บริหาร"].iter().any(|s| th.starts_with(s))
}
