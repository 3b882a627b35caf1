//! Entry point of the browser app: mounts [`ita_web::App`] into `<body>`.

fn main() {
    console_error_panic_hook::set_once();
    // index.html shows a "loading" note until the app is ready; the app replaces it.
    if let Some(note) = leptos::prelude::document().get_element_by_id("loading") {
        note.remove();
    }
    leptos::mount::mount_to_body(ita_web::App);
}
