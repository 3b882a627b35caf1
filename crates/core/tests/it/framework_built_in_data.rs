//! The built-in data as the build script compiles it (issue #12): `build.rs` reads the TOML
//! files of `frameworks/` and `recommendations/`, validates them and embeds them as JSON. The
//! embedded form must be exactly what the TOML files say, every built-in framework must pass
//! the validation a user's file goes through, and a framework stored as JSON (as the app keeps
//! an imported one) is read and validated like a TOML one.

use ita_core::framework::{all, built_in_files, Framework};
use ita_core::writing::recommendations::{library, Library};

const FRAMEWORK_FILES: [&str; 4] = [
    include_str!("../../frameworks/2565.toml"),
    include_str!("../../frameworks/2566.toml"),
    include_str!("../../frameworks/2568.toml"),
    include_str!("../../frameworks/2569.toml"),
];

#[test]
fn the_embedded_frameworks_are_the_toml_files_validated() {
    assert_eq!(all().len(), FRAMEWORK_FILES.len());
    for (text, built_in) in FRAMEWORK_FILES.iter().zip(all()) {
        let from_toml = Framework::from_toml(text).expect("a built-in file is valid");
        assert_eq!(&from_toml, built_in, "framework {}", built_in.id());
    }
    for file in built_in_files() {
        let id = file.id.clone();
        let checked = Framework::from_file(file).expect("passes the validation");
        assert_eq!(checked.id(), id);
    }
}

#[test]
fn the_embedded_library_is_the_toml_files() {
    let codes = [
        (
            "codes-2565.toml",
            include_str!("../../recommendations/codes-2565.toml"),
        ),
        (
            "codes-2566.toml",
            include_str!("../../recommendations/codes-2566.toml"),
        ),
        (
            "codes-2568.toml",
            include_str!("../../recommendations/codes-2568.toml"),
        ),
        (
            "codes-2569.toml",
            include_str!("../../recommendations/codes-2569.toml"),
        ),
    ];
    let from_toml = Library::from_toml(
        (
            "indicators.toml",
            include_str!("../../recommendations/indicators.toml"),
        ),
        (
            "issues.toml",
            include_str!("../../recommendations/issues.toml"),
        ),
        &codes,
    )
    .expect("the library's files are valid");
    assert_eq!(&from_toml, library());
    for fw in all() {
        assert_eq!(
            library().check_framework(fw),
            Vec::<String>::new(),
            "{}",
            fw.id()
        );
    }
}

#[test]
fn a_framework_kept_as_json_is_read_and_validated() {
    let file = built_in_files().remove(0);
    let json = serde_json::to_string(&file).unwrap();
    let fw = Framework::from_json(&json).expect("the serialised form reads back");
    assert_eq!(&fw, &all()[0]);

    // The same checks as a TOML file: a semantic error names the field…
    let mut broken = file.clone();
    broken.pass_mark = 120.0;
    let e = Framework::from_json(&serde_json::to_string(&broken).unwrap()).unwrap_err();
    let message = e.message(ita_core::Lang::En);
    assert!(message.contains("pass_mark"), "{message}");
    // …and a missing field is named with its line.
    let without_title = json.replacen("\"title_th\"", "\"title_xx\"", 1);
    let e = Framework::from_json(&without_title).unwrap_err();
    let message = e.message(ita_core::Lang::En);
    assert!(
        message.contains("title_xx") && message.contains("line 1"),
        "{message}"
    );
}
