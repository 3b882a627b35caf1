//! Every string the app shows, each text written once with its Thai (the default) and English
//! side by side: [`text_table!`] declares a table's struct and its two values (`TH`/`EN`, and
//! `WORKSHOP_MODE_TH`/`WORKSHOP_MODE_EN` and so on for the sub-tables), so a text missing in
//! one language is a compile error. Texts with parts that vary are functions
//! (`fn(...) -> String`). The tables of screens loaded on demand are read with
//! `Store::tr` ([`TextTable`]), not through [`Texts`], so that their strings leave the first
//! download.
//!
//! Scores, codes, indicator names and the core's messages come from `ita-core` in the chosen
//! language; this module only holds the app's own wording.

/// Declares a table of texts once for both languages: the struct `$name` (one field per text)
/// and its values `$th` (Thai) and `$en` (English). An entry is one of
/// - `field: "ไทย", "English";`, a `&'static str`;
/// - `field(a: &str, n: usize): format!("… {a}"), format!("… {n}");`, a `fn(&str, usize) ->
///   String` whose two bodies use the named parameters;
/// - `field as Type: thai_value, english_value;`, any other type (a sub-table).
macro_rules! text_table {
    (@type) => { &'static str };
    (@type ($($arg_ty:ty),*)) => { fn($($arg_ty),*) -> String };
    (@type as $ty:ty) => { $ty };
    (
        $(#[$doc:meta])*
        pub struct $name:ident: $th:ident, $en:ident {
            $(
                $(#[$field_doc:meta])*
                $field:ident $(($($arg:ident: $arg_ty:ty),*))? $(as $ty:ty)?: $thai:expr, $english:expr;
            )*
        }
    ) => {
        $(#[$doc])*
        pub struct $name {
            $(
                $(#[$field_doc])*
                pub $field: text_table!(@type $(($($arg_ty),*))? $(as $ty)?),
            )*
        }

        /// Thai, the default language.
        pub static $th: $name = $name {
            $($field: $(|$($arg),*|)? $thai,)*
        };

        /// English.
        pub static $en: $name = $name {
            $($field: $(|$($arg),*|)? $english,)*
        };

        impl $crate::i18n::TextTable for $name {
            fn of(lang: ita_core::Lang) -> &'static Self {
                match lang {
                    ita_core::Lang::Th => &$th,
                    ita_core::Lang::En => &$en,
                }
            }
        }
    };
}

/// A table of texts, in the language asked for (`Store::tr` reads it in the chosen one).
///
/// The tables of screens loaded on demand are not fields of [`Texts`]: a static that points
/// at another keeps it in the first download, and the split build moves a table into a
/// screen's chunk only when nothing in the main part refers to it.
pub trait TextTable: 'static {
    fn of(lang: Lang) -> &'static Self;
}

mod cohort;
mod imports;
mod report;
mod screens;
mod storage;
mod workshop;

use ita_core::Lang;

pub use cohort::CohortTexts;
pub use imports::ImportTexts;
pub use report::ReportTexts;
pub use screens::ScreenTexts;
pub use storage::{StorageTexts, STORAGE_EN, STORAGE_TH};
pub use workshop::{WorkshopModeTexts, WorkshopTexts, WORKSHOP_MODE_EN, WORKSHOP_MODE_TH};

text_table! {
    /// The texts of one language.
    pub struct Texts: TH, EN {
        // App shell.
        html_lang: "th", "en";
        app_name: "ITA · การประเมินคุณธรรมและความโปร่งใส",
            "ITA · Integrity and Transparency Assessment";
        app_title: "เครื่องมือคำนวณและวิเคราะห์คะแนน ITA", "ITA score calculator and analysis";
        lead: "สำหรับเจ้าหน้าที่หน่วยงานภาครัฐที่รับผิดชอบการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA): คำนวณคะแนน วิเคราะห์ผล วางแผน และจัดทำมาตรการ ทุกอย่างทำในเบราว์เซอร์นี้ ไม่ต้องมีบัญชี ไม่ส่งข้อมูลออก",
            "For the staff of public agencies in charge of the Integrity and Transparency Assessment (ITA): compute your agency's ITA scores, analyse them, plan and write the measures. Everything runs in this browser: no account, nothing is sent anywhere.";
        skip_link: "ข้ามไปยังเนื้อหา", "Skip to content";
        nav_label: "เมนูหลัก", "Main menu";
        /// Shown while a screen that loads on demand is fetched (on_demand.rs).
        loading_screen: "กำลังโหลดหน้าจอ…", "Loading the screen…";
        footer_privacy: "ความเป็นส่วนตัว: ทุกการคำนวณทำในเบราว์เซอร์ของท่าน ข้อมูลที่กรอกเก็บไว้ในเบราว์เซอร์นี้เท่านั้น ไม่ถูกส่งออกไปยังเครื่องแม่ข่ายใด",
            "Privacy: every calculation runs in your browser. What you enter is kept in this browser only and is never sent to a server.";
        footer_license: "ซอฟต์แวร์เสรี (MIT หรือ Apache-2.0) · ฟอนต์ Sarabun (SIL OFL 1.1)",
            "Free software (MIT or Apache-2.0) · Sarabun font (SIL OFL 1.1)";
        settings_label: "การแสดงผล", "Display";
        /// The button that switches to the other language (written in that language).
        other_language: "English", "ภาษาไทย";
        thai_digits: "แสดงเลขไทย", "Thai digits";
        /// The workshop mode's banner and messages (issue #7): see i18n/workshop.rs. The
        /// workshop screen's own texts, like the cohort's and the documents', are not here
        /// ([`TextTable`]).
        workshop_mode as &'static WorkshopModeTexts: &WORKSHOP_MODE_TH, &WORKSHOP_MODE_EN;
        /// Unreadable stored data, its backups, and other tabs (issue #15): see i18n/storage.rs.
        storage as &'static StorageTexts: &STORAGE_TH, &STORAGE_EN;
        /// The mark on every screen: "กรอบการประเมินที่ผู้ใช้โหลดเอง: …".
        user_framework_mark(title: &str): format!("ใช้กรอบการประเมินที่ผู้ใช้โหลดเอง: {title}"),
            format!("User framework in use: {title}");

        // Screens: label in the menu, and one line on what each is for.
        nav_workbook: "หน่วยงานและปี", "Agencies & years";
        nav_scores: "กรอกคะแนน", "Scores";
        nav_analysis: "วิเคราะห์", "Analysis";
        nav_planning: "จำลอง/เส้นทาง", "What-if & path";
        nav_measures: "มาตรการ", "Measures";
        nav_data: "ไฟล์", "Files";
        sum_workbook: "เพิ่ม แก้ไข และเลือกหน่วยงานกับปีงบประมาณที่ทำงานอยู่",
            "Add, edit and choose the agency and fiscal year you work on";
        sum_scores: "กรอกคะแนนภาพรวม รายเครื่องมือ รายตัวชี้วัด หรือรายข้อ วางจากตาราง หรือนำเข้าไฟล์",
            "Enter overall, tool, indicator or question scores, paste from a table, or import a file";
        sum_analysis: "คะแนนรวม ระดับ จุดอ่อน จุดแข็ง ข้อที่ต้องพัฒนา เทียบกับปีก่อน และกราฟ",
            "Overall score, level, weaknesses, strengths, items to improve, year-over-year and charts";
        sum_planning: "ลองเปลี่ยนคะแนนแล้วดูผลทันที และหาเส้นทางที่สั้นที่สุดไปสู่เป้าหมาย",
            "Change scores and see the result at once; find the shortest path to a target";
        sum_measures: "จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส และติดตามผลการดำเนินการ",
            "Write the integrity and transparency measures and follow them up";
        sum_data: "ส่งออกและนำเข้าสมุดงานทั้งหมด (JSON) และไฟล์คะแนน (CSV)",
            "Export and import the whole workbook (JSON) and the scores (CSV)";
        nav_report: "เอกสาร", "Documents";
        sum_report: "ตัวอย่างและดาวน์โหลดเอกสารที่หน่วยงานต้องเผยแพร่: รายงานการวิเคราะห์ มาตรการ รายงานผลการดำเนินการ และบันทึกข้อความ",
            "Preview and download the documents the agency publishes: the analysis report, the measures, the implementation report and the cover memo";
        nav_cohort: "หลายหน่วยงาน", "Cohort";
        sum_cohort: "วิเคราะห์ผลของหน่วยงานจำนวนมากพร้อมกัน (ทั้งจังหวัด ทั้งกระทรวง): สรุป อันดับ ระดับ และเอกสารสำหรับผู้ประสานงาน",
            "Analyse many agencies at once (a province, a ministry): summary, ranking, levels and the coordinator's documents";

        // Summary bar.
        summary_label: "สรุปปีที่เลือก", "Summary of the chosen year";
        agency: "หน่วยงาน", "Agency";
        fiscal_year: "ปีงบประมาณ", "Fiscal year";
        overall: "คะแนนรวม", "Overall score";
        level: "ระดับผลการประเมิน", "Rating level";
        verdict: "ผลเทียบเกณฑ์", "Against the pass mark";
        passed: "ผ่านเกณฑ์", "Passed";
        not_passed: "ไม่ผ่านเกณฑ์", "Not passed";
        no_value: "–", "–";
        no_agency_yet: "ยังไม่มีหน่วยงาน", "No agency yet";
        no_year_yet: "ยังไม่ได้เลือกปี", "No year chosen";
        go_to_workbook: "เพิ่มหน่วยงานและปีงบประมาณ", "Add an agency and a fiscal year";
        /// "พ.ศ. 2568" / "B.E. 2568".
        year_be(y: &str): format!("พ.ศ. {y}"), format!("B.E. {y}");

        // Workbook screen.
        agencies_title: "หน่วยงาน", "Agencies";
        add_agency: "เพิ่มหน่วยงาน", "Add agency";
        new_agency_title: "หน่วยงานใหม่", "New agency";
        agency_name: "ชื่อหน่วยงาน", "Agency name";
        agency_kind: "ประเภทหน่วยงาน", "Kind of agency";
        district: "อำเภอ", "District";
        province: "จังหวัด", "Province";
        save: "บันทึก", "Save";
        cancel: "ยกเลิก", "Cancel";
        edit: "แก้ไข", "Edit";
        delete: "ลบ", "Delete";
        work_on: "ใช้หน่วยงานนี้", "Use this agency";
        in_use: "กำลังใช้งาน", "In use";
        name_required: "กรุณากรอกชื่อหน่วยงาน", "Please enter the agency's name";
        confirm_delete_agency(n: &str): format!("ลบหน่วยงาน \"{n}\" พร้อมคะแนนและมาตรการทุกปีหรือไม่? การลบย้อนกลับไม่ได้"),
            format!("Delete the agency \"{n}\" with the scores and measures of every year? This cannot be undone.");
        years_title(n: &str): format!("ปีงบประมาณของ {n}"), format!("Fiscal years of {n}");
        add_year: "เพิ่มปี", "Add year";
        year_to_add: "ปีงบประมาณที่จะเพิ่ม", "Fiscal year to add";
        no_years: "ยังไม่มีปีงบประมาณ เพิ่มปีเพื่อเริ่มกรอกคะแนน",
            "No fiscal year yet. Add one to start entering scores.";
        framework: "กรอบการประเมิน", "Framework";
        confirm_delete_year(y: &str): format!("ลบคะแนนและมาตรการของปี {y} หรือไม่? การลบย้อนกลับไม่ได้"),
            format!("Delete the scores and measures of {y}? This cannot be undone.");
        default_agency_name: "หน่วยงานของฉัน", "My agency";
        scores_count(n: usize): format!("{n} คะแนน"), format!("{n} scores");
        samples_title: "ข้อมูลตัวอย่างสำหรับทดลองใช้", "Sample data to try the tool";
        samples_help: "เพิ่มหน่วยงานตัวอย่างสมมติเพื่อทดลองใช้หรือใช้ในการอบรม ข้อมูลของท่านไม่ถูกเปลี่ยน",
            "Add a fictional sample agency to try the tool or for training. Your own data is not changed.";
        sample_choice: "ตัวอย่าง", "Sample";
        sample_add: "เพิ่มตัวอย่าง", "Add sample";

        // Data screen and storage.
        data_title: "ไฟล์และข้อมูล", "Files and data";
        export_title: "ส่งออก", "Export";
        export_help: "ดาวน์โหลดสมุดงานทั้งหมด (ทุกหน่วยงาน ทุกปี คะแนน และมาตรการ) เพื่อสำรองหรือย้ายไปเครื่องอื่น ไฟล์สร้างในเบราว์เซอร์นี้ ไม่ผ่านเครื่องแม่ข่าย",
            "Download the whole workbook (every agency and year, scores and measures) as a backup or to move it to another computer. The file is made in this browser, not on a server.";
        export_json: "ดาวน์โหลดสมุดงาน (JSON)", "Download workbook (JSON)";
        export_csv: "ดาวน์โหลดคะแนน (CSV)", "Download scores (CSV)";
        storage_title: "การบันทึกในเบราว์เซอร์", "Saving in this browser";
        storage_help: "ทุกการแก้ไขบันทึกอัตโนมัติในเบราว์เซอร์นี้ (localStorage) หากล้างข้อมูลเบราว์เซอร์ ข้อมูลจะหาย ควรดาวน์โหลดสมุดงานเก็บไว้เป็นระยะ",
            "Every change is saved automatically in this browser (localStorage). Clearing the browser's data deletes it: download the workbook from time to time.";
        storage_not_saving: "สำรองสำเนาไม่ได้ ระบบจึงจะไม่บันทึกทับจนกว่าจะโหลดหน้าใหม่ กรุณาดาวน์โหลดข้อมูลเดิมเก็บไว้",
            "The copy could not be made, so nothing will be saved over it until the page is reloaded. Please download the old data.";
        download_backup: "ดาวน์โหลดข้อมูลเดิม", "Download the old data";
        storage_full: "พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม การแก้ไขล่าสุดยังอยู่ในหน้านี้แต่ยังไม่ถูกบันทึก กรุณาดาวน์โหลดสมุดงานเก็บไว้",
            "The browser's storage is full. Your latest changes are still on this page but not saved. Please download the workbook.";
        storage_unavailable: "เบราว์เซอร์นี้ไม่อนุญาตให้บันทึกข้อมูล ข้อมูลจะหายเมื่อปิดหน้า กรุณาดาวน์โหลดสมุดงานเก็บไว้",
            "This browser does not allow saving. Data will be lost when the page closes; please download the workbook.";
        dismiss: "ปิดข้อความ", "Dismiss";
        saved_locally: "บันทึกอัตโนมัติในเบราว์เซอร์นี้แล้ว", "Saved automatically in this browser";

    }
}

/// The texts of a language.
pub fn texts(lang: Lang) -> &'static Texts {
    Texts::of(lang)
}
