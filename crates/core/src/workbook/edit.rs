//! Every change the app makes to a workbook, as named methods: add, edit and remove agencies
//! and years, set and merge scores, and the rows of a measures plan. The web app's store calls
//! these (and only these), so each mutation is written once and tested here, natively.
//!
//! Methods that name an agency or year which does not exist change nothing (and say so with
//! `false` / `None` where the caller may care).

use std::collections::BTreeMap;

use super::measures::Measure;
use super::scores::Scores;
use super::{Agency, Workbook, YearRecord};
use crate::foundation::error::{ItaError, Problem};

impl Workbook {
    /// Add `agency` under a fresh id (its own id is ignored); returns the id.
    pub fn add_agency(&mut self, agency: Agency) -> String {
        let id = self.new_agency_id();
        self.agencies.push(Agency {
            id: id.clone(),
            ..agency
        });
        id
    }

    /// Add several agencies (a sample workbook's) under fresh ids; returns the first new id.
    pub fn add_agencies(&mut self, agencies: Vec<Agency>) -> Option<String> {
        let mut first = None;
        for a in agencies {
            let id = self.add_agency(a);
            first.get_or_insert(id);
        }
        first
    }

    /// Change an agency's details (name, kind, district, province), keeping its id and years.
    pub fn edit_agency(&mut self, id: &str, edited: Agency) -> bool {
        let Some(a) = self.agency_mut(id) else {
            return false;
        };
        a.name = edited.name;
        a.kind = edited.kind;
        a.district = edited.district;
        a.province = edited.province;
        true
    }

    /// Remove an agency and all its years; `false` if there was none with that id.
    pub fn remove_agency(&mut self, id: &str) -> bool {
        let before = self.agencies.len();
        self.agencies.retain(|a| a.id != id);
        self.agencies.len() != before
    }

    /// Add an empty fiscal year to an agency (an existing year is kept as it is).
    pub fn add_year(&mut self, id: &str, year: u16) -> bool {
        match self.agency_mut(id) {
            Some(a) => {
                a.years.entry(year).or_insert_with(YearRecord::default);
                true
            }
            None => false,
        }
    }

    /// Remove a fiscal year (its scores, plan and memo) from an agency.
    pub fn remove_year(&mut self, id: &str, year: u16) -> bool {
        self.agency_mut(id)
            .is_some_and(|a| a.years.remove(&year).is_some())
    }

    /// The record of one agency's year, to change.
    pub fn year_mut(&mut self, id: &str, year: u16) -> Option<&mut YearRecord> {
        self.agency_mut(id)?.years.get_mut(&year)
    }

    /// Set one score (`None` removes it) of an existing year.
    pub fn set_score(&mut self, id: &str, year: u16, code: &str, value: Option<f64>) {
        if let Some(r) = self.year_mut(id, year) {
            r.set_score(code, value);
        }
    }

    /// Merge imported scores (already validated, codes normalised) into an agency: years it
    /// lacks are created; a value for a code already present replaces it; other codes stay.
    pub fn merge_scores(&mut self, id: &str, years: BTreeMap<u16, Scores>) -> bool {
        let Some(a) = self.agency_mut(id) else {
            return false;
        };
        for (year, scores) in years {
            a.years.entry(year).or_default().merge_values(scores.values);
        }
        true
    }

    /// Merge one year's scores read from a document (an agency's published report) into an
    /// agency, creating the year if needed: values replace those of the same code, the
    /// published level is kept. Checked on a copy against the year's framework first, so a
    /// refused import changes nothing.
    pub fn import_year(&mut self, id: &str, year: u16, scores: Scores) -> Result<(), ItaError> {
        let mut next = self.clone();
        let Some(a) = next.agency_mut(id) else {
            return Err(ItaError::BadWorkbook {
                path: "agencies".into(),
                problem: Problem::text(format!("ไม่พบหน่วยงาน {id}"), format!("no agency {id}")),
            });
        };
        let rec = a.years.entry(year).or_default();
        rec.merge_values(scores.values);
        if scores.level.is_some() {
            rec.scores.level = scores.level;
        }
        next.validate().map_err(super::frameworks::refused)?;
        *self = next;
        Ok(())
    }
}

impl YearRecord {
    /// Set one score (`None` removes it).
    pub fn set_score(&mut self, code: &str, value: Option<f64>) {
        match value {
            Some(v) => self.scores.insert(code, v),
            None => self.scores.remove(code),
        }
    }

    /// Add checked values (code → score, codes normalised) over the present ones.
    pub fn merge_values(&mut self, values: impl IntoIterator<Item = (String, f64)>) {
        self.scores.values.extend(values);
    }

    /// Remove every score of the year (the plan and memo stay).
    pub fn clear_scores(&mut self) {
        self.scores = Scores::default();
    }

    /// Append an empty measure with a fresh id; returns the id.
    pub fn add_measure(&mut self) -> String {
        let id = (1..)
            .map(|n| format!("m{n}"))
            .find(|id| self.plan.iter().all(|m| &m.id != id))
            .unwrap_or_default();
        self.plan.push(Measure {
            id: id.clone(),
            ..Default::default()
        });
        id
    }

