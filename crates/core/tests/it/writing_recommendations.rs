//! The recommendation library's data: every indicator and every code of every built-in
//! framework has guidance, the seven issues cover the ten indicators, and no text is empty.

use ita_core::foundation::error::Lang;
use ita_core::foundation::number::Digits;
use ita_core::framework::{self, for_year, Scale};
use ita_core::workbook::AgencyKind;
use ita_core::writing::recommendations::{indicator_of, library, GuidanceSource, Library, Wording};

#[test]
fn the_built_in_data_parses_and_validates() {
    let lib = library();
    assert_eq!(lib.indicators.len(), 10);
    assert_eq!(lib.issues().len(), 7);
    assert!(lib.code_sets.len() >= 4);
}

#[test]
fn every_indicator_has_guidelines_a_measure_and_english() {
    let lib = library();
    for n in 1..=10u8 {
        let g = lib.indicator(n).unwrap_or_else(|| panic!("indicator {n}"));
        for lang in [Lang::Th, Lang::En] {
            assert!(!g.guidelines(lang).is_empty(), "{n} {lang:?}");
            assert!(g.guidelines(lang).iter().all(|t| !t.trim().is_empty()));
            assert!(!g.question(lang).trim().is_empty());
            let m = g.primary_measure();
            assert!(!m.measure(lang).trim().is_empty());
            assert!(!m.steps(lang).is_empty());
        }
        // English is really English, not the Thai fallback.
        assert!(g.guidelines(Lang::En)[0].is_ascii(), "indicator {n}");
        assert!(g.question(Lang::En).is_ascii(), "indicator {n}");
        assert!(g.primary_measure().measure(Lang::En).is_ascii());
        // Thai is Thai.
        assert!(g.guidelines(Lang::Th)[0]
            .chars()
            .any(|c| ('ก'..='๛').contains(&c)));
    }
}

#[test]
fn every_code_of_every_built_in_framework_has_guidance() {
    let lib = library();
    for fw in framework::all() {
        let problems = lib.check_framework(fw);
        assert!(problems.is_empty(), "framework {}: {problems:#?}", fw.id());
        for q in fw.questions() {
            let g = lib
                .guidance(fw, &q.code)
                .unwrap_or_else(|| panic!("{} {}", fw.id(), q.code));
            assert_eq!(Some(g.indicator), indicator_of(fw, &q.code));
            assert!((1..=7).contains(&g.issue));
            for lang in [Lang::Th, Lang::En] {
                let text = g.action(lang);
                assert!(!text.trim().is_empty(), "{} {} {lang:?}", fw.id(), q.code);
                assert!(!text.contains('{'), "{} {}", fw.id(), q.code);
            }
            assert!(g.sentence(Lang::Th).starts_with("หน่วยงาน"));
            // OIT items always have their own guideline.
            if q.scale == Scale::Oit {
                assert_eq!(g.source, GuidanceSource::Code, "{} {}", fw.id(), q.code);
            }
        }
    }
}

#[test]
fn generations_resolve_as_documented() {
    let lib = library();
    // 2565: i1–i30, e1–e15, o1–o43 written for the framework.
    let fw = for_year(2565).unwrap();
    for code in ["i1", "i30", "e1", "e15", "o1", "o43"] {
        assert_eq!(
            lib.guidance(fw, code).unwrap().source,
            GuidanceSource::Code,
            "{code}"
        );
    }
    // Seed 004's guideline for i7.
    assert_eq!(
        lib.guidance(fw, "i7").unwrap().sentence(Lang::Th),
        "หน่วยงานแจ้งเวียนและประชาสัมพันธ์แผนการใช้จ่ายงบประมาณประจำปีของหน่วยงานให้บุคลากรรับทราบข้อมูล และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน"
    );
    // A sub-item takes its question's guideline; codes are normalised.
    assert_eq!(lib.guidance(fw, "I11.2").unwrap().code, "i11");
    assert!(lib.guidance(fw, "o44").is_none());

    // 2566: its own OIT list, the 2565 wording for i/e.
    let fw = for_year(2566).unwrap();
    assert_eq!(
        lib.guidance(fw, "i7").unwrap().source,
        GuidanceSource::Inherited {
            framework: "2565".into()
        }
    );
    let o10 = lib.guidance(fw, "o10").unwrap();
    assert!(o10.action(Lang::Th).contains("คุ้มครองข้อมูลส่วนบุคคล"));

    // 2568 and 2569: OIT items written for them, i/e generic per indicator.
    for year in [2568, 2569] {
        let fw = for_year(year).unwrap();
        let g = lib.guidance(fw, "i4").unwrap();
        assert_eq!(g.source, GuidanceSource::Indicator);
        assert_eq!(g.indicator, 2);
        assert_eq!(g.issue, 5);
        assert_eq!(
            lib.guidance(fw, "e9").unwrap().action(Lang::Th),
            lib.indicator(8).unwrap().question(Lang::Th)
        );
    }
    let g = lib.guidance(for_year(2569).unwrap(), "o25").unwrap();
    assert!(g.action(Lang::Th).contains("ITA"));
    assert_eq!(g.issue, 7);
    assert_eq!(g.indicator, 10);
    let g = lib.guidance(for_year(2568).unwrap(), "o10").unwrap();
    assert_eq!(g.issue, 2, "E-Service belongs to issue 2");
}

