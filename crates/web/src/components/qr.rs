//! A QR code drawn as one SVG path, encoded in the browser by the pure-Rust `qrcodegen`
//! (no external service). Dark modules on white with the standard four-module quiet zone.

use leptos::prelude::*;
use qrcodegen::{QrCode as Qr, QrCodeEcc};

/// The modules of `text` as an SVG path in module units, and the side (quiet zone included).
/// `None` when the text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    let qr = Qr::encode_text(text, QrCodeEcc::Medium).ok()?;
    let border = 4;
    let size = qr.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    Some((d, size + 2 * border))
}

/// Props:
/// * `text` — what the code carries (a URL);
/// * `label` — its accessible name;
/// * `testid` — `data-testid` of the `<svg>` (testing contract).
#[component]
pub fn QrCode(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] label: Signal<String>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let code = Memo::new(move |_| text.with(|t| qr_path(t)));
    move || {
        code.get().map(|(d, side)| {
            view! {
                <svg
                    class="qr-code"
                    xmlns="http://www.w3.org/2000/svg"
                    viewBox=format!("0 0 {side} {side}")
                    role="img"
                    aria-label=move || label.get()
                    data-testid=testid
                    shape-rendering="crispEdges"
                >
                    <rect width=side.to_string() height=side.to_string() fill="#fff"></rect>
                    <path d=d fill="#000"></path>
                </svg>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_link_with_a_quiet_zone() {
        let (d, side) = qr_path("https://example.org/ita/#s=MXwyNTY1fHB8fDE6OTEuNzE").unwrap();
        assert!(side >= 21 + 8);
        assert!(d.starts_with('M'));
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
