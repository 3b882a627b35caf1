//! The texts of the cohort screen (many agencies at once, issue #14), in both languages here so
//! that the cohort's wording stays with the cohort; read with `Store::tr` (the menu entry and
//! the workshop banner's line are in [`super::Texts`], for the first download).

text_table! {
    /// Cohort screen texts of one language.
    pub struct CohortTexts: COHORT_TH, COHORT_EN {
        title: "วิเคราะห์หลายหน่วยงานพร้อมกัน", "Many agencies at once";

        // Import.
        import_title: "นำเข้าข้อมูลหลายหน่วยงาน", "Import a cohort";
        import_help: "ไฟล์ CSV แบบแถวละคะแนน (agency,type,province,year,code,score) หรือแบบแถวละหน่วยงาน (agency,type,province,year,ITA,IIT,EIT,OIT,1,…,10) หรือสมุดงาน JSON ที่มีหลายหน่วยงาน ใช้เลขไทยได้ ระบบจะแสดงผลการตรวจสอบก่อน ยังไม่มีอะไรเปลี่ยนจนกว่าจะยืนยัน",
            "A CSV with one score per line (agency,type,province,year,code,score) or one agency-year per line (agency,type,province,year,ITA,IIT,EIT,OIT,1,…,10), or a workbook JSON with many agencies. Thai digits are fine. You see what was found before anything changes.";
        import_label: "เลือกไฟล์ข้อมูลหลายหน่วยงาน (CSV หรือ JSON)",
            "Choose a cohort file (CSV or JSON)";
        reading: "กำลังอ่านไฟล์…", "Reading the file…";
        read_failed: "นำเข้าไม่ได้:", "Could not import:";
        sample_open: "เปิดตัวอย่างสมมุติ", "Open the fictional sample";
        sample_title: "ตัวอย่างสมมุติ: หน่วยงานในจังหวัดสมมุติ 300 แห่ง ปี 2567–2568 (ข้อมูลไม่ใช่ของจริง)",
            "Fictional sample: 300 agencies of a fictional province, 2567–2568 (not real data)";
        sample_close: "ปิดตัวอย่าง", "Close the sample";
        preview_title: "ผลการตรวจสอบไฟล์", "What the file holds";
        /// agencies, years (already written), good rows, bad rows.
        preview_counts(agencies: &str, years: &str, good: &str, bad: &str): format!("หน่วยงาน {agencies} แห่ง ปีงบประมาณ {years} แถวที่ถูกต้อง {good} แถว แถวที่มีปัญหา {bad} แถว"),
            format!("{agencies} agencies, fiscal years {years}, {good} good rows, {bad} rows with problems");
        bad_rows_title: "แถวที่มีปัญหา (จะไม่ถูกนำเข้า)", "Rows with problems (not imported)";
        apply: "นำเข้าข้อมูล", "Import";
        apply_skipping(n: &str): format!("นำเข้าเฉพาะแถวที่ถูกต้อง (ข้าม {n} แถว)"),
            format!("Import the good rows (skip {n})");
        nothing_to_apply: "ไม่มีแถวที่นำเข้าได้ กรุณาแก้ไขไฟล์แล้วนำเข้าใหม่",
            "No row can be imported; correct the file and import it again";
        source(name: &str): format!("ข้อมูลจากไฟล์ {name}"), format!("Data from {name}");
        remove: "ลบข้อมูลหลายหน่วยงาน", "Remove the cohort";
        /// Said in the preview when a cohort is already there.
        confirm_replace: "เมื่อนำเข้า ข้อมูลหลายหน่วยงานที่มีอยู่จะถูกแทนที่ด้วยไฟล์นี้",
            "Importing replaces the cohort you have with this file.";
        confirm_remove: "ลบข้อมูลหลายหน่วยงานออกจากเบราว์เซอร์นี้หรือไม่ (สมุดงานของท่านไม่เปลี่ยน)",
            "Remove the cohort from this browser? (Your workbook is not changed.)";
        empty: "ยังไม่มีข้อมูลหลายหน่วยงาน นำเข้าไฟล์ หรือเปิดตัวอย่างสมมุติเพื่อทดลองใช้",
            "No cohort yet. Import a file, or open the fictional sample to try it out.";

        // Storage (IndexedDB).
        saved: "บันทึกข้อมูลหลายหน่วยงานไว้ในเบราว์เซอร์นี้แล้ว", "The cohort is saved in this browser";
        not_saved_full: "พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม ข้อมูลหลายหน่วยงานอยู่ในหน้านี้เท่านั้น และจะหายเมื่อโหลดหน้าใหม่",
            "The browser's storage is full: the cohort is on this page only and is lost on reload";
        not_saved_unavailable: "เบราว์เซอร์นี้ไม่อนุญาตให้เก็บข้อมูล ข้อมูลหลายหน่วยงานอยู่ในหน้านี้เท่านั้น",
            "This browser does not allow storage: the cohort is on this page only";
        stored_corrupt(why: &str): format!("อ่านข้อมูลหลายหน่วยงานที่บันทึกไว้ไม่ได้ ({why})"),
            format!("The saved cohort could not be read ({why})");
        stored_backup(key: &str): format!("เก็บสำเนาไว้แล้วที่ {key} ดาวน์โหลดเก็บไว้ได้"),
            format!("A copy is kept under {key}; you can download it");
        stored_not_saving: "เก็บสำเนาไม่ได้ จึงจะไม่บันทึกทับจนกว่าท่านจะดาวน์โหลดข้อมูลเดิมไว้",
            "No copy could be kept, so nothing is saved over it until you download it";
        download_stored: "ดาวน์โหลดข้อมูลเดิม", "Download the saved data";

        // Year and filters.
        view_label: "ปีและตัวกรอง", "Year and filters";
        year: "ปีงบประมาณ", "Fiscal year";
        province: "จังหวัด", "Province";
        kind: "ประเภทหน่วยงาน", "Agency type";
        all: "ทั้งหมด", "All";
        no_province: "(ไม่ระบุ)", "(none)";

        // Figures.
        figures_title: "สรุปผล", "Summary";
        agencies: "จำนวนหน่วยงาน", "Agencies";
        scored: "มีคะแนนภาพรวม", "With an overall score";
        mean: "คะแนนเฉลี่ย", "Mean";
        median: "มัธยฐาน", "Median";
        pass_rate(mark: &str): format!("ผ่านเกณฑ์ ({mark} ขึ้นไป) ร้อยละ"),
            format!("Pass rate (≥ {mark}), %");
        levels_title: "จำนวนหน่วยงานตามระดับผลการประเมิน", "Agencies per level";
        level: "ระดับ", "Level";
        count: "จำนวน", "Agencies";
        share: "ร้อยละ", "%";
        histogram_title: "การกระจายของคะแนนภาพรวม", "Distribution of the overall score";
        range: "ช่วงคะแนน", "Score range";
        /// A bin, e.g. "85 – 90".
        bin(from: &str, to: &str): format!("{from} – {to}"), format!("{from} – {to}");
        weak_title: "ตัวชี้วัดที่ต่ำกว่าเกณฑ์บ่อยที่สุด", "Indicators most often below the pass mark";
        indicator(n: &str): format!("ตัวชี้วัดที่ {n}"), format!("Indicator {n}");
        below: "หน่วยงานที่ต่ำกว่าเกณฑ์", "Agencies below";
        held_title: "หน่วยงานที่ติดเพียงเครื่องมือเดียว", "Agencies held back by a single tool";
        held_line(tool: &str, score: &str, level: &str): format!("{tool} ได้ {score} จึงไม่ถึงระดับ{level}"),
            format!("{tool} at {score} keeps it from {level}");
        rises_title(y: &str): format!("คะแนนเพิ่มขึ้นมากที่สุดจากปี {y}"),
            format!("Largest rises since {y}");
        falls_title(y: &str): format!("คะแนนลดลงมากที่สุดจากปี {y}"),
            format!("Largest falls since {y}");
        change: "เปลี่ยนแปลง", "Change";
        warnings_title(n: &str): format!("คำเตือน ({n})"), format!("Warnings ({n})");
        none: "ไม่มี", "None";
        /// "the first 20 of 312 (all of them in the summary report)".
        listed_of(k: &str, n: &str): format!("แสดง {k} แห่งแรกจาก {n} แห่ง (รายงานสรุปมีครบทุกแห่ง)"),
            format!("The first {k} of {n} (the summary report lists them all)");

        // Ranking.
        ranking_title: "อันดับหน่วยงาน", "Ranking";
        sort_by: "เรียงตาม", "Sort by";
        rank: "อันดับ", "Rank";
        agency: "หน่วยงาน", "Agency";
        overall: "คะแนนภาพรวม", "Overall";
        percentile: "เปอร์เซ็นไทล์", "Percentile";
        descending: "จากมากไปน้อย", "Highest first";
        page_of(p: &str, n: &str): format!("หน้า {p} จาก {n}"), format!("Page {p} of {n}");
        prev: "ก่อนหน้า", "Previous";
        next: "ถัดไป", "Next";
        open: "ดูการวิเคราะห์", "Analysis";
        open_label(name: &str): format!("ดูการวิเคราะห์ของ{name}"),
            format!("Open the analysis of {name}");

        // Documents.
        docs_title: "เอกสารสำหรับผู้ประสานงาน", "Documents for the coordinator";
        docs_help: "ตามปีและตัวกรองที่เลือก: รายงานสรุป (DOCX, XLSX) และเอกสารหนึ่งหน้าต่อหน่วยงาน (DOCX ไฟล์เดียว) สำหรับส่งให้แต่ละหน่วยงาน",
            "For the chosen year and filters: the summary report (DOCX, XLSX) and a one-page sheet per agency (one DOCX) to send to each agency. The documents are in Thai.";
        doc_summary_docx: "รายงานสรุป (DOCX)", "Summary report (DOCX)";
        doc_summary_xlsx: "รายงานสรุป (XLSX)", "Summary report (XLSX)";
        doc_sheets: "เอกสารรายหน่วยงาน (DOCX)", "One sheet per agency (DOCX)";
        exporting: "กำลังจัดทำเอกสาร…", "Making the document…";
        export_failed: "จัดทำเอกสารไม่ได้:", "Could not make the document:";
    }
}
