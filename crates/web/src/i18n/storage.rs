//! The texts about data kept in the browser: unreadable stored data and its backups, and a
//! workbook changed in another tab (issue #15), in both languages; [`super::Texts::storage`]
//! points at them.

text_table! {
    /// Storage texts of one language.
    pub struct StorageTexts: STORAGE_TH, STORAGE_EN {
        // Unreadable data found at start-up.
        /// Nothing could be read; the core's reason.
        whole_unreadable(m: &str): format!("สมุดงานที่บันทึกไว้ในเบราว์เซอร์นี้อ่านไม่ได้ ({m}) จึงเริ่มด้วยสมุดงานว่าง"),
            format!("The workbook saved in this browser cannot be read ({m}), so the app started with an empty workbook.");
        /// Some records were set aside, the rest loaded.
        parts_unreadable: "อ่านสมุดงานที่บันทึกไว้ได้ไม่ครบ ส่วนที่อ่านได้เปิดใช้งานแล้ว ส่วนที่อ่านไม่ได้แยกเก็บไว้ดังนี้",
            "Part of the workbook saved in this browser cannot be read. Everything else was loaded; these parts were set aside:";
        /// One record set aside: where (agency name or JSON path) and why.
        part(where_: &str, why: &str): format!("{where_}: {why}"), format!("{where_}: {why}");
        /// The original was copied to this key before anything was saved.
        copied_to(k: &str): format!("ก่อนบันทึกสิ่งใด ระบบคัดลอกข้อมูลเดิมทั้งหมดไว้ที่ \"{k}\" โดยไม่แก้ไขแล้ว และตั้งแต่นี้จะบันทึกเฉพาะส่วนที่อ่านได้แทนที่ข้อมูลเดิม ดาวน์โหลด กู้คืนหลังแก้ไข หรือทิ้งสำเนานั้นได้ที่หน้าไฟล์และข้อมูล"),
            format!("Before anything was saved, the original data was copied unchanged to \"{k}\"; from now on what could be read is saved in its place. Download, restore after fixing, or discard the copy on the Files and data screen.");
        /// On a later visit: this many copies of unreadable data are kept.
        kept_from_before(n: usize): format!("มีสำเนาข้อมูลที่อ่านไม่ได้จากครั้งก่อนเก็บไว้ {n} ชุด ดาวน์โหลด กู้คืนหลังแก้ไข หรือทิ้งได้ที่หน้าไฟล์และข้อมูล"),
            format!("{n} copy(ies) of data that could not be read on an earlier visit are kept. Download, restore after fixing, or discard them on the Files and data screen.");
        go_to_data: "ไปที่หน้าไฟล์และข้อมูล", "Go to Files and data";

        // The Data screen's card of backups.
        backups_title: "ข้อมูลที่อ่านไม่ได้ซึ่งเก็บสำเนาไว้", "Unreadable data kept as copies";
        backups_help: "สำเนาเหล่านี้เก็บไว้ในเบราว์เซอร์จนกว่าท่านจะทิ้ง ดาวน์โหลดไปแก้ไข (เช่น แก้คะแนนที่เกิน 100) แล้วเลือกไฟล์ที่แก้แล้วเพื่อกู้คืนเป็นสมุดงาน",
            "These copies stay in this browser until you discard them. Download one, fix it (e.g. a score above 100), then choose the fixed file to restore it as the workbook.";
        backup_why: "สาเหตุที่อ่านไม่ได้:", "Why it cannot be read:";
        backup_size(n: usize): format!("ขนาด {n} ตัวอักษร"), format!("{n} characters");
        restore_label: "กู้คืนจากไฟล์ที่แก้ไขแล้ว (JSON)", "Restore from the fixed file (JSON)";
        restored: "กู้คืนสมุดงานแล้ว และทิ้งสำเนาที่อ่านไม่ได้แล้ว",
            "The workbook was restored and the unreadable copy discarded.";
        restore_failed: "ยังกู้คืนไม่ได้ ไม่มีข้อมูลใดเปลี่ยนแปลง:",
            "Not restored yet; nothing was changed:";
        discard: "ทิ้งสำเนานี้", "Discard this copy";
        confirm_discard: "ทิ้งสำเนาข้อมูลที่อ่านไม่ได้นี้หรือไม่? หากยังไม่ได้ดาวน์โหลดไว้ จะกู้คืนไม่ได้อีก",
            "Discard this copy of unreadable data? If you have not downloaded it, it cannot be restored.";

        // Another tab saved.
        conflict_title: "สมุดงานนี้ถูกแก้ไขในแท็บอื่น", "This workbook was changed in another tab";
        conflict_help: "การแก้ไขในแท็บนี้ยังอยู่ในหน้านี้ แต่จะยังไม่บันทึกจนกว่าท่านจะเลือก เพื่อไม่ให้ทับงานของอีกแท็บโดยไม่รู้ตัว ดาวน์โหลดทั้งสองฉบับเก็บไว้ก่อนได้",
            "Your changes in this tab stay on this page but are not saved until you choose, so that neither tab overwrites the other unknowingly. You can download both versions first.";
        conflict_removed: "แท็บอื่นลบสมุดงานที่บันทึกไว้ออกแล้ว",
            "Another tab removed the saved workbook.";
        take_theirs: "ใช้ฉบับจากแท็บอื่น (ทิ้งการแก้ไขที่ยังไม่บันทึกในแท็บนี้)",
            "Use the other tab's version (drop this tab's unsaved changes)";
        keep_mine: "ใช้ฉบับของแท็บนี้ (บันทึกทับการแก้ไขของแท็บอื่น)",
            "Keep this tab's version (replace the other tab's changes)";
        download_theirs: "ดาวน์โหลดฉบับจากแท็บอื่น", "Download the other tab's version";
        download_mine: "ดาวน์โหลดฉบับของแท็บนี้", "Download this tab's version";
    }
}
