//! Thai dates: Buddhist era, month names, the fiscal year and its edge cases.

use ita_core::foundation::error::Lang;
use ita_core::foundation::number::Digits;
use ita_core::foundation::thai_date::{
    days_in_month, fiscal_year_end, fiscal_year_label, fiscal_year_of, fiscal_year_period,
    fiscal_year_start, format_date, is_leap_year_ce, month_from_thai, year_label, Date, DateError,
    DateFormat, DateStyle, Era,
};

fn be(y: i32, m: u8, d: u8) -> Date {
    Date::from_be(y, m, d).unwrap()
}

#[test]
fn buddhist_era_is_common_era_plus_543() {
    let d = Date::from_ce(2026, 4, 28).unwrap();
    assert_eq!(d.year_be(), 2569);
    assert_eq!(d.year(Era::Be), 2569);
    assert_eq!(d.year(Era::Ce), 2026);
    assert_eq!(be(2569, 4, 28), d);
    assert_eq!(Date::new(Era::Ce, 2026, 4, 28).unwrap(), d);
    assert_eq!(d.to_iso(), "2026-04-28");
    assert_eq!(d.to_string(), "2026-04-28");
}

#[test]
fn formats_dates_the_official_way() {
    let d = be(2569, 4, 28);
    let th = |style, digits| format_date(d, &DateFormat::thai(style, digits));
    assert_eq!(th(DateStyle::Full, Digits::Thai), "๒๘ เมษายน ๒๕๖๙");
    assert_eq!(th(DateStyle::Full, Digits::Arabic), "28 เมษายน 2569");
    assert_eq!(th(DateStyle::Abbreviated, Digits::Thai), "๒๘ เม.ย. ๒๕๖๙");
    assert_eq!(th(DateStyle::Compact, Digits::Thai), "๒๘ เม.ย. ๖๙");
    assert_eq!(th(DateStyle::MonthYear, Digits::Thai), "เมษายน ๒๕๖๙");
    assert_eq!(format_date(d, &DateFormat::default()), "๒๘ เมษายน ๒๕๖๙");
    // A memo's date line writes the era.
    let memo = DateFormat {
        era_label: true,
        ..DateFormat::default()
    };
    assert_eq!(format_date(d, &memo), "๒๘ เมษายน พ.ศ. ๒๕๖๙");
    let ce = DateFormat {
        era: Era::Ce,
        era_label: true,
        ..DateFormat::default()
    };
    assert_eq!(format_date(d, &ce), "๒๘ เมษายน ค.ศ. ๒๐๒๖");
    assert_eq!(
        format_date(d, &DateFormat::english(DateStyle::Full, Era::Ce)),
        "28 April 2026"
    );
    assert_eq!(
        format_date(d, &DateFormat::english(DateStyle::Abbreviated, Era::Be)),
        "28 Apr B.E. 2569"
    );
}

#[test]
fn every_month_has_its_thai_names() {
    // Written out here, independently of the crate's tables, January first.
    let full: Vec<&str> =
        "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"
            .split(' ')
            .collect();
    let abbr: Vec<&str> = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค."
        .split(' ')
        .collect();
    for m in 1..=12u8 {
        let d = be(2568, m, 1);
        let f = |style| format_date(d, &DateFormat::thai(style, Digits::Arabic));
        assert_eq!(
            f(DateStyle::Full),
            format!("1 {} 2568", full[m as usize - 1])
        );
        assert_eq!(
            f(DateStyle::Abbreviated),
            format!("1 {} 2568", abbr[m as usize - 1])
        );
        assert_eq!(month_from_thai(full[m as usize - 1]), Some(m));
        assert_eq!(month_from_thai(abbr[m as usize - 1]), Some(m));
        assert_eq!(
            month_from_thai(&abbr[m as usize - 1].replace('.', "")),
            Some(m)
        );
    }
    assert_eq!(month_from_thai("เดือนหน้า"), None);
}

#[test]
fn the_fiscal_year_turns_on_1_october() {
    // 30 September belongs to the fiscal year ending that day; 1 October starts the next.
    assert_eq!(fiscal_year_of(be(2568, 9, 30)), 2568);
    assert_eq!(fiscal_year_of(be(2568, 10, 1)), 2569);
    assert_eq!(fiscal_year_of(be(2568, 12, 31)), 2569);
    assert_eq!(fiscal_year_of(be(2569, 1, 1)), 2569);
    assert_eq!(
        fiscal_year_of(be(2569, 4, 28)),
        2569,
        "seed 003's memo date"
    );
    assert_eq!(fiscal_year_of(be(2569, 9, 30)), 2569);
    assert_eq!(fiscal_year_of(be(2569, 10, 1)), 2570);
    assert_eq!(Date::from_ce(2025, 10, 1).unwrap().fiscal_year(), 2569);
    assert_eq!(
        fiscal_year_start(2569).unwrap(),
        Date::from_ce(2025, 10, 1).unwrap()
    );
    assert_eq!(
        fiscal_year_end(2569).unwrap(),
        Date::from_ce(2026, 9, 30).unwrap()
    );
    // The day before the start belongs to the previous fiscal year.
    assert_eq!(
        fiscal_year_of(be(2568, 9, 30)) + 1,
        fiscal_year_of(fiscal_year_start(2569).unwrap())
    );
}

