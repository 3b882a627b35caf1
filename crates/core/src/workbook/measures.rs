//! The measures plan and its follow-up: the data of the o42/o25 plan and the o43/o26
//! implementation report. Every field is editable text; generation lives in `draft`.

use serde::{Deserialize, Serialize};

/// Where a measure stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    NotStarted,
    InProgress,
    Done,
    Cancelled,
}

crate::foundation::lang::labels!(Status {
    NotStarted => "ยังไม่เริ่ม", "Not started";
    InProgress => "อยู่ระหว่างดำเนินการ", "In progress";
    Done => "ดำเนินการแล้ว", "Done";
    Cancelled => "ยกเลิก", "Cancelled";
});

/// One row of the measures plan, with its follow-up.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Measure {
    /// Stable id within the plan (for editing and reordering).
    pub id: String,
    /// ประเด็น.
    pub issue: String,
    /// The indicator this measure addresses, if any (links the outcome to its score change).
    pub indicator: Option<u8>,
    /// Questions / OIT items it addresses.
    pub codes: Vec<String>,
    /// Further indicators it addresses besides `indicator` (a seven-issue measure covers
    /// several); their score changes are part of its outcome.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_indicators: Vec<u8>,
    /// มาตรการ/โครงการ.
    pub measure: String,
    /// ขั้นตอน/วิธีการ.
    pub steps: String,
    /// ผู้รับผิดชอบ.
    pub owner: String,
    /// ระยะเวลา.
    pub period: String,
    /// การกำกับติดตามและรายงานผล.
    pub monitoring: String,
    /// Follow-up: where it stands.
    pub status: Status,
    /// Follow-up: what was done (ผลการดำเนินการ).
    pub done: String,
    /// Follow-up: the outcome (ผลลัพธ์), filled from the indicator's change when known.
    pub outcome: String,
    /// Follow-up: suggestions (ข้อเสนอแนะ).
    pub suggestions: String,
}

impl Measure {
    /// Every text of the measure with its field's name: the plan's, then the follow-up's.
    pub fn texts(&self) -> [(&'static str, &String); 10] {
        crate::foundation::named_fields!(self;
            id, owner, period, issue, measure, steps, monitoring, done, outcome, suggestions)
    }
}
