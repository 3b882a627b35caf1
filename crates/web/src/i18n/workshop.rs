//! The texts of the workshop mode, the presenter view, the shareable link and the embeddable
//! calculator (issue #7), in both languages: the mode's banner in [`WorkshopModeTexts`]
//! ([`super::Texts::workshop_mode`]), the screen's in [`WorkshopTexts`], read with `Store::tr`.

text_table! {
    /// The workshop mode's banner and messages (shown on every screen, so in the first
    /// download), and the menu entry of the workshop screen.
    pub struct WorkshopModeTexts: WORKSHOP_MODE_TH, WORKSHOP_MODE_EN {
        // The menu entry.
        nav: "เวิร์กช็อป/แชร์", "Workshop/share";
        summary: "เปิดข้อมูลตัวอย่างสำหรับการอบรม นำเสนอผลทีละขั้น แชร์สถานการณ์ด้วยลิงก์และคิวอาร์โค้ด และฝังเครื่องคำนวณในเว็บไซต์ของหน่วยงาน",
            "Open sample data for training, present the results step by step, share a scenario by link and QR code, and embed the calculator in your agency's website";

        // The banner and the mode's messages.
        badge: "ข้อมูลตัวอย่าง (สมมติ)", "Sample data (fictional)";
        banner_sample(title: &str): format!("โหมดเวิร์กช็อป: {title}"),
            format!("Workshop mode: {title}");
        banner_link: "โหมดเวิร์กช็อป: สถานการณ์จากลิงก์ที่แชร์",
            "Workshop mode: a scenario from a shared link";
        banner_label: "โหมดเวิร์กช็อป", "Workshop mode";
        untouched: "ข้อมูลของท่านเองไม่ถูกแก้ไข ข้อมูลเวิร์กช็อปเก็บไว้ในแท็บนี้เท่านั้น",
            "Your own data is not changed; the workshop data is kept in this tab only";
        reset: "เริ่มเวิร์กช็อปใหม่", "Restart the workshop";
        exit: "กลับไปยังข้อมูลของฉัน", "Back to my data";
        save_own: "บันทึกลงข้อมูลของฉัน", "Save to my data";
        save_failed: "บันทึกลงข้อมูลของท่านไม่ได้: เบราว์เซอร์นี้ไม่อนุญาตให้บันทึก หรือข้อมูลเดิมอ่านไม่ได้",
            "Could not save to your data: this browser does not allow saving, or the stored data cannot be read";
        link_agency: "สถานการณ์จากลิงก์", "Scenario from a link";
        /// The workshop banner when one cohort agency is open.
        banner_agency(name: &str): format!("ผลของ{name} จากข้อมูลหลายหน่วยงาน"),
            format!("{name}, from the cohort");
    }
}