#[test]
fn fiscal_year_periods_and_labels() {
    let th = DateFormat::default();
    assert_eq!(
        fiscal_year_period(2569, &th),
        "๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙"
    );
    assert_eq!(
        fiscal_year_period(2566, &th),
        "๑ ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖"
    );
    assert_eq!(
        fiscal_year_period(
            2569,
            &DateFormat::thai(DateStyle::Abbreviated, Digits::Thai)
        ),
        "๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙"
    );
    assert_eq!(
        fiscal_year_period(2565, &DateFormat::thai(DateStyle::Compact, Digits::Arabic)),
        "1 ต.ค. 64 – 30 ก.ย. 65",
        "seed 001's short form"
    );
    assert_eq!(
        fiscal_year_period(2568, &DateFormat::thai(DateStyle::MonthYear, Digits::Thai)),
        "ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘",
        "seed 003's form"
    );
    assert_eq!(
        fiscal_year_period(2569, &DateFormat::english(DateStyle::Full, Era::Ce)),
        "1 October 2025 – 30 September 2026"
    );
    assert_eq!(fiscal_year_label(2569, &th), "ปีงบประมาณ พ.ศ. ๒๕๖๙");
    let ce = DateFormat {
        era: Era::Ce,
        ..DateFormat::default()
    };
    assert_eq!(fiscal_year_label(2569, &ce), "ปีงบประมาณ ค.ศ. ๒๐๒๖");
    assert_eq!(
        fiscal_year_label(2569, &DateFormat::english(DateStyle::Full, Era::Ce)),
        "fiscal year 2026"
    );
    assert_eq!(year_label(2568, &th), "พ.ศ. ๒๕๖๘");
    assert_eq!(
        year_label(2568, &DateFormat::english(DateStyle::Full, Era::Be)),
        "B.E. 2568"
    );
}

#[test]
fn leap_days() {
    assert!(is_leap_year_ce(2024));
    assert!(!is_leap_year_ce(2025));
    assert!(!is_leap_year_ce(2100));
    assert!(is_leap_year_ce(2000));
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(2025, 2), 28);
    assert_eq!(days_in_month(2025, 13), 0);
    // 29 February 2567 BE (2024 CE) exists; 2568 BE (2025 CE) has none.
    let leap = be(2567, 2, 29);
    assert_eq!(format_date(leap, &DateFormat::default()), "๒๙ กุมภาพันธ์ ๒๕๖๗");
    assert_eq!(fiscal_year_of(leap), 2567);
    assert_eq!(
        Date::from_be(2568, 2, 29),
        Err(DateError::BadDay {
            year_ce: 2025,
            month: 2,
            day: 29
        })
    );
    assert!(Date::from_ce(2100, 2, 29).is_err());
    assert!(Date::from_ce(2000, 2, 29).is_ok());
}

#[test]
fn invalid_dates_are_rejected() {
    assert_eq!(
        Date::from_ce(2026, 0, 1),
        Err(DateError::BadMonth { month: 0 })
    );
    assert_eq!(
        Date::from_ce(2026, 13, 1),
        Err(DateError::BadMonth { month: 13 })
    );
    assert!(matches!(
        Date::from_ce(2026, 1, 0),
        Err(DateError::BadDay { .. })
    ));
    assert!(Date::from_ce(2026, 1, 32).is_err());
    assert!(Date::from_ce(2026, 4, 31).is_err(), "April has 30 days");
    assert!(Date::from_ce(2026, 9, 31).is_err(), "September has 30 days");
    assert_eq!(
        Date::from_ce(0, 1, 1),
        Err(DateError::YearOutOfRange {
            year: 0,
            era: Era::Ce
        })
    );
    // The error names the era the caller used.
    assert_eq!(
        Date::from_be(543, 1, 1),
        Err(DateError::YearOutOfRange {
            year: 543,
            era: Era::Be
        })
    );
    let e = Date::from_be(2568, 2, 29).unwrap_err();
    assert_eq!(e.message(Lang::Th), "ไม่มีวันที่ 29 ในเดือนกุมภาพันธ์ พ.ศ. 2568");
    assert!(e.message(Lang::En).contains("February 2025"));
}

#[test]
fn reads_dates_as_thai_users_write_them() {
    let d = be(2569, 4, 28);
    for input in [
        "28 เมษายน 2569",
        "๒๘ เมษายน ๒๕๖๙",
        "28 เม.ย. 2569",
        "๒๘ เม.ย. ๖๙",
        "28 เม.ย.69",
        "28 เมย 69",
        "28 เมษายน พ.ศ. 2569",
        "  28/4/2569 ",
        "๒๘/๐๔/๒๕๖๙",
        "2026-04-28",
    ] {
        assert_eq!(Date::parse_thai(input), Ok(d), "{input}");
    }
    assert_eq!(Date::parse_iso("2026-04-28"), Ok(d));
    assert!(Date::parse_iso("28/4/2569").is_err());
    assert!(Date::parse_iso("2026-4-31").is_err());
    for bad in [
        "",
        "เมษายน",
        "28 เดือนสี่ 2569",
        "28/4",
        "a/b/c",
        "123 เมษายน 2569",
        "28 เมษายน 256",
    ] {
        assert!(
            matches!(Date::parse_thai(bad), Err(DateError::Unreadable { .. })),
            "{bad}"
        );
    }
    assert!(matches!(
        Date::parse_thai("30 กุมภาพันธ์ 2569"),
        Err(DateError::BadDay { .. })
    ));
}

#[test]
fn dates_order_and_serialise_as_iso() {
    assert!(be(2568, 9, 30) < be(2568, 10, 1));
    assert!(be(2568, 12, 31) < be(2569, 1, 1));
    let d = be(2569, 4, 28);
    let json = serde_json::to_string(&d).unwrap();
    assert_eq!(json, "\"2026-04-28\"");
    assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), d);
    assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
}
