//! Extraction from short texts: an announcement copied from a web page, a memo sentence.

use super::*;

#[test]
fn reads_a_results_announcement() {
    let text = "ประกาศผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567\n\
                เทศบาลเมืองตัวอย่าง ได้คะแนน ITA 88.40 คะแนน อยู่ในระดับ A\n\
                IIT 90.12 EIT 85.30 OIT 89.50\n";
    let x = extract(text);
    assert_eq!(x.agency.as_ref().unwrap().value, "เทศบาลเมืองตัวอย่าง");
    assert_eq!(x.year.as_ref().unwrap().value, 2567);
    assert_eq!(x.overall.as_ref().unwrap().value, 88.40);
    assert_eq!(x.level.as_ref().unwrap().value, "A");
    let tools: Vec<(&str, f64)> = x.tools.iter().map(|(k, v)| (k.as_str(), v.value)).collect();
    assert_eq!(tools, vec![("EIT", 85.30), ("IIT", 90.12), ("OIT", 89.50)]);
    assert_eq!(x.tools["EIT"].line, 3);
    assert_eq!(x.tools["EIT"].source, "EIT 85.30");
}

#[test]
fn two_values_for_one_code_are_dropped_with_a_warning() {
    let x = extract("ตัวชี้วัดที่ 9 ได้ 80.00 คะแนน\nตัวชี้วัดที่ ๙ ได้ ๘๑.๐๐ คะแนน\nตัวชี้วัดที่ 10 ได้ 75.50 คะแนน");
    assert!(!x.indicators.contains_key(&9));
    assert_eq!(x.indicators[&10].value, 75.5);
    assert!(matches!(&x.warnings[0], Warning::Conflict { code, .. } if code == "9"));
    assert!(x.warnings[0].message(Lang::Th).contains("สองค่า"));
}

#[test]
fn text_without_a_result_has_no_scores() {
    let x = extract("บันทึกข้อความ\nเรื่อง ขอเชิญประชุม\nวันที่ 5 มกราคม 2568 เวลา 9.30 น.");
    assert!(!x.has_scores());
}

#[test]
fn previous_year_figures_are_not_taken() {
    let x = extract("ในปี พ.ศ. ๒๕๖๘ มีคะแนนในตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ๙๗.๓๓ คะแนน ซึ่งเพิ่มขึ้นจากปี ๒๕๖๗ ที่ได้คะแนน ๒.๔๖");
    assert_eq!(x.indicators[&7].value, 97.33);
    assert_eq!(x.indicators.len(), 1);
    assert_eq!(x.year.unwrap().value, 2568);
}