text_table! {
    /// Workshop screen, presenter, sharing and embedding texts of one language.
    pub struct WorkshopTexts: WORKSHOP_TH, WORKSHOP_EN {
        // Samples.
        samples_title: "ข้อมูลตัวอย่างสำหรับเวิร์กช็อป", "Sample data for workshops";
        samples_help: "เปิดหน่วยงานสมมติได้ในคลิกเดียว เพื่อฝึกใช้ทุกหน้าของเครื่องมือ ข้อมูลของท่านเองไม่ถูกแก้ไข และกลับมาได้ทุกเมื่อ",
            "Open a fictional agency in one click to practise every screen of the tool. Your own data is not changed, and you can go back to it at any time.";
        open_sample: "เปิดในโหมดเวิร์กช็อป", "Open in workshop mode";
        in_workshop: "ขณะนี้อยู่ในโหมดเวิร์กช็อป", "Workshop mode is on";

        // Presenter.
        present_title: "นำเสนอผล", "Present the results";
        present_help: "แสดงผลทีละขั้นด้วยตัวอักษรขนาดใหญ่: คะแนนรวม → รายเครื่องมือ → รายตัวชี้วัด → จุดอ่อน → การจำลอง → มาตรการ ใช้ปุ่มลูกศรซ้าย/ขวาเพื่อเลื่อน กด Esc เพื่อออก",
            "Shows the results one step at a time in large type: overall → tools → indicators → weak points → what-if → measures. Use the left/right arrow keys to move, Esc to leave.";
        present_start: "เริ่มนำเสนอ", "Start presenting";
        prev: "ก่อนหน้า", "Previous";
        next: "ถัดไป", "Next";
        close: "ออกจากการนำเสนอ", "Leave the presentation";
        step_of(k: usize, n: usize): format!("ขั้นที่ {k} จาก {n}"), format!("Step {k} of {n}");
        step_overall: "คะแนนรวมและระดับผลการประเมิน", "Overall score and rating";
        step_tools: "คะแนนรายเครื่องมือ", "Scores by tool";
        step_indicators: "คะแนนรายตัวชี้วัด", "Scores by indicator";
        step_weak: "จุดอ่อนที่ต้องพัฒนาเร่งด่วน", "Urgent weak points";
        step_whatif: "ถ้าปรับปรุงได้… (การจำลอง)", "What if… (simulation)";
        step_measures: "มาตรการที่เสนอ", "Proposed measures";
        no_scores: "ยังไม่มีคะแนนของปีที่เลือก", "No scores for the chosen year yet";
        no_weak: "ไม่มีตัวชี้วัดที่ต่ำกว่าเกณฑ์", "No indicator is below the pass mark";
        weak_items: "ข้อที่ดึงคะแนนลง", "Items pulling it down";
        whatif_intro: "ข้อที่ถ้าได้คะแนนเต็ม 100 จะเพิ่มคะแนนรวมมากที่สุด",
            "The items that would raise the overall most if they reached 100";
        whatif_line(code: &str, value: &str, gain: &str): format!("{code}: จาก {value} เป็น 100 → คะแนนรวม +{gain}"),
            format!("{code}: from {value} to 100 → overall +{gain}");
        whatif_none: "ไม่มีข้อที่ปรับเพิ่มได้", "Nothing left to raise";
        measures_draft: "ร่างจากผลการวิเคราะห์ (ยังไม่ได้จัดทำมาตรการ)",
            "Drafted from the analysis (no measures written yet)";
        measures_none: "ยังไม่มีมาตรการ", "No measures yet";

        // Sharing.
        share_title: "แชร์สถานการณ์ด้วยลิงก์", "Share a scenario by link";
        share_help: "ลิงก์นี้เก็บคะแนนของปีที่เลือกไว้หลังเครื่องหมาย # ซึ่งเบราว์เซอร์ไม่ส่งไปยังเครื่องแม่ข่าย ผู้ที่เปิดลิงก์จะเห็นสถานการณ์นี้ในโหมดเวิร์กช็อป โดยข้อมูลของเขาเองไม่ถูกแก้ไข",
            "The link carries the chosen year's scores after the # sign, which browsers never send to a server. Whoever opens it sees the scenario in workshop mode; their own data is not changed.";
        share_link: "ลิงก์สำหรับแชร์", "Link to share";
        copy: "คัดลอกลิงก์", "Copy link";
        copied: "คัดลอกแล้ว", "Copied";
        qr_label: "คิวอาร์โค้ดของลิงก์ สำหรับสแกนด้วยโทรศัพท์",
            "QR code of the link, to scan with a phone";

        // Embedding.
        embed_title: "ฝังเครื่องคำนวณในเว็บไซต์", "Embed the calculator in a website";
        embed_help: "คัดลอกโค้ดนี้ไปวางในหน้าเว็บของหน่วยงาน เพื่อให้ผู้เข้าชมคำนวณคะแนน ITA ได้เอง เครื่องคำนวณไม่อ่านและไม่บันทึกข้อมูลใดของหน้าเว็บนั้น",
            "Paste this code into a page of your agency's website so that visitors can compute ITA scores themselves. The calculator neither reads nor stores anything of that page.";
        embed_snippet: "โค้ดสำหรับวางในหน้าเว็บ", "Code to paste into the page";
        embed_docs: "รายละเอียด (รูปแบบข้อความ postMessage และ JavaScript API) อยู่ในไฟล์ docs/EMBED.md ของโครงการ",
            "Details (the postMessage message format and the JavaScript API) are in the project's docs/EMBED.md";

        // The title of the calculator's frame in the snippet.
        calc_title: "คำนวณคะแนน ITA", "ITA score calculator";
    }
}