#[test]
fn the_seven_issues_cover_the_ten_indicators() {
    let lib = library();
    let titles: Vec<&str> = lib.issues().iter().map(|i| i.title(Lang::Th)).collect();
    assert_eq!(
        titles,
        vec![
            "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
            "การให้บริการและระบบ E-Service",
            "ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ",
            "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
            "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
            "กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล",
            "กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
        ]
    );
    for n in 1..=10u8 {
        let issue = lib.indicator(n).unwrap().issue;
        assert!(
            lib.issue(issue).unwrap().indicators.contains(&n),
            "indicator {n} / issue {issue}"
        );
    }
    for i in lib.issues() {
        assert!(!i.measures.is_empty());
        for m in &i.measures {
            assert!(!m.steps(Lang::Th).is_empty());
            assert!(!m.steps(Lang::En).is_empty());
            assert!(!lib
                .owners_text(&m.owners, AgencyKind::Sao, Lang::Th)
                .is_empty());
        }
    }
    // The pairs seed 003 reports: issue 1 → indicator 1, 2 → 8, 3 → 7 and 9, 4 → 4, 5 → 2,
    // 6 → 3, 7 → 5.
    let first: Vec<u8> = lib.issues().iter().map(|i| i.indicators[0]).collect();
    assert_eq!(first, vec![1, 8, 7, 4, 2, 3, 5]);
    assert!(lib.issue(3).unwrap().indicators.contains(&9));
}

#[test]
fn owners_are_worded_for_the_agency_kind() {
    let lib = library();
    let roles = vec!["admin".to_string()];
    assert_eq!(
        lib.owners_text(&roles, AgencyKind::Sao, Lang::Th),
        "สำนักปลัด"
    );
    assert_eq!(
        lib.owners_text(&roles, AgencyKind::Municipality, Lang::Th),
        "สำนักปลัดเทศบาล"
    );
    assert_eq!(
        lib.owners_text(&roles, AgencyKind::Pao, Lang::Th),
        "สำนักปลัดองค์การบริหารส่วนจังหวัด"
    );
    let two = vec!["admin".to_string(), "audit".to_string()];
    assert_eq!(
        lib.owners_text(&two, AgencyKind::Sao, Lang::Th),
        "- สำนักปลัด\n- หน่วยตรวจสอบภายใน"
    );
}

#[test]
fn wording_fills_placeholders_and_digits() {
    let w = Wording {
        year: 2569,
        prev_year: 2568,
        kind: AgencyKind::Municipality,
        ..Wording::default()
    };
    assert_eq!(
        w.fill("เผยแพร่บนเว็บไซต์หลักของ{agency} ปี {year} (ผล ITA {prev_year}) รอบ 6 เดือน"),
        "เผยแพร่บนเว็บไซต์หลักของเทศบาล ปี ๒๕๖๙ (ผล ITA ๒๕๖๘) รอบ ๖ เดือน"
    );
    let w = Wording {
        agency: "องค์การบริหารส่วนตำบลควนขนุน".into(),
        digits: Digits::Arabic,
        year: 2566,
        ..Wording::default()
    };
    assert_eq!(
        w.fill("ของ{agency} {year}"),
        "ขององค์การบริหารส่วนตำบลควนขนุน 2566"
    );
}

#[test]
fn broken_data_is_rejected_with_the_field_named() {
    let ind = include_str!("../../recommendations/indicators.toml");
    let iss = include_str!("../../recommendations/issues.toml");
    let codes = include_str!("../../recommendations/codes-2565.toml");
    let ok = Library::from_toml(("i", ind), ("s", iss), &[("c", codes)]);
    assert!(ok.is_ok(), "{:?}", ok.err());

    let bad_role = ind.replacen(
        "owners = [\"admin\", \"personnel\", \"all\"]",
        "owners = [\"nobody\"]",
        1,
    );
    let e = Library::from_toml(("i", &bad_role), ("s", iss), &[]).unwrap_err();
    assert!(e.problem.contains("nobody"), "{e}");

    let empty = codes.replacen("th = \"แจ้งเวียน", "th = \"\"\nx = \"", 1);
    assert!(Library::from_toml(("i", ind), ("s", iss), &[("c", &empty)]).is_err());

    let thai_digit = iss.replacen("500,000", "๕๐๐,๐๐๐", 1);
    let e = Library::from_toml(("i", ind), ("s", &thai_digit), &[]).unwrap_err();
    assert!(e.path.contains("issues[4]"), "{e}");

    let placeholder = iss.replacen("{agency}", "{agnecy}", 1);
    let e = Library::from_toml(("i", ind), ("s", &placeholder), &[]).unwrap_err();
    assert!(e.problem.contains("{agnecy}"), "{e}");

    let subject = codes.replacen("th = \"แจ้งเวียน", "th = \"หน่วยงานแจ้งเวียน", 1);
    let e = Library::from_toml(("i", ind), ("s", iss), &[("c", &subject)]).unwrap_err();
    assert_eq!(e.path, "codes[6].th");
}
