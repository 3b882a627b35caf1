//! The cover memo (บันทึกข้อความ) that sends a document up the chain of command, as in seeds
//! 001 and 003: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน, เรื่องเดิม, ข้อเท็จจริง, ข้อพิจารณา, and
//! signature blocks. Every field is editable text; [`Memo::draft`] fills sensible defaults.

use serde::{Deserialize, Serialize};

use crate::foundation::number::{with_digits_keeping, Digits};
use crate::workbook::Agency;

/// Which document the memo sends.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemoSubject {
    /// The analysis of year Y's results and the measures for Y+1 (o42 up to 2565, o25 from 2569).
    #[default]
    AnalysisAndPlan,
    /// The report on carrying out the measures (o43, o26).
    Implementation,
}

/// A person who signs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Signer {
    /// The opinion line above the signature, e.g. "เห็นควรอนุมัติ" (may be empty).
    pub opinion: String,
    pub name: String,
    pub position: String,
}

/// The memo's fields.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Memo {
    pub subject_kind: MemoSubject,
    /// ส่วนราชการ.
    pub department: String,
    /// ที่ (the reference number).
    pub reference: String,
    /// วันที่, as written (e.g. "๒๘ เมษายน ๒๕๖๙").
    pub date: String,
    /// เรื่อง.
    pub subject: String,
    /// เรียน.
    pub to: String,
    /// เรื่องเดิม.
    pub background: String,
    /// ข้อเท็จจริง.
    pub facts: String,
    /// ข้อพิจารณา.
    pub considerations: String,
    /// The writer first, then the approvers.
    pub signers: Vec<Signer>,
}

impl Memo {
    /// A memo with the standard wording of the seed memos for `year`'s results.
    pub fn draft(agency: &Agency, year: u16, kind: MemoSubject, digits: Digits) -> Memo {
        let name = if agency.name.trim().is_empty() {
            "หน่วยงาน".to_string()
        } else {
            agency.name.clone()
        };
        let d = |s: String| with_digits_keeping(&s, digits, &[&name]);
        let next = year + 1;
        // The item of the framework that checks the measures' year (its `[documents]` table).
        let item = crate::framework::nearest(next)
            .file
            .documents
            .measures_oit_item
            .clone()
            .unwrap_or_else(|| "ข้อมูลการนำผลการประเมินไปสู่การพัฒนา".to_string());
        let (subject, facts, considerations) = match kind {
            MemoSubject::AnalysisAndPlan => (
                d(format!("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {year} และมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {next}")),
                d(format!("สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {year} ของ{name} และกำหนดให้หน่วยงานเปิดเผยการวิเคราะห์ผลการประเมิน ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน ประเด็นที่ต้องพัฒนาให้ดีขึ้น และมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ซึ่งกำหนดผู้รับผิดชอบ ขั้นตอนหรือวิธีการปฏิบัติ และการกำกับติดตามผล ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ {item}")),
                d(format!("๑. เห็นควรพิจารณาให้ความเห็นชอบรายงานการวิเคราะห์ผลการประเมินและมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {next} ตามที่แนบมาพร้อมนี้\n๒. เห็นควรแจ้งทุกส่วนราชการถือปฏิบัติ และเผยแพร่ทางเว็บไซต์หลักของ{name} ต่อไป")),
            ),
            MemoSubject::Implementation => (
                d(format!("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {next}")),
                d(format!("{name} ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {next} จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {year} และได้ดำเนินการตามมาตรการดังกล่าว จึงได้จัดทำรายงานผลการดำเนินการตามมาตรการ")),
                d(format!("๑. เห็นควรพิจารณาให้ความเห็นชอบรายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {next}\n๒. เห็นควรเผยแพร่ทางเว็บไซต์หลักของ{name} เพื่อประชาสัมพันธ์ให้ประชาชนทราบ")),
            ),
        };
        Memo {
            subject_kind: kind,
            department: name.clone(),
            reference: String::new(),
            date: String::new(),
            subject,
            to: String::new(),
            background: "ด้วยแผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นการต่อต้านการทุจริตและประพฤติมิชอบ กำหนดให้การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment – ITA) เป็นเครื่องมือสำคัญในการป้องกันการทุจริตเชิงรุก เพื่อยกระดับธรรมาภิบาลและความโปร่งใสของหน่วยงานภาครัฐ".to_string(),
            facts,
            considerations,
            signers: vec![Signer::default()],
        }
    }
}
