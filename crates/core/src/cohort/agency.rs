//! One agency of a cohort as a workbook [`Agency`]: every year the cohort has for it, with the
//! scores as the file gave them, so that the single-agency analysis (and, when the user asks,
//! their own workbook) gets exactly what the cohort was computed from.

use crate::workbook::{Agency, AgencyKind, YearRecord};

use super::Cohort;

/// The kind of agency an agency-type cell names (`เทศบาลตำบล`, `อบต.`, `Municipality` …);
/// [`AgencyKind::Other`] when it names none of them.
pub fn kind_of(text: &str) -> AgencyKind {
    let t = text.trim();
    let lower = t.to_lowercase();
    let any = |words: &[&str]| {
        words
            .iter()
            .any(|w| t.starts_with(w) || lower.starts_with(w))
    };
    if any(&["เทศบาล", "ทต.", "ทม.", "ทน.", "municipal"]) {
        AgencyKind::Municipality
    } else if any(&["องค์การบริหารส่วนตำบล", "อบต", "subdistrict", "sao"])
    {
        AgencyKind::Sao
    } else if any(&["องค์การบริหารส่วนจังหวัด", "อบจ", "provincial admin", "pao"])
    {
        AgencyKind::Pao
    } else if any(&["ส่วนราชการ", "กระทรวง", "กรม", "สำนักงาน", "central"])
    {
        AgencyKind::Central
    } else {
        AgencyKind::Other
    }
}

/// The cohort's agency `index` as an [`Agency`] with id `id`; `None` if there is no such agency.
pub fn agency_record(cohort: &Cohort, index: u32, id: &str) -> Option<Agency> {
    let a = cohort.agencies.get(index as usize)?;
    let mut out = Agency {
        id: id.to_string(),
        name: a.name.clone(),
        kind: kind_of(&a.kind),
        province: a.province.clone(),
        ..Default::default()
    };
    for t in &cohort.years {
        let Some(r) = t.rows.iter().position(|row| row.agency == index) else {
            continue;
        };
        let mut rec = YearRecord::default();
        for (&node, &v) in t.codes.iter().zip(t.row_values(r)) {
            if !v.is_nan() {
                rec.scores.insert(&t.fw.nodes[node].code, v);
            }
        }
        out.years.insert(t.year, rec);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::read_cohort_csv;

    #[test]
    fn kinds_are_read_from_what_files_write() {
        assert_eq!(kind_of("เทศบาลตำบล"), AgencyKind::Municipality);
        assert_eq!(kind_of(" อบต."), AgencyKind::Sao);
        assert_eq!(kind_of("องค์การบริหารส่วนจังหวัด"), AgencyKind::Pao);
        assert_eq!(kind_of("กรมการปกครอง"), AgencyKind::Central);
        assert_eq!(kind_of("Municipality"), AgencyKind::Municipality);
        assert_eq!(kind_of(""), AgencyKind::Other);
    }

    #[test]
    fn an_agency_keeps_every_year_and_score_of_the_file() {
        let imp = read_cohort_csv(
            "agency,type,province,year,IIT,EIT,OIT\n\
             A,อบต.,P,2567,90,91,\nB,,P,2568,1,2,3\nA,อบต.,P,2568,80,81.5,82\n",
        )
        .unwrap();
        let a = agency_record(&imp.cohort, 0, "c1").unwrap();
        assert_eq!((a.id.as_str(), a.name.as_str()), ("c1", "A"));
        assert_eq!((a.kind, a.province.as_str()), (AgencyKind::Sao, "P"));
        assert_eq!(a.years.len(), 2);
        let v = &a.years[&2567].scores.values;
        assert_eq!(
            (v.get("IIT"), v.get("EIT"), v.get("OIT")),
            (Some(&90.0), Some(&91.0), None)
        );
        assert_eq!(a.years[&2568].scores.values.get("EIT"), Some(&81.5));
        assert!(agency_record(&imp.cohort, 9, "x").is_none());
    }
}
