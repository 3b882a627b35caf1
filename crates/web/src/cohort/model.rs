//! The cohort screen's display logic, with no Leptos (tested on the host): the cohort in use,
//! the choices of the filters, and the ranking's sort orders and pages. Every figure and chart
//! spec comes from `ita_core::cohort`; this only arranges it.

use std::collections::BTreeSet;
use std::ops::Range;

use ita_core::cohort::summary::CohortSummary;
use ita_core::cohort::{
    read_cohort, score_cohort, summarise, CohortFilter, CohortImport, ScoredCohort,
};
use ita_core::foundation::number::{format_score, Digits};
use ita_core::foundation::text::decode_owned;

/// Rows of the ranking shown at once.
pub const PAGE_SIZE: usize = 50;

/// The cohort in use: scored once, then only re-summarised on a filter change.
#[derive(Debug)]
pub struct Data {
    pub scored: ScoredCohort,
    /// The file's name (or the sample's title).
    pub name: String,
    /// The file's text, for saving and for the documents.
    pub text: String,
    /// The fictional workshop sample (never saved).
    pub sample: bool,
    pub provinces: Vec<String>,
    pub kinds: Vec<String>,
}

impl Data {
    pub fn new(import: CohortImport, name: &str, text: String, sample: bool) -> Data {
        // The few distinct values as a set first, trimmed after (sorting or trimming 10,000s
        // of names would cost far more).
        let distinct = |f: fn(&ita_core::cohort::CohortAgency) -> &str| {
            // Files list an agency's rows together and agencies by province: most values
            // repeat the previous one, which costs one comparison instead of a set's several.
            let mut raw: BTreeSet<&str> = BTreeSet::new();
            let mut last = None;
            for v in import.cohort.agencies.iter().map(f) {
                if last != Some(v) {
                    raw.insert(v);
                    last = Some(v);
                }
            }
            let set: BTreeSet<&str> = raw.into_iter().map(str::trim).collect();
            set.into_iter().map(str::to_string).collect::<Vec<_>>()
        };
        let provinces = distinct(|a| &a.province);
        let kinds = distinct(|a| &a.kind);
        Data {
            scored: score_cohort(import.cohort),
            name: name.to_string(),
            text,
            sample,
            provinces,
            kinds,
        }
    }

    pub fn years(&self) -> Vec<u16> {
        self.scored.years.iter().map(|y| y.year).collect()
    }
}

/// What the ranking is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    /// Rank (= the overall score).
    Rank,
    Agency,
    Kind,
    Province,
}

/// The ranking's rows (indices into `s.ranking`) in the chosen order; ties keep the rank order.
pub fn order(data: &Data, s: &CohortSummary, key: SortKey, reverse: bool) -> Vec<u32> {
    let agencies = &data.scored.cohort.agencies;
    let field = |i: u32| {
        let a = &agencies[s.ranking[i as usize].agency as usize];
        match key {
            SortKey::Agency => a.name.as_str(),
            SortKey::Kind => a.kind.as_str(),
            SortKey::Province => a.province.as_str(),
            SortKey::Rank => "",
        }
    };
    let mut idx: Vec<u32> = (0..s.ranking.len() as u32).collect();
    if key == SortKey::Rank {
        if reverse {
            idx.reverse();
        }
    } else {
        idx.sort_by(|&a, &b| {
            let o = field(a).cmp(field(b));
            if reverse { o.reverse() } else { o }.then(a.cmp(&b))
        });
    }
    idx
}

/// How many pages `n` rows take (at least one).
pub fn pages(n: usize) -> usize {
    n.div_ceil(PAGE_SIZE).max(1)
}

/// The rows of page `page` (0-based, clamped to the last page).
pub fn page_range(n: usize, page: usize) -> Range<usize> {
    let page = page.min(pages(n) - 1);
    let start = page * PAGE_SIZE;
    start..(start + PAGE_SIZE).min(n)
}

