//! Sample workbooks for workshops: fictional agencies (clearly labelled ตัวอย่างสมมติ) of each
//! type, with realistic score profiles — one that fails, one that passes narrowly, one blocked
//! from ผ่านดี by a single tool, and one with two years to compare. Loading one never touches
//! the user's own workbook: the caller decides where it goes.

use crate::foundation::error::{ItaError, Problem};
use crate::Workbook;

/// A bundled sample (its workbook: [`load`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    pub id: &'static str,
    pub title_th: &'static str,
    pub title_en: &'static str,
}

/// [`SAMPLES`] and the file of each, `samples/<id>.json` (so the id and the file name cannot
/// drift). The files are apart from the list, so that a program listing the samples does not
/// carry them (the web app's first screen: issue #12).
macro_rules! samples {
    ($(($id:literal, $th:literal, $en:literal),)+) => {
        /// Every bundled sample.
        pub const SAMPLES: &[Sample] = &[$(Sample { id: $id, title_th: $th, title_en: $en }),+];

        /// The JSON file of the sample `id`.
        fn file(id: &str) -> Option<&'static str> {
            match id {
                $($id => Some(include_str!(concat!("../../samples/", $id, ".json"))),)+
                _ => None,
            }
        }
    };
}

samples! {
    (
        "sample-municipality",
        "เทศบาลตำบล ๒ ปี (๒๕๖๗ ไม่ผ่าน → ๒๕๖๘)",
        "Subdistrict municipality, two years (2567 fails → 2568)"
    ),
    (
        "sample-sao-fails",
        "อบต. ที่ไม่ผ่านเกณฑ์ (๒๕๖๘)",
        "SAO that fails (2568)"
    ),
    (
        "sample-pao-narrow",
        "อบจ. ที่ผ่านเกณฑ์อย่างฉิวเฉียด (๒๕๖๕)",
        "PAO that passes narrowly (2565)"
    ),
    (
        "sample-blocked-by-eit",
        "เทศบาลเมืองที่พลาดระดับผ่านดีเพราะ EIT (๒๕๖๘)",
        "Town municipality kept from ผ่านดี by EIT (2568)"
    ),
}

/// Load a sample by id.
pub fn load(id: &str) -> Result<Workbook, ItaError> {
    let json = file(id).ok_or_else(|| ItaError::BadWorkbook {
        path: "sample".into(),
        problem: Problem::text(format!("ไม่มีตัวอย่าง \"{id}\""), format!("no sample \"{id}\"")),
    })?;
    Workbook::from_json(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_loads() {
        for s in SAMPLES {
            load(s.id).unwrap_or_else(|e| panic!("{}: {e}", s.id));
        }
        assert!(load("nope").is_err());
    }
}
