//! Sample workbooks for workshops: fictional agencies (clearly labelled ตัวอย่างสมมติ) of each
//! type, with realistic score profiles — one that fails, one that passes narrowly, one blocked
//! from ผ่านดี by a single tool, and one with two years to compare. Loading one never touches
//! the user's own workbook: the caller decides where it goes.

use crate::foundation::error::{ItaError, Problem};
use crate::Workbook;

/// A bundled sample.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    pub id: &'static str,
    pub title_th: &'static str,
    pub title_en: &'static str,
    pub json: &'static str,
}

/// Every bundled sample.
pub const SAMPLES: &[Sample] = &[
    Sample {
        id: "sample-municipality",
        title_th: "เทศบาลตำบล ๒ ปี (๒๕๖๗ ไม่ผ่าน → ๒๕๖๘)",
        title_en: "Subdistrict municipality, two years (2567 fails → 2568)",
        json: include_str!("../../samples/sample-municipality.json"),
    },
    Sample {
        id: "sample-sao-fails",
        title_th: "อบต. ที่ไม่ผ่านเกณฑ์ (๒๕๖๘)",
        title_en: "SAO that fails (2568)",
        json: include_str!("../../samples/sample-sao-fails.json"),
    },
    Sample {
        id: "sample-pao-narrow",
        title_th: "อบจ. ที่ผ่านเกณฑ์อย่างฉิวเฉียด (๒๕๖๕)",
        title_en: "PAO that passes narrowly (2565)",
        json: include_str!("../../samples/sample-pao-narrow.json"),
    },
    Sample {
        id: "sample-blocked-by-eit",
        title_th: "เทศบาลเมืองที่พลาดระดับผ่านดีเพราะ EIT (๒๕๖๘)",
        title_en: "Town municipality kept from ผ่านดี by EIT (2568)",
        json: include_str!("../../samples/sample-blocked-by-eit.json"),
    },
];

/// Load a sample by id.
pub fn load(id: &str) -> Result<Workbook, ItaError> {
    let s = SAMPLES
        .iter()
        .find(|s| s.id == id)
        .ok_or_else(|| ItaError::BadWorkbook {
            path: "sample".into(),
            problem: Problem::text(format!("ไม่มีตัวอย่าง \"{id}\""), format!("no sample \"{id}\"")),
        })?;
    Workbook::from_json(s.json)
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