/// Run what an import runs on `text` — decode its bytes, read the rows, score, summarise the
/// latest year, order the ranking — and forget the results. Returns the agencies read.
///
/// Why: the browser starts every wasm function in its baseline compiler and optimises one only
/// after it has run a while, and a call in progress keeps the code it started with. A few runs
/// on the fictional sample while the user chooses a file (`CohortScreen`) get the per-line,
/// per-row and per-block functions of the import optimised before a real file arrives.
pub fn warm_up(text: &str) -> usize {
    let Ok(decoded) = decode_owned(text.as_bytes().to_vec()) else {
        return 0;
    };
    let Ok(import) = read_cohort(&decoded.text) else {
        return 0;
    };
    let read = import.preview.agencies;
    let data = Data::new(import, "", String::new(), true);
    let latest = data.scored.cohort.latest_year();
    if let Some(s) = latest.and_then(|y| summarise(&data.scored, y, &CohortFilter::default())) {
        order(&data, &s, SortKey::Rank, false);
    }
    read
}

/// A figure, or the dash when there is none.
pub fn figure(v: Option<f64>, digits: Digits, dash: &str) -> String {
    v.map(|x| format_score(x, digits))
        .unwrap_or_else(|| dash.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ita_core::cohort::read_cohort_csv;
    use ita_core::cohort::sample::workshop_csv;

    const FILE: &str = ita_core::cohort::sample::TINY_CSV;

    fn data() -> Data {
        Data::new(read_cohort_csv(FILE).unwrap(), "f.csv", FILE.into(), false)
    }

    #[test]
    fn warm_up_reads_the_whole_sample() {
        let text = workshop_csv();
        let agencies = ita_core::cohort::sample::workshop()
            .unwrap()
            .preview
            .agencies;
        assert!(agencies > 200);
        assert_eq!(warm_up(&text), agencies);
        assert_eq!(warm_up("not a cohort"), 0);
    }

    #[test]
    fn filters_offer_each_province_and_type_once() {
        let d = data();
        assert_eq!(d.provinces, ["P1", "P2"]);
        assert_eq!(d.kinds, ["อบต.", "เทศบาล"]);
        assert_eq!(d.years(), [2568]);
    }

    #[test]
    fn sorting_keeps_rank_order_among_equals() {
        let d = data();
        let s = summarise(&d.scored, 2568, &CohortFilter::default()).unwrap();
        let names = |o: Vec<u32>| -> Vec<String> {
            o.iter()
                .map(|&i| {
                    d.scored.cohort.agencies[s.ranking[i as usize].agency as usize]
                        .name
                        .clone()
                })
                .collect()
        };
        // Chai and Bee tie at 90 (rank 1, file order), then Alpha, then Dee.
        let cases = [
            (SortKey::Rank, false, ["Chai", "Bee", "Alpha", "Dee"]),
            (SortKey::Rank, true, ["Dee", "Alpha", "Bee", "Chai"]),
            (SortKey::Agency, false, ["Alpha", "Bee", "Chai", "Dee"]),
            (SortKey::Province, false, ["Bee", "Alpha", "Chai", "Dee"]),
            (SortKey::Province, true, ["Chai", "Dee", "Bee", "Alpha"]),
        ];
        for (key, descending, expected) in cases {
            assert_eq!(
                names(order(&d, &s, key, descending)),
                expected,
                "{key:?}, descending {descending}"
            );
        }
    }

    #[test]
    fn pages_cover_every_row_once() {
        assert_eq!(pages(0), 1);
        assert_eq!(pages(10_000), 200);
        assert_eq!(page_range(10_000, 0), 0..50);
        assert_eq!(page_range(10_001, 200), 10_000..10_001);
        assert_eq!(page_range(120, 99), 100..120, "clamped to the last page");
        assert_eq!(page_range(0, 0), 0..0);
    }
}
