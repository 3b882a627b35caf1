//! The texts of the screens loaded on demand that are not tables of their own (scores,
//! analysis, what-if and path, measures): read with `use_screen_texts`, whose table also gives
//! every text of [`Texts`] (`Deref`), so a screen reads both through one `t()`. Kept out of
//! [`Texts`] so that the split build moves them out of the first download (issue #12).
//! Numbers in these texts are written in Arabic digits and shown through `Store::digits_in`,
//! so they follow the user's digits setting like the scores do.

use std::ops::Deref;

use super::{Texts, EN, TH};

text_table! {
    /// The screens' texts of one language, with the shared table behind them.
    pub struct ScreenTexts: SCREENS_TH, SCREENS_EN {
        /// The shared texts (menu, summary bar, first screen).
        shared as &'static Texts: &TH, &EN;

        // Scores screen.
        scores_title(y: &str): format!("กรอกคะแนน ปีงบประมาณ {y}"), format!("Scores, fiscal year {y}");
        entry_levels_label: "ระดับการกรอก", "Entry levels";
        quick_title: "คะแนนภาพรวมและรายเครื่องมือ", "Overall and tool scores";
        quick_help: "กรอกเฉพาะที่มี ช่องว่างคือยังไม่มีคะแนน (ไม่ใช่ศูนย์) ระบบคำนวณระดับที่สูงกว่าจากระดับย่อยให้",
            "Fill in what you have. An empty field is missing (not zero); higher levels are computed from the levels below.";
        indicators_title: "คะแนนรายตัวชี้วัด", "Indicator scores";
        indicators_help: "คะแนน 0–100 ของตัวชี้วัดทั้ง 10 ตัวตามรายงานผลของ ป.ป.ช. พิมพ์เลขไทยหรือเลขอารบิกได้",
            "The 0–100 scores of the ten indicators from the NACC results. Thai or Arabic digits.";
        detailed_title: "คะแนนรายข้อ", "Question and item scores";
        detailed_help: "คะแนนรายข้อคำถาม IIT/EIT (และข้อย่อย) และรายข้อ OIT ของแต่ละตัวชี้วัด",
            "IIT/EIT question scores (and sub-items) and OIT item scores of each indicator.";
        paste_title: "วางคะแนนจากตาราง", "Paste scores from a table";
        paste_help: "คัดลอกคอลัมน์รหัสและคะแนนจากสเปรดชีตหรือหน้ารายงานผล แล้ววางที่นี่ บรรทัดละหนึ่งรายการ เช่น \"1⇥91.71\" หรือ \"i7 73.72\"",
            "Copy the code and score columns from a spreadsheet or the results page and paste them here, one per line, e.g. \"1⇥91.71\" or \"i7 73.72\".";
        paste_label: "ข้อความที่วาง", "Pasted text";
        paste_preview: "ตัวอย่างสิ่งที่จะนำไปใช้", "What will be applied";
        paste_line: "บรรทัด", "Line";
        paste_code: "รหัส", "Code";
        paste_value: "คะแนน", "Score";
        paste_status: "สถานะ", "Status";
        paste_ok: "ใช้ได้", "OK";
        paste_apply(n: usize): format!("ใช้ {n} รายการที่ถูกต้อง"),
            format!("Apply the {n} valid lines");
        paste_applied(n: usize): format!("บันทึกแล้ว {n} รายการ"), format!("{n} scores saved");
        paste_errors(n: usize): format!("มีข้อผิดพลาด {n} บรรทัด (จะไม่ถูกนำไปใช้)"),
            format!("{n} lines have errors (they will not be applied)");
        import_title: "นำเข้าไฟล์", "Import a file";
        import_help: "ไฟล์คะแนน CSV (หัวตาราง year,code,score) จะเพิ่มคะแนนให้หน่วยงานที่เลือก ไฟล์สมุดงาน JSON จะแทนที่ข้อมูลทั้งหมดหลังตรวจสอบครบและยืนยันแล้ว",
            "A scores CSV (header year,code,score) adds scores to the chosen agency. A workbook JSON replaces everything, after it is fully checked and you confirm.";
        import_label: "เลือกไฟล์ CSV หรือ JSON", "Choose a CSV or JSON file";
        /// The button of every file input (the browser's own says "Choose File" in its
        /// language, not the page's).
        choose_file: "เลือกไฟล์…", "Choose a file…";
        import_csv_done(n: usize): format!("นำเข้าคะแนนแล้ว {n} ปี"),
            format!("Scores imported for {n} years");
        import_json_done: "นำเข้าสมุดงานแล้ว", "Workbook imported";
        import_failed: "นำเข้าไม่สำเร็จ ไม่มีข้อมูลใดถูกเปลี่ยน:",
            "Import failed; nothing was changed:";
        import_cancelled: "ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลใดถูกเปลี่ยน",
            "Import cancelled; nothing was changed";
        confirm_merge_scores(y: &str): format!("ไฟล์นี้มีคะแนนของปี {y} ซึ่งมีคะแนนอยู่แล้ว คะแนนรหัสเดียวกันจะถูกแทนที่ ดำเนินการต่อหรือไม่?"),
            format!("This file has scores for {y}, which already has scores. Scores with the same code will be replaced. Continue?");
        confirm_replace_workbook: "แทนที่ข้อมูลทั้งหมดในเบราว์เซอร์นี้ด้วยสมุดงานจากไฟล์หรือไม่? ข้อมูลเดิมจะหายไป (ควรส่งออกเก็บไว้ก่อน)",
            "Replace all data in this browser with the workbook from the file? The current data will be lost (export it first).";
        computed_hint(v: &str): format!("คำนวณได้ {v}"), format!("computed {v}");
        given_differs(v: &str): format!("ไม่ตรงกับค่าที่คำนวณได้ ({v})"),
            format!("differs from the computed value ({v})");
        oit_status: "ผลการเผยแพร่", "Publication";
        oit_missing: "ยังไม่ระบุ", "Not given";
        oit_met: "มีครบ (100)", "Met (100)";
        oit_partly: "มีบางส่วน (กรอกคะแนน)", "Partly (enter the score)";
        oit_not_met: "ไม่มี (0)", "Not met (0)";
        sub_items: "ข้อย่อย", "Sub-items";
        parts_rule: "วิธีรวม EIT ส่วนที่ 1 และ 2", "How EIT part 1 and part 2 combine";
        parts_auto: "อัตโนมัติ (ใช้ส่วนที่ 1 เมื่อเท่ากันหรือไม่มีส่วนที่ 2)",
            "Automatic (part 1 when equal or part 2 missing)";
        parts_part1: "ใช้ส่วนที่ 1", "Part 1";
        parts_mean: "ค่าเฉลี่ยของสองส่วน", "Mean of the parts";
        clear_year: "ล้างคะแนนของปีนี้", "Clear this year's scores";
        confirm_clear_year: "ล้างคะแนนทั้งหมดของปีนี้หรือไม่?", "Clear every score of this year?";
        score_of(n: &str): format!("คะแนน {n}"), format!("Score {n}");

        // Analysis screen.
        analysis_title(y: &str): format!("ผลการวิเคราะห์ ปีงบประมาณ {y}"),
            format!("Analysis, fiscal year {y}");
        no_scores_yet: "ยังไม่มีคะแนนของปีนี้ ไปที่ \"กรอกคะแนน\" เพื่อกรอกหรือนำเข้าคะแนน",
            "No scores for this year yet. Go to \"Scores\" to enter or import them.";
        tools_title: "คะแนนรายเครื่องมือ", "Tool scores";
        tool: "เครื่องมือ", "Tool";
        weight: "น้ำหนัก", "Weight";
        weighted_points: "คะแนนถ่วงน้ำหนัก", "Weighted points";
        indicators_table: "คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย", "Indicator scores, highest first";
        rank: "ลำดับ", "Rank";
        indicator: "ตัวชี้วัด", "Indicator";
        score: "คะแนน", "Score";
        result: "ผล", "Result";
        pass_mark(v: &str): format!("เกณฑ์ผ่าน {v} คะแนน"), format!("pass mark {v}");
        weaknesses_title: "จุดอ่อนที่ต้องแก้ไขเร่งด่วน", "Urgent weaknesses";
        strengths_title: "จุดที่ควรพัฒนาต่อยอด", "Points to develop further";
        findings_title: "ข้อที่ต้องพัฒนาในแต่ละตัวชี้วัด", "Items to improve in each indicator";
        findings_of(n: &str): format!("ข้อที่ยังไม่ผ่านใน{n}"), format!("Items not passing in {n}");
        item_met: "ครบ", "met";
        item_not_met: "ยังไม่ผ่าน", "not passing";
        none: "ไม่มี", "None";
        warnings_title: "ข้อควรตรวจสอบ", "Please check";
        provisional_title: "หมายเหตุเกณฑ์ที่ยังไม่ยืนยัน", "Notes on unverified rules";
        yoy_title: "เทียบกับปีก่อน", "Compared with the previous year";
        yoy_none: "ยังไม่มีคะแนนของปีก่อนหน้าสำหรับเปรียบเทียบ",
            "No scores of the previous year to compare with yet";
        previous: "ปีก่อน", "Previous year";
        current: "ปีนี้", "This year";
        change: "เปลี่ยนแปลง", "Change";
        chart_indicators: "กราฟคะแนนรายตัวชี้วัด", "Indicator scores chart";
        chart_tools: "กราฟคะแนนรายเครื่องมือ", "Tool scores chart";
        chart_yoy: "กราฟเทียบคะแนนรายตัวชี้วัดกับปีก่อน",
            "Indicator scores compared with the previous year";
        chart_table_caption: "ข้อมูลของกราฟ", "Data of the chart";
        legend_pass: "ผ่าน (แท่งทึบ)", "Passed (solid bar)";
        legend_fail: "ไม่ผ่าน (แท่งลายขีด)", "Not passed (striped bar)";

        // Planning screen.
        whatif_title: "ลองเปลี่ยนคะแนน", "What if";
        whatif_help: "เลื่อนหรือพิมพ์คะแนนใหม่ของตัวชี้วัด แล้วดูคะแนนรวมและระดับที่จะได้ทันที (ไม่เปลี่ยนคะแนนที่บันทึกไว้)",
            "Slide or type a new indicator score and see the overall and level at once (your saved scores do not change).";
        whatif_reset: "คืนค่าเดิมทั้งหมด", "Reset all";
        whatif_result: "ผลหลังเปลี่ยน", "Result after the changes";
        whatif_changed(n: usize): format!("เปลี่ยน {n} รายการ"), format!("{n} changed");
        gains_title: "ข้อที่เพิ่มคะแนนรวมได้มากที่สุด", "What raises the overall the most";
        gains_help: "คะแนนรวมที่เพิ่มขึ้นถ้าทำให้ข้อนั้นได้เต็ม 100",
            "The gain in the overall score if the item reached 100";
        gain: "เพิ่มได้", "Gain";
        planner_title: "เส้นทางที่สั้นที่สุดไปสู่เป้าหมาย", "Shortest path to a target";
        planner_help: "เลือกเป้าหมาย ระบบจะหาการปรับคะแนนที่น้อยที่สุดที่ทำให้ถึงเป้าหมาย",
            "Choose a target; the smallest set of score changes that reaches it is shown.";
        target: "เป้าหมาย", "Target";
        target_next_level: "ระดับถัดไป", "Next level";
        planner_reached: "ถึงเป้าหมายแล้ว", "Target already reached";
        planner_unreachable: "ไม่สามารถถึงเป้าหมายนี้ได้ด้วยคะแนนที่มี",
            "This target cannot be reached with the scores given";
        planner_steps: "สิ่งที่ต้องปรับ", "What to raise";
        raise_to(code: &str, from: &str, to: &str): format!("{code}: จาก {from} เป็น {to}"),
            format!("{code}: from {from} to {to}");
        needs_scores: "ต้องมีคะแนนรายตัวชี้วัดก่อน", "Indicator scores are needed first";

        // Measures screen.
        plan_title(from: &str, to: &str): format!("มาตรการจากผลปี {from} สำหรับปี {to}"),
            format!("Measures from the {from} results for {to}");
        plan_help: "แก้ไขได้ทุกช่อง เพิ่ม ลบ และเลื่อนลำดับแถวได้ด้วยปุ่มหรือแป้นพิมพ์",
            "Every field is editable; add, remove and reorder rows with the buttons or the keyboard.";
        plan_draft: "ร่างมาตรการจากผลการวิเคราะห์", "Draft measures from the analysis";
        /// The choice of a concise or a full draft (measures screen).
        draft_detail_legend: "รูปแบบของร่างมาตรการ", "Kind of draft";
        draft_concise: "กระชับ: หนึ่งมาตรการต่อจุดที่ต้องแก้ไข พร้อมขั้นตอนหลัก",
            "Concise: one measure per weak point, with its key steps";
        draft_full: "ครบถ้วน: ทุกแนวทางการพัฒนา", "Full: every development guideline";
        confirm_replace_plan: "แทนที่มาตรการที่มีอยู่ด้วยร่างใหม่หรือไม่?",
            "Replace the current measures with a new draft?";
        plan_empty: "ยังไม่มีมาตรการ กดร่างจากผลการวิเคราะห์ หรือเพิ่มทีละแถว",
            "No measures yet. Draft them from the analysis or add them one by one.";
        add_measure: "เพิ่มมาตรการ", "Add measure";
        remove_measure: "ลบมาตรการนี้", "Remove this measure";
        confirm_remove_measure: "ลบมาตรการนี้หรือไม่?", "Remove this measure?";
        move_up: "เลื่อนขึ้น", "Move up";
        move_down: "เลื่อนลง", "Move down";
        measure_n(n: usize): format!("มาตรการที่ {n}"), format!("Measure {n}");
        f_issue: "ประเด็น", "Issue";
        f_indicator: "ตัวชี้วัดที่เกี่ยวข้อง", "Indicator";
        f_measure: "มาตรการ/โครงการ", "Measure / project";
        f_steps: "ขั้นตอน/วิธีการ", "Steps";
        f_owner: "ผู้รับผิดชอบ", "Responsible";
        f_period: "ระยะเวลา", "Period";
        f_monitoring: "การกำกับติดตามและรายงานผล", "Monitoring and reporting";
        followup_title: "การติดตามผล", "Follow-up";
        f_status: "สถานะ", "Status";
        f_done: "ผลการดำเนินการ", "What was done";
        f_outcome: "ผลลัพธ์", "Outcome";
        f_suggestions: "ข้อเสนอแนะ", "Suggestions";
        fill_outcomes: "เติมผลลัพธ์จากคะแนนปีถัดไป", "Fill outcomes from next year's scores";
        outcomes_filled(n: usize): format!("เติมผลลัพธ์แล้ว {n} มาตรการ"),
            format!("Outcomes filled for {n} measures");
        no_next_year(y: &str): format!("ยังไม่มีคะแนนของปี {y} จึงยังเติมผลลัพธ์ไม่ได้"),
            format!("No scores for {y} yet, so outcomes cannot be filled");
        draft_unavailable: "ยังร่างมาตรการอัตโนมัติไม่ได้ในรุ่นนี้ เพิ่มมาตรการทีละแถวได้",
            "Automatic drafting is not available in this version; add measures one by one.";
    }
}

impl Deref for ScreenTexts {
    type Target = Texts;

    fn deref(&self) -> &Texts {
        self.shared
    }
}
