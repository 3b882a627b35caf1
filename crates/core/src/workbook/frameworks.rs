//! The user's frameworks in a workbook: add one (replacing any that covers one of its years)
//! and remove one. Each change is checked on a copy first — the framework itself, and every
//! year's scores against the framework that will score it — so a refused change leaves the
//! workbook as it was.

use crate::foundation::error::{ItaError, Problem};
use crate::framework::FrameworkFile;

use super::Workbook;

impl Workbook {
    /// Add a framework the user loaded; one already in the workbook that covers any of its
    /// years is replaced. Returns the ids replaced.
    pub fn add_framework(&mut self, file: FrameworkFile) -> Result<Vec<String>, ItaError> {
        let mut next = self.clone();
        let (replaced, kept): (Vec<FrameworkFile>, Vec<FrameworkFile>) = next
            .frameworks
            .drain(..)
            .partition(|f| f.years.iter().any(|y| file.years.contains(y)));
        next.frameworks = kept;
        next.frameworks.push(file);
        next.validate().map_err(refused)?;
        *self = next;
        Ok(replaced.into_iter().map(|f| f.id).collect())
    }

    /// Remove the user's framework `id`. Refused when a year that has data would then have no
    /// framework, or scores the built-in framework does not have (the error names the year).
    pub fn remove_framework(&mut self, id: &str) -> Result<(), ItaError> {
        let mut next = self.clone();
        next.frameworks.retain(|f| f.id != id);
        if next.frameworks.len() == self.frameworks.len() {
            return Err(ItaError::BadWorkbook {
                path: "frameworks".into(),
                problem: Problem::text(
                    format!("ไม่มีกรอบการประเมิน \"{id}\""),
                    format!("no framework \"{id}\""),
                ),
            });
        }
        let orphaned: Vec<String> = self
            .years_in_use()
            .into_iter()
            .filter(|y| {
                next.frameworks.iter().all(|f| !f.years.contains(y))
                    && crate::framework::scoring_for_builtin_year(*y).is_err()
            })
            .map(|y| y.to_string())
            .collect();
        if !orphaned.is_empty() {
            let years = orphaned.join(", ");
            return Err(ItaError::Refused {
                problem: Problem::text(
                    format!("ยังมีข้อมูลปีงบประมาณ {years} ที่ใช้กรอบการประเมิน \"{id}\" อยู่ กรุณาลบปีนั้นก่อน"),
                    format!(
                        "fiscal year {years} still uses framework \"{id}\"; delete that year first"
                    ),
                ),
            });
        }
        next.validate().map_err(refused)?;
        *self = next;
        Ok(())
    }

    /// Every fiscal year some agency has, ascending.
    fn years_in_use(&self) -> Vec<u16> {
        let mut years: Vec<u16> = self
            .agencies
            .iter()
            .flat_map(|a| a.years.keys().copied())
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The ids and years of the user's frameworks, for listing.
    pub fn framework_ids(&self) -> Vec<(String, Vec<u16>)> {
        self.frameworks
            .iter()
            .map(|f| (f.id.clone(), f.years.clone()))
            .collect()
    }
}

/// A workbook that a change would leave invalid, as the refusal of that change (the message is
/// the cause: an unknown code, a year without a framework), not as a bad file.
pub(crate) fn refused(e: ItaError) -> ItaError {
    match e {
        ItaError::BadWorkbook { problem, .. } => ItaError::Refused { problem },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbook::Agency;
    use crate::Lang;

    fn file_for(years: &[u16], id: &str) -> FrameworkFile {
        let mut f = crate::framework::for_builtin_year(2569)
            .expect("built-in 2569")
            .file
            .clone();
        f.id = id.into();
        f.years = years.to_vec();
        f
    }

    fn with_2570_scores() -> Workbook {
        let mut wb = Workbook::default();
        wb.add_framework(file_for(&[2570], "u1")).unwrap();
        let id = wb.add_agency(Agency::default());
        wb.add_year(&id, 2570);
        wb.set_score(&id, 2570, "IIT", Some(90.0));
        wb
    }

    #[test]
    fn a_framework_is_saved_with_the_workbook_and_read_back() {
        let wb = with_2570_scores();
        let json = wb.to_json();
        assert!(json.contains("\"frameworks\""));
        let back = Workbook::from_json(&json).unwrap();
        assert_eq!(back, wb);
        // Without it, a 2570 year cannot be read.
        let mut bare: serde_json::Value = serde_json::from_str(&json).unwrap();
        bare.as_object_mut().unwrap().remove("frameworks");
        let e = Workbook::from_json(&bare.to_string()).unwrap_err();
        assert!(
            e.message(Lang::Th).contains("2570"),
            "{}",
            e.message(Lang::Th)
        );
    }

    #[test]
    fn an_old_workbook_without_frameworks_has_none_and_writes_none() {
        let wb =
            Workbook::from_json(r#"{"format":"ita-workbook","version":1,"agencies":[]}"#).unwrap();
        assert!(wb.frameworks.is_empty());
        assert!(!wb.to_json().contains("frameworks"));
    }

    #[test]
    fn a_framework_for_the_same_year_replaces_the_old_one() {
        let mut wb = with_2570_scores();
        let replaced = wb.add_framework(file_for(&[2570, 2571], "u2")).unwrap();
        assert_eq!(replaced, vec!["u1".to_string()]);
        assert_eq!(wb.framework_ids(), vec![("u2".into(), vec![2570, 2571])]);
    }

    #[test]
    fn an_invalid_framework_changes_nothing_and_names_the_field() {
        let mut wb = with_2570_scores();
        let before = wb.clone();
        let mut bad = file_for(&[2570], "bad");
        bad.tools[0].weight = 0.0;
        let e = wb.add_framework(bad).unwrap_err();
        let th = e.message(Lang::Th);
        assert!(th.contains("frameworks[0].tools[0].weight"), "{th}");
        assert!(
            !th.contains("JSON"),
            "a refused change, not a bad file: {th}"
        );
        assert_eq!(wb, before);
    }

    #[test]
    fn removing_a_framework_that_scores_a_year_with_data_is_refused() {
        let mut wb = with_2570_scores();
        let before = wb.clone();
        let e = wb.remove_framework("u1").unwrap_err();
        assert_eq!(
            e.message(Lang::Th),
            "ยังมีข้อมูลปีงบประมาณ 2570 ที่ใช้กรอบการประเมิน \"u1\" อยู่ กรุณาลบปีนั้นก่อน"
        );
        assert_eq!(wb, before);
        assert!(wb.remove_framework("nope").is_err());
        // Once the year is gone, the framework can go.
        let id = wb.agencies[0].id.clone();
        wb.remove_year(&id, 2570);
        wb.remove_framework("u1").unwrap();
        assert!(wb.frameworks.is_empty());
    }
}
