//! The texts of the report screen (documents, formats, downloads, print, the memo editor), in
//! both languages, read with `Store::tr` (the menu entry is in [`super::Texts`]).
//!
//! The documents themselves are Thai in every language (they are what Thai agencies
//! publish); these are only the app's own words around them.

text_table! {
    /// The report screen's texts in one language.
    pub struct ReportTexts: REPORT_TH, REPORT_EN {
        /// "เอกสารเผยแพร่ ผลการประเมินปี พ.ศ. 2565".
        title(y: &str): format!("เอกสารเผยแพร่ ผลการประเมินปี {y}"),
            format!("Documents to publish: results of {y}");
        options_title: "เลือกเอกสารและรูปแบบไฟล์", "Documents and format";
        docs_legend: "เอกสาร", "Documents";
        doc_memo: "บันทึกข้อความ (ปะหน้า)", "Cover memo";
        doc_analysis: "รายงานการวิเคราะห์ผลการประเมิน", "Analysis report";
        doc_plan: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "Integrity and transparency measures";
        doc_implementation: "รายงานผลการดำเนินการตามมาตรการ", "Implementation report";
        select_all: "เลือกทั้งหมด", "Select all";
        pick_a_doc: "กรุณาเลือกเอกสารอย่างน้อยหนึ่งรายการ", "Choose at least one document";
        format_legend: "รูปแบบ", "Format";
        format_docx: "Word (DOCX) แก้ไขต่อได้", "Word (DOCX), editable";
        format_xlsx: "Excel (XLSX) ตารางข้อมูล", "Excel (XLSX), the tables";
        format_csv: "CSV ตารางข้อมูล", "CSV, the tables";
        format_print: "พิมพ์ / บันทึกเป็น PDF", "Print / save as PDF";
        digits_legend: "ตัวเลขในเอกสาร", "Digits in the documents";
        digits_thai: "เลขไทย (๗๙.๔๓)", "Thai digits (๗๙.๔๓)";
        digits_arabic: "เลขอารบิก (79.43)", "Arabic digits (79.43)";
        /// The download button, "ดาวน์โหลด DOCX".
        download(f: &str): format!("ดาวน์โหลด {f}"), format!("Download {f}");
        print: "พิมพ์ / บันทึกเป็น PDF", "Print / save as PDF";
        print_help: "ในหน้าต่างพิมพ์ เลือกปลายทาง \"บันทึกเป็น PDF\" (Save as PDF) กระดาษ A4 แต่ละเอกสารขึ้นหน้าใหม่ หัวตารางพิมพ์ซ้ำทุกหน้า",
            "In the print dialog choose \"Save as PDF\". A4 paper; each document starts on a new page; table headers repeat on every page.";
        offline_note: "ไฟล์สร้างในเบราว์เซอร์นี้ ไม่ส่งข้อมูลไปยังเครื่องแม่ข่าย",
            "Files are made in this browser; nothing is sent to a server.";
        working: "กำลังสร้างไฟล์…", "Making the file…";
        /// "ดาวน์โหลด ita-2565-all.docx แล้ว".
        done(name: &str): format!("สร้างไฟล์ {name} แล้ว"), format!("{name} is ready");
        failed: "สร้างไฟล์ไม่สำเร็จ:", "Could not make the file:";
        load_failed: "โหลดส่วนสร้างไฟล์ Word/Excel ไม่สำเร็จ กรุณาตรวจสอบการเชื่อมต่อแล้วโหลดหน้านี้ใหม่ (ยังพิมพ์เป็น PDF หรือดาวน์โหลด CSV ได้):",
            "Could not load the Word/Excel maker. Check the connection and reload this page (printing to PDF and CSV still work):";
        no_scores: "ยังไม่มีคะแนนของปีที่เลือก กรอกหรือนำเข้าคะแนนก่อน แล้วจึงจัดทำเอกสาร",
            "The chosen year has no scores yet. Enter or import scores first.";
        preview_title: "ตัวอย่างเอกสาร", "Preview";
        preview_help: "ตัวอย่างนี้คือสิ่งที่จะพิมพ์และอยู่ในไฟล์ แก้ไขคะแนน มาตรการ หรือบันทึกข้อความแล้วตัวอย่างเปลี่ยนทันที",
            "This is what prints and what the files contain. Edit scores, measures or the memo and the preview follows at once. The documents are in Thai.";
        preview_label: "เนื้อหาเอกสาร", "Document preview";
        plan_empty_note: "ยังไม่มีมาตรการของปีนี้ ร่างมาตรการได้ที่หน้า \"มาตรการ\"",
            "This year has no measures yet; draft them on the Measures screen.";

        // The cover memo editor.
        memo_title: "บันทึกข้อความ", "Cover memo";
        memo_help: "ข้อความมาตรฐานกรอกไว้ให้แล้ว แก้ไขได้ทุกช่อง บันทึกไว้ในสมุดงานของปีนี้อัตโนมัติ",
            "Filled with the standard wording; every field is editable and saved with this year automatically. The memo is in Thai.";
        memo_kind: "ส่งเรื่อง", "Sends";
        memo_kind_plan: "รายงานการวิเคราะห์และมาตรการ", "The analysis and the measures";
        memo_kind_implementation: "รายงานผลการดำเนินการตามมาตรการ", "The implementation report";
        memo_department: "ส่วนราชการ", "Department (ส่วนราชการ)";
        memo_reference: "ที่", "Reference (ที่)";
        memo_date: "วันที่", "Date (วันที่)";
        memo_subject: "เรื่อง", "Subject (เรื่อง)";
        memo_to: "เรียน", "To (เรียน)";
        memo_background: "๑. เรื่องเดิม", "1. Background (เรื่องเดิม)";
        memo_facts: "๒. ข้อเท็จจริง", "2. Facts (ข้อเท็จจริง)";
        memo_considerations: "๓. ข้อพิจารณา", "3. Considerations (ข้อพิจารณา)";
        memo_signers: "ผู้ลงนาม", "Signatures";
        /// "ผู้ลงนามคนที่ 2".
        memo_signer_n(n: usize): if n == 1 { "ผู้เสนอ".to_string() } else { format!("ผู้พิจารณาคนที่ {}", n - 1) },
            if n == 1 { "Writer".to_string() } else { format!("Approver {}", n - 1) };
        memo_opinion: "ความเห็น (ถ้ามี)", "Opinion (optional)";
        memo_name: "ชื่อ-สกุล", "Name";
        memo_position: "ตำแหน่ง", "Position";
        memo_add_signer: "เพิ่มผู้ลงนาม", "Add a signature";
        memo_remove_signer: "ลบผู้ลงนามนี้", "Remove this signature";
        memo_reset: "กลับไปใช้ข้อความมาตรฐาน", "Back to the standard wording";
        memo_reset_confirm: "ล้างข้อความที่แก้ไขในบันทึกข้อความแล้วกลับไปใช้ข้อความมาตรฐานหรือไม่?",
            "Discard the memo's edits and go back to the standard wording?";
        memo_saved: "บันทึกอัตโนมัติ", "Saved automatically";
    }
}
