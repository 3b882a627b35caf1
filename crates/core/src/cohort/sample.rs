//! A fictional cohort for workshops and benchmarks, generated deterministically (a tiny
//! seeded generator, so every run and every platform gives the same file).
//!
//! Every name is invented and marked สมมุติ (fictional); the province does not exist. The
//! spreads follow what published results look like: IIT and EIT mostly high and close, OIT
//! widely spread (many agencies publish little), a drift of a couple of points a year.

use crate::foundation::error::ItaError;
use crate::foundation::number::format_fixed;
use crate::foundation::number::Digits;

use super::read::{read_cohort_csv, CohortImport};

/// The workshop sample's province (fictional).
pub const SAMPLE_PROVINCE: &str = "จังหวัดสมมุติ";
/// The title shown wherever the sample is offered.
pub const SAMPLE_TITLE: &str =
    "ตัวอย่างสมมุติ: หน่วยงานในจังหวัดสมมุติ ๓๐๐ แห่ง ปี ๒๕๖๗–๒๕๖๘ (ข้อมูลไม่ใช่ของจริง)";

/// A four-agency cohort (two provinces, two types, a tie at 90 on every tool, one agency far
/// below the pass mark), small enough to check by hand: for the tests of each layer that shows
/// a cohort.
pub const TINY_CSV: &str = "agency,type,province,year,IIT,EIT,OIT\n\
    Chai,อบต.,P2,2568,90,90,90\n\
    Alpha,เทศบาล,P1,2568,80,80,80\n\
    Bee,อบต.,P1,2568,90,90,90\n\
    Dee,อบต.,P2,2568,50,50,50\n";

/// What to generate.
#[derive(Clone, Debug, PartialEq)]
pub struct GeneratorSpec {
    pub provinces: Vec<String>,
    /// Agencies per province.
    pub agencies: usize,
    /// Fiscal years, ascending (each must have a framework with indicators 1–10).
    pub years: Vec<u16>,
    pub seed: u64,
}

/// SplitMix64: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Roughly normal (sum of four uniforms, only arithmetic), mean 0, s.d. `sd`.
    fn normal(&mut self, sd: f64) -> f64 {
        let s: f64 = (0..4).map(|_| self.unit()).sum::<f64>() - 2.0;
        s * sd * 3f64.sqrt()
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[(self.next() % list.len() as u64) as usize]
    }
}

const FIRST: [&str; 10] = [
    "บ้าน",
    "หนอง",
    "โนน",
    "ดอน",
    "ห้วย",
    "นา",
    "โคก",
    "ท่า",
    "วัง",
    "บึง",
];
const SECOND: [&str; 16] = [
    "ใหม่",
    "แก้ว",
    "ทอง",
    "สว่าง",
    "คำ",
    "เจริญ",
    "ศรี",
    "งาม",
    "ยาง",
    "บัว",
    "สำราญ",
    "พัฒนา",
    "สมบูรณ์",
    "รุ่งเรือง",
    "ไทร",
    "มะค่า",
];

/// The kinds, with their share of a province (about what a province has).
fn kind(r: f64, first: bool) -> &'static str {
    if first {
        "องค์การบริหารส่วนจังหวัด"
    } else if r < 0.22 {
        "เทศบาลตำบล"
    } else if r < 0.25 {
        "เทศบาลเมือง"
    } else {
        "องค์การบริหารส่วนตำบล"
    }
}

fn clamp(v: f64) -> f64 {
    v.clamp(0.0, 100.0)
}

/// A wide cohort CSV (indicators 1–10 for every agency and year).
pub fn generate_wide_csv(spec: &GeneratorSpec) -> String {
    let mut rng = Rng(spec.seed);
    let mut out = String::from("agency,type,province,year,1,2,3,4,5,6,7,8,9,10\n");
    for province in &spec.provinces {
        for a in 0..spec.agencies {
            let kind = kind(rng.unit(), a == 0);
            let place = format!("{}{}", rng.pick(&FIRST), rng.pick(&SECOND));
            let name = match kind {
                "องค์การบริหารส่วนจังหวัด" => {
                    let short = province.strip_prefix("จังหวัด").unwrap_or(province);
                    format!("{kind}{short} (สมมุติ)")
                }
                _ => format!("{kind}{place} {} (สมมุติ)", a + 1),
            };
            // The agency's own level and how much it publishes; each year drifts.
            let mut inner = 88.0 + rng.normal(5.0);
            let mut outer = 87.0 + rng.normal(5.0);
            let mut open = if rng.unit() < 0.25 {
                45.0 + rng.normal(15.0)
            } else {
                88.0 + rng.normal(9.0)
            };
            for year in &spec.years {
                out.push_str(&format!("{name},{kind},{province},{year}"));
                for ind in 1..=10 {
                    let (base, sd) = match ind {
                        1..=5 => (inner, 4.0),
                        6..=8 => (outer, 4.0),
                        _ => (open, 8.0),
                    };
                    let v = clamp(base + rng.normal(sd));
                    out.push(',');
                    out.push_str(&format_fixed(v, 2, Digits::Arabic));
                }
                out.push('\n');
                inner = clamp(inner + 0.8 + rng.normal(1.5));
                outer = clamp(outer + 0.8 + rng.normal(1.5));
                open = clamp(open + 3.0 + rng.normal(8.0));
            }
        }
    }
    out
}

/// The workshop spec: one fictional province, about 300 agencies, two years.
pub fn workshop_spec() -> GeneratorSpec {
    GeneratorSpec {
        provinces: vec![SAMPLE_PROVINCE.to_string()],
        agencies: 300,
        years: vec![2567, 2568],
        seed: 2568,
    }
}

/// The workshop sample as a cohort file (wide CSV).
pub fn workshop_csv() -> String {
    generate_wide_csv(&workshop_spec())
}

/// The workshop sample, read (the generator writes only valid rows; the tests check it).
pub fn workshop() -> Result<CohortImport, ItaError> {
    read_cohort_csv(&workshop_csv())
}
