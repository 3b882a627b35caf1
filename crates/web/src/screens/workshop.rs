//! The workshop screen: open a sample workbook in workshop mode in one click (the user's own
//! workbook is never touched), present the results step by step, share the chosen year as a
//! link with a QR code, and copy the snippet that embeds the calculator in another site.

use ita_core::workbook::samples::SAMPLES;
use ita_core::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::qr::QrCode;
use crate::components::Card;
use crate::i18n::WorkshopTexts;
use crate::screens::presenter::Presenter;
use crate::state::use_store;
use crate::workshop::{page_base, scenario_of, share_url, use_workshop, Mode, Source};

/// The `<iframe>` snippet for a calculator served at `base` (the page's address).
pub fn embed_snippet(base: &str, title: &str) -> String {
    format!(
        r#"<iframe id="ita-calculator" src="{base}?embed=calculator" title="{title}"
  style="width:100%;max-width:480px;height:760px;border:0" loading="lazy"></iframe>
<script>
  // Optional: follow the calculator's height and receive its results (docs/EMBED.md).
  window.addEventListener("message", function (e) {{
    var f = document.getElementById("ita-calculator");
    if (!f || e.source !== f.contentWindow || !e.data || e.data.source !== "ita-calculator") return;
    if (e.data.type === "height") f.style.height = e.data.height + "px";
  }});
</script>"#
    )
}

fn copy_to_clipboard(text: &str) {
    let navigator = window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return;
    };
    if clipboard.is_undefined() {
        return;
    }
    if let Ok(f) = js_sys::Reflect::get(&clipboard, &"writeText".into()) {
        if let Ok(f) = f.dyn_into::<js_sys::Function>() {
            let _ = f.call1(&clipboard, &text.into());
        }
    }
}

#[component]
pub fn WorkshopScreen() -> impl IntoView {
    let store = use_store();
    let t = move || store.tr::<WorkshopTexts>();
    let ws = use_workshop();
    let in_workshop = move || ws.is_some_and(|w| w.mode.get() == Mode::Workshop);
    let presenting = RwSignal::new(false);
    let copied = RwSignal::new(false);

    let link = Memo::new(move |_| {
        let agency = store.agency.get()?;
        let year = store.year.get()?;
        let s = scenario_of(&agency, year)?;
        (!s.scores.is_empty()).then(|| share_url(&page_base(), &s))
    });

    let samples = SAMPLES
        .iter()
        .map(|s| {
            let id = s.id;
            let title = move || match store.lang() {
                Lang::Th => s.title_th,
                Lang::En => s.title_en,
            };
            let open = move |_| {
                if let Some(w) = ws {
                    // Read here, at once (this screen's chunk has the reader), so that the
                    // analysis shown next is the sample's.
                    let source = Source::Sample(id.to_string());
                    let opened = source.open(store.lang());
                    w.open(source, opened, store.lang(), store.digits());
                    // Show the analysis of the sample.
                    let _ = window().location().set_hash("/analysis");
                }
            };
            view! {
                <li>
                    <span>{title}</span>
                    " "
                    <button type="button" data-testid=format!("open-{id}") on:click=open>
                        {move || t().open_sample}
                    </button>
                </li>
            }
        })
        .collect_view();

    let snippet = move || embed_snippet(&page_base(), t().calc_title);

    view! {
        <Card id="samples-title" title=move || t().samples_title h2=true>
            <p>{move || t().samples_help}</p>
            <Show when=in_workshop>
                <p class="notice" role="status">
                    <strong>{move || store.t().workshop_mode.badge}</strong>
                    " · "
                    {move || t().in_workshop}
                </p>
            </Show>
            <ul class="sample-list">{samples}</ul>
        </Card>
        <Card id="present-title" title=move || t().present_title h2=true>
            <p>{move || t().present_help}</p>
            <p>
                <button
                    type="button"
                    class="primary"
                    data-testid="present-start"
                    disabled=move || store.assessment.with(|a| a.is_none())
                    on:click=move |_| presenting.set(true)
                >
                    {move || t().present_start}
                </button>
            </p>
        </Card>
        <Card id="share-title" title=move || t().share_title h2=true>
            <p>{move || t().share_help}</p>
            {move || match link.get() {
                None => view! { <p class="muted">{t().no_scores}</p> }.into_any(),
                Some(url) => {
                    let for_copy = url.clone();
                    let for_qr = url.clone();
                    view! {
                        <div class="share-grid">
                            <div>
                                <label class="field">
                                    <span>{t().share_link}</span>
                                    <input
                                        type="text"
                                        readonly
                                        data-testid="share-link"
                                        prop:value=url
                                        on:focus=move |ev| {
                                            if let Some(input) = ev
                                                .target()
                                                .and_then(|t| {
                                                    t.dyn_into::<web_sys::HtmlInputElement>().ok()
                                                })
                                            {
                                                input.select();
                                            }
                                        }
                                    />
                                </label>
                                <p>
                                    <button
                                        type="button"
                                        data-testid="share-copy"
                                        on:click=move |_| {
                                            copy_to_clipboard(&for_copy);
                                            copied.set(true);
                                        }
                                    >
                                        {move || t().copy}
                                    </button>
                                    " "
                                    <span role="status">
                                        {move || copied.get().then(|| t().copied)}
                                    </span>
                                </p>
                            </div>
                            <QrCode
                                text=Signal::derive(move || for_qr.clone())
                                label=Signal::derive(move || t().qr_label.to_string())
                                testid="share-qr"
                            />
                        </div>
                    }
                        .into_any()
                }
            }}
        </Card>
        <Card id="embed-title" title=move || t().embed_title h2=true>
            <p>{move || t().embed_help}</p>
            <label class="field">
                <span>{move || t().embed_snippet}</span>
                <textarea
                    class="snippet"
                    readonly
                    rows="11"
                    data-testid="embed-snippet"
                    prop:value=snippet
                ></textarea>
            </label>
            <p class="muted">{move || t().embed_docs}</p>
        </Card>
        <Show when=move || presenting.get()>
            <Presenter on_close=Callback::new(move |()| presenting.set(false)) />
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_points_at_the_calculator() {
        let s = embed_snippet("https://example.org/ita/", "ITA");
        assert!(s.contains(r#"src="https://example.org/ita/?embed=calculator""#));
        assert!(s.contains("ita-calculator"));
    }
}
