//! The texts of importing an agency's published report and loading a framework file (the data
//! screen), in both languages, read with `Store::tr` (the mark shown wherever a user's
//! framework scores the year is in [`super::Texts`], for the first download).

text_table! {
    /// Report-import and framework-file texts of one language.
    pub struct ImportTexts: IMPORTS_TH, IMPORTS_EN {
        // Importing a published report.
        report_title: "นำเข้ารายงานผลการประเมินที่เผยแพร่แล้ว", "Import a published results report";
        report_help: "เลือกรายงานการวิเคราะห์ผลการประเมิน ITA ของหน่วยงาน (DOCX, PDF ที่มีข้อความ หรือไฟล์ข้อความ) เช่น รายงานของปีที่แล้ว เพื่อใช้เทียบกับปีนี้ เครื่องมือจะแสดงทุกค่าที่พบพร้อมข้อความที่มาให้ตรวจก่อน ไม่มีข้อมูลใดเปลี่ยนจนกว่าจะกดยืนยัน",
            "Choose an agency's ITA analysis report (DOCX, a PDF with text, or a text file), e.g. last year's, to compare with this year. Every value found is shown with the text it came from; nothing changes until you confirm.";
        report_label: "เลือกไฟล์ DOCX, PDF หรือ TXT", "Choose a DOCX, PDF or TXT file";
        reading: "กำลังอ่านไฟล์…", "Reading the file…";
        load_failed: "โหลดส่วนอ่านไฟล์ไม่ได้ (ครั้งแรกต้องเชื่อมต่อเครือข่าย) ไม่มีข้อมูลใดถูกเปลี่ยน",
            "The file reader could not be loaded (the first time needs the network); nothing was changed";
        preview_title: "ค่าที่พบในไฟล์ (ตรวจก่อนยืนยัน)",
            "Values found in the file (check before confirming)";
        col_item: "รายการ", "Item";
        col_value: "ค่า", "Value";
        col_source: "ข้อความในไฟล์ที่เป็นที่มา", "Text in the file it came from";
        /// "บรรทัดที่ 12".
        line(n: &str): format!("บรรทัดที่ {n}"), format!("line {n}");
        found_agency: "ชื่อหน่วยงาน", "Agency name";
        found_year: "ปีงบประมาณ", "Fiscal year";
        found_overall: "คะแนนภาพรวม (ตามที่เผยแพร่)", "Overall score (as published)";
        found_level: "ระดับผลการประเมิน (ตามที่เผยแพร่)", "Level (as published)";
        warnings_title: "ข้อความที่อ่านไม่ได้ (ไม่นำเข้า)",
            "Text that could not be read (not imported)";
        published_note: "คะแนนภาพรวมและระดับที่รายงานพิมพ์ไว้จะเก็บเป็นค่าที่เผยแพร่ และตรวจเทียบกับค่าที่คำนวณใหม่ หากไม่ตรงกันจะแจ้งเตือนในหน้าผลการประเมิน",
            "The overall score and level the report prints are kept as published figures and checked against the recomputation; any difference is flagged on the results screens.";
        target_agency: "นำเข้าให้หน่วยงาน", "Import into agency";
        /// The choice of a new agency named after the report.
        new_agency(name: &str): format!("หน่วยงานใหม่: {name}"), format!("New agency: {name}");
        target_year: "นำเข้าเป็นคะแนนปีงบประมาณ", "Import as the scores of fiscal year";
        confirm: "ยืนยันนำเข้าคะแนน", "Confirm the import";
        cancel: "ยกเลิก", "Cancel";
        cancelled: "ยกเลิกแล้ว ไม่มีข้อมูลใดถูกเปลี่ยน", "Cancelled; nothing was changed";
        /// "นำเข้าคะแนน 14 รายการเข้าปี พ.ศ. 2567 แล้ว".
        done(n: usize, year: &str): format!("นำเข้าคะแนน {n} รายการเข้า{year} แล้ว"),
            format!("Imported {n} values into {year}");

        // Framework files.
        fw_title: "ไฟล์กรอบการประเมิน", "Framework file";
        fw_help: "โหลดไฟล์กรอบการประเมิน (TOML ตามรูปแบบของไฟล์ใน crates/core/frameworks/) เช่น กรอบปี ๒๕๗๐ เมื่อ ป.ป.ช. ประกาศ หรือกฎที่แก้ไขแล้ว ไฟล์จะถูกตรวจทุกช่องก่อนใช้ เก็บไว้ในสมุดงาน และใช้คำนวณปีที่ไฟล์ระบุแทนกรอบที่มาพร้อมเครื่องมือ ทุกหน้าและทุกเอกสารของปีนั้นจะระบุว่าใช้กรอบที่โหลดเอง",
            "Load a framework file (TOML, the schema of the files in crates/core/frameworks/), e.g. the 2570 framework once the NACC publishes it, or a corrected rule. Every field is checked first; the framework is stored in the workbook and scores the years it names instead of the built-in one. Every screen and document of those years says a user framework is in use.";
        fw_label: "เลือกไฟล์ TOML", "Choose a TOML file";
        /// "โหลดกรอบการประเมิน 2570-local (ปี 2570) แล้ว".
        fw_loaded(id: &str, years: &str): format!("โหลดกรอบการประเมิน {id} สำหรับปีงบประมาณ {years} แล้ว"),
            format!("Loaded framework {id} for fiscal year {years}");
        fw_none: "ยังไม่มีกรอบการประเมินที่โหลดเอง (ใช้กรอบที่มาพร้อมเครื่องมือทุกปี)",
            "No framework of your own (the built-in frameworks score every year)";
        /// A loaded framework in the list: id, title, years.
        fw_item(id: &str, title: &str, years: &str): format!("{id} · {title} · ใช้กับปีงบประมาณ {years}"),
            format!("{id} · {title} · for fiscal year {years}");
        fw_remove: "ลบ", "Remove";
        fw_confirm_remove(id: &str): format!("ลบกรอบการประเมิน {id} ออกจากสมุดงาน?"),
            format!("Remove framework {id} from the workbook?");
        fw_removed: "ลบกรอบการประเมินแล้ว", "Framework removed";
    }
}
