//! The texts of importing an agency's published report and loading a framework file (the data
//! screen), and of the mark shown wherever a user's framework scores the year. Both languages
//! are here (`IMPORTS_TH`, `IMPORTS_EN`); [`super::Texts::imports`] points at one.

/// Report-import and framework-file texts of one language.
pub struct ImportTexts {
    // Importing a published report.
    pub report_title: &'static str,
    pub report_help: &'static str,
    pub report_label: &'static str,
    pub reading: &'static str,
    pub load_failed: &'static str,
    pub preview_title: &'static str,
    pub col_item: &'static str,
    pub col_value: &'static str,
    pub col_source: &'static str,
    /// "บรรทัดที่ 12".
    pub line: fn(&str) -> String,
    pub found_agency: &'static str,
    pub found_year: &'static str,
    pub found_overall: &'static str,
    pub found_level: &'static str,
    pub warnings_title: &'static str,
    pub published_note: &'static str,
    pub target_agency: &'static str,
    /// The choice of a new agency named after the report.
    pub new_agency: fn(&str) -> String,
    pub target_year: &'static str,
    pub confirm: &'static str,
    pub cancel: &'static str,
    pub cancelled: &'static str,
    /// "นำเข้าคะแนน 14 รายการเข้าปี พ.ศ. 2567 แล้ว".
    pub done: fn(usize, &str) -> String,

    // Framework files.
    pub fw_title: &'static str,
    pub fw_help: &'static str,
    pub fw_label: &'static str,
    /// "โหลดกรอบการประเมิน 2570-local (ปี 2570) แล้ว".
    pub fw_loaded: fn(&str, &str) -> String,
    pub fw_none: &'static str,
    /// A loaded framework in the list: id, title, years.
    pub fw_item: fn(&str, &str, &str) -> String,
    pub fw_remove: &'static str,
    pub fw_confirm_remove: fn(&str) -> String,
    pub fw_removed: &'static str,
    /// The mark on every screen: "กรอบการประเมินที่ผู้ใช้โหลดเอง: …".
    pub fw_mark: fn(&str) -> String,
}

pub static IMPORTS_TH: ImportTexts = ImportTexts {
    report_title: "นำเข้ารายงานผลการประเมินที่เผยแพร่แล้ว",
    report_help: "เลือกรายงานการวิเคราะห์ผลการประเมิน ITA ของหน่วยงาน (DOCX, PDF ที่มีข้อความ หรือไฟล์ข้อความ) เช่น รายงานของปีที่แล้ว เพื่อใช้เทียบกับปีนี้ เครื่องมือจะแสดงทุกค่าที่พบพร้อมข้อความที่มาให้ตรวจก่อน ไม่มีข้อมูลใดเปลี่ยนจนกว่าจะกดยืนยัน",
    report_label: "เลือกไฟล์ DOCX, PDF หรือ TXT",
    reading: "กำลังอ่านไฟล์…",
    load_failed: "โหลดส่วนอ่านไฟล์ไม่ได้ (ครั้งแรกต้องเชื่อมต่อเครือข่าย) ไม่มีข้อมูลใดถูกเปลี่ยน",
    preview_title: "ค่าที่พบในไฟล์ (ตรวจก่อนยืนยัน)",
    col_item: "รายการ",
    col_value: "ค่า",
    col_source: "ข้อความในไฟล์ที่เป็นที่มา",
    line: |n| format!("บรรทัดที่ {n}"),
    found_agency: "ชื่อหน่วยงาน",
    found_year: "ปีงบประมาณ",
    found_overall: "คะแนนภาพรวม (ตามที่เผยแพร่)",
    found_level: "ระดับผลการประเมิน (ตามที่เผยแพร่)",
    warnings_title: "ข้อความที่อ่านไม่ได้ (ไม่นำเข้า)",
    published_note: "คะแนนภาพรวมและระดับที่รายงานพิมพ์ไว้จะเก็บเป็นค่าที่เผยแพร่ และตรวจเทียบกับค่าที่คำนวณใหม่ หากไม่ตรงกันจะแจ้งเตือนในหน้าผลการประเมิน",
    target_agency: "นำเข้าให้หน่วยงาน",
    new_agency: |name| format!("หน่วยงานใหม่: {name}"),
    target_year: "นำเข้าเป็นคะแนนปีงบประมาณ",
    confirm: "ยืนยันนำเข้าคะแนน",
    cancel: "ยกเลิก",
    cancelled: "ยกเลิกแล้ว ไม่มีข้อมูลใดถูกเปลี่ยน",
    done: |n, year| format!("นำเข้าคะแนน {n} รายการเข้า{year} แล้ว"),

    fw_title: "ไฟล์กรอบการประเมิน",
    fw_help: "โหลดไฟล์กรอบการประเมิน (TOML ตามรูปแบบของไฟล์ใน crates/core/frameworks/) เช่น กรอบปี ๒๕๗๐ เมื่อ ป.ป.ช. ประกาศ หรือกฎที่แก้ไขแล้ว ไฟล์จะถูกตรวจทุกช่องก่อนใช้ เก็บไว้ในสมุดงาน และใช้คำนวณปีที่ไฟล์ระบุแทนกรอบที่มาพร้อมเครื่องมือ ทุกหน้าและทุกเอกสารของปีนั้นจะระบุว่าใช้กรอบที่โหลดเอง",
    fw_label: "เลือกไฟล์ TOML",
    fw_loaded: |id, years| format!("โหลดกรอบการประเมิน {id} สำหรับปีงบประมาณ {years} แล้ว"),
    fw_none: "ยังไม่มีกรอบการประเมินที่โหลดเอง (ใช้กรอบที่มาพร้อมเครื่องมือทุกปี)",
    fw_item: |id, title, years| format!("{id} · {title} · ใช้กับปีงบประมาณ {years}"),
    fw_remove: "ลบ",
    fw_confirm_remove: |id| format!("ลบกรอบการประเมิน {id} ออกจากสมุดงาน?"),
    fw_removed: "ลบกรอบการประเมินแล้ว",
    fw_mark: |title| format!("ใช้กรอบการประเมินที่ผู้ใช้โหลดเอง: {title}"),
};