    /// Change one measure of the plan.
    pub fn edit_measure(&mut self, id: &str, f: impl FnOnce(&mut Measure)) {
        if let Some(m) = self.plan.iter_mut().find(|m| m.id == id) {
            f(m);
        }
    }

    /// Move a measure `delta` places (negative = up); nothing happens past either end.
    pub fn move_measure(&mut self, id: &str, delta: isize) {
        if let Some(i) = self.plan.iter().position(|m| m.id == id) {
            let j = i as isize + delta;
            if j >= 0 && (j as usize) < self.plan.len() {
                self.plan.swap(i, j as usize);
            }
        }
    }

    /// Remove a measure from the plan.
    pub fn remove_measure(&mut self, id: &str) {
        self.plan.retain(|m| m.id != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Agency {
        Agency {
            id: "ignored".into(),
            name: name.into(),
            ..Default::default()
        }
    }

    #[test]
    fn agencies_get_fresh_ids_and_can_be_edited_and_removed() {
        let mut w = Workbook::default();
        assert_eq!(w.add_agency(named("A")), "a1");
        assert_eq!(w.add_agency(named("B")), "a2");
        assert!(w.edit_agency(
            "a1",
            Agency {
                name: "A2".into(),
                district: "D".into(),
                ..Default::default()
            }
        ));
        assert_eq!(w.agency("a1").unwrap().name, "A2");
        assert_eq!(w.agency("a1").unwrap().district, "D");
        assert_eq!(w.agency("a1").unwrap().id, "a1");
        assert!(!w.edit_agency("zz", named("x")));
        assert!(w.remove_agency("a1"));
        assert!(!w.remove_agency("a1"));
        // The freed id is reused for the next agency.
        assert_eq!(w.add_agency(named("C")), "a1");
        assert_eq!(
            w.add_agencies(vec![named("S1"), named("S2")]).as_deref(),
            Some("a3")
        );
        assert_eq!(w.agencies.len(), 4);
        assert_eq!(w.add_agencies(Vec::new()), None);
    }

    #[test]
    fn years_and_scores() {
        let mut w = Workbook::default();
        let id = w.add_agency(named("A"));
        assert!(w.add_year(&id, 2567));
        assert!(!w.add_year("nope", 2567));
        w.set_score(&id, 2567, "I7", Some(80.0));
        w.set_score(&id, 2566, "i7", Some(80.0)); // no such year: nothing happens
        assert_eq!(w.agency(&id).unwrap().years.len(), 1);
        assert_eq!(w.year_mut(&id, 2567).unwrap().scores.get("i7"), Some(80.0));
        // Adding a year that exists keeps its scores.
        w.add_year(&id, 2567);
        assert_eq!(w.year_mut(&id, 2567).unwrap().scores.get("i7"), Some(80.0));
        w.set_score(&id, 2567, "i7", None);
        assert!(w.year_mut(&id, 2567).unwrap().scores.is_empty());
        assert!(w.remove_year(&id, 2567));
        assert!(!w.remove_year(&id, 2567));
    }

    #[test]
    fn merging_imported_scores_creates_years_and_keeps_other_codes() {
        let mut w = Workbook::default();
        let id = w.add_agency(named("A"));
        w.add_year(&id, 2567);
        w.set_score(&id, 2567, "1", Some(50.0));
        w.set_score(&id, 2567, "2", Some(60.0));
        let mut s67 = Scores::default();
        s67.insert("2", 70.0);
        let mut s68 = Scores::default();
        s68.insert("ITA", 90.0);
        assert!(w.merge_scores(&id, BTreeMap::from([(2567, s67), (2568, s68.clone())])));
        let a = w.agency(&id).unwrap();
        assert_eq!(a.years[&2567].scores.get("1"), Some(50.0));
        assert_eq!(a.years[&2567].scores.get("2"), Some(70.0));
        assert_eq!(a.years[&2568].scores.get("ITA"), Some(90.0));
        assert!(!w.merge_scores("nope", BTreeMap::from([(2568, s68)])));
        w.year_mut(&id, 2567).unwrap().clear_scores();
        assert!(w.agency(&id).unwrap().years[&2567].scores.is_empty());
    }

    #[test]
    fn measures_are_added_edited_moved_and_removed() {
        let mut r = YearRecord::default();
        assert_eq!(r.add_measure(), "m1");
        assert_eq!(r.add_measure(), "m2");
        assert_eq!(r.add_measure(), "m3");
        r.edit_measure("m2", |m| m.issue = "x".into());
        assert_eq!(r.plan[1].issue, "x");
        r.move_measure("m1", -1); // already first
        r.move_measure("m3", 1); // already last
        r.move_measure("m3", -1);
        let ids: Vec<_> = r.plan.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["m1", "m3", "m2"]);
        r.remove_measure("m1");
        assert_eq!(r.add_measure(), "m1");
        assert_eq!(r.plan.len(), 3);
    }
}
