//! Minimal parsing of Cargo.lock and TOML files: only what xtask needs (it has no
//! dependencies, so that it compiles in seconds on a fresh machine).

/// Version of `name` in Cargo.lock (the first one if several are locked).
pub(crate) fn locked_version(lock: &str, name: &str) -> Option<String> {
    let want = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == want {
            let next = lines.next()?.trim();
            return unquote(next.strip_prefix("version = ")?);
        }
    }
    None
}

/// `key = "value"` inside `[table]` of a simple TOML file.
pub(crate) fn toml_string_value(text: &str, table: &str, key: &str) -> Option<String> {
    let header = format!("[{table}]");
    let mut in_table = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_table = line == header;
            continue;
        }
        if !in_table {
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            if k.trim() == key {
                let v = v.split(" #").next().unwrap_or(v);
                return unquote(v.trim());
            }
        }
    }
    None
}

fn unquote(s: &str) -> Option<String> {
    Some(s.strip_prefix('"')?.strip_suffix('"')?.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_versions_from_cargo_lock() {
        let lock =
            "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\nsource = \"x\"\n\n\
                    [[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(locked_version(lock, "trunk"), None);
    }

    #[test]
    fn reads_string_values_from_a_toml_table() {
        let toml = "[build]\noffline = true\n\n[tools]\n# comment\nwasm_bindgen = \"0.2.130\" # pinned\nwasm_opt = \"version_132\"\n";
        assert_eq!(
            toml_string_value(toml, "tools", "wasm_bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(
            toml_string_value(toml, "tools", "wasm_opt").as_deref(),
            Some("version_132")
        );
        assert_eq!(toml_string_value(toml, "build", "wasm_opt"), None);
    }
}