pub static IMPORTS_EN: ImportTexts = ImportTexts {
    report_title: "Import a published results report",
    report_help: "Choose an agency's ITA analysis report (DOCX, a PDF with text, or a text file), e.g. last year's, to compare with this year. Every value found is shown with the text it came from; nothing changes until you confirm.",
    report_label: "Choose a DOCX, PDF or TXT file",
    reading: "Reading the file…",
    load_failed: "The file reader could not be loaded (the first time needs the network); nothing was changed",
    preview_title: "Values found in the file (check before confirming)",
    col_item: "Item",
    col_value: "Value",
    col_source: "Text in the file it came from",
    line: |n| format!("line {n}"),
    found_agency: "Agency name",
    found_year: "Fiscal year",
    found_overall: "Overall score (as published)",
    found_level: "Level (as published)",
    warnings_title: "Text that could not be read (not imported)",
    published_note: "The overall score and level the report prints are kept as published figures and checked against the recomputation; any difference is flagged on the results screens.",
    target_agency: "Import into agency",
    new_agency: |name| format!("New agency: {name}"),
    target_year: "Import as the scores of fiscal year",
    confirm: "Confirm the import",
    cancel: "Cancel",
    cancelled: "Cancelled; nothing was changed",
    done: |n, year| format!("Imported {n} values into {year}"),

    fw_title: "Framework file",
    fw_help: "Load a framework file (TOML, the schema of the files in crates/core/frameworks/), e.g. the 2570 framework once the NACC publishes it, or a corrected rule. Every field is checked first; the framework is stored in the workbook and scores the years it names instead of the built-in one. Every screen and document of those years says a user framework is in use.",
    fw_label: "Choose a TOML file",
    fw_loaded: |id, years| format!("Loaded framework {id} for fiscal year {years}"),
    fw_none: "No framework of your own (the built-in frameworks score every year)",
    fw_item: |id, title, years| format!("{id} · {title} · for fiscal year {years}"),
    fw_remove: "Remove",
    fw_confirm_remove: |id| format!("Remove framework {id} from the workbook?"),
    fw_removed: "Framework removed",
    fw_mark: |title| format!("User framework in use: {title}"),
};
