//! Files in and out of the browser, without a server: downloads are made from a `Blob` and an
//! object URL; uploads are read from the chosen `File` as bytes and decoded by the core.

use ita_core::foundation::text::{decode_owned, Decoded, NotText};
use ita_core::Lang;
use wasm_bindgen::JsCast;

/// Offer `content` as a file named `name` (UTF-8 text of type `mime`).
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    fn fail(e: wasm_bindgen::JsValue) -> String {
        format!("{e:?}")
    }
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    offer_blob(name, &blob, fail)
}

/// Offer `blob` as a file named `name`: a hidden link to an object URL, clicked, then the URL
/// revoked. `fail` words a browser error (each caller keeps its own wording).
pub fn offer_blob(
    name: &str,
    blob: &web_sys::Blob,
    fail: fn(wasm_bindgen::JsValue) -> String,
) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    // Revoke later: revoking at once can cancel the download in some browsers.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = leptos::prelude::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    Ok(())
}

/// The text of a chosen file, decoded by the core (UTF-8 with or without byte-order marks,
/// UTF-16, Windows-874 / TIS-620) with the encoding it was found in. `Err` is the message to
/// show, in `lang`.
pub async fn read_text(file: &web_sys::File, lang: Lang) -> Result<Decoded, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| NotText.message(lang))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    decode_owned(bytes).map_err(|e| e.message(lang))
}

/// The bytes of a chosen file (a DOCX, a PDF: read whole, in the browser).
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The first file chosen in a file input, if any.
pub fn chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}

/// Clear a file input so that choosing the same file again fires `change`.
pub fn reset_input(ev: &leptos::ev::Event) {
    if let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_value("");
    }
}

/// Ask the user to confirm (the browser's own dialog: accessible and keyboard-friendly).
pub fn confirm(message: &str) -> bool {
    leptos::prelude::window()
        .confirm_with_message(message)
        .unwrap_or(false)
}
